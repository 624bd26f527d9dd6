import { useTranslation } from 'react-i18next';
import { deviceStore, useDeviceStore } from './device-store';
import { downloadText } from './download';

/** Says plainly when ticks are not being saved, or were reset, and why. */
export function StorageNotice() {
  const { t } = useTranslation();
  const { problem } = useDeviceStore();
  if (problem === null) return null;
  let message: string;
  switch (problem.kind) {
    case 'unavailable':
      message = t('storage.unavailable');
      break;
    case 'write-failed':
      message = t('storage.writeFailed');
      break;
    case 'newer':
      message = t('storage.newer');
      break;
    case 'unreadable-kept':
      message = t('storage.unreadableKept');
      break;
    case 'set-aside':
      message = t('storage.setAside');
      break;
  }
  return (
    <div className="notice notice--warning" role="status">
      <p>{message}</p>
      {problem.kind === 'set-aside' ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadText(deviceStore.asideText(problem.key) ?? '', t('storage.asideFileName'))}
        >
          {t('storage.downloadAside')}
        </button>
      ) : null}
    </div>
  );
}
