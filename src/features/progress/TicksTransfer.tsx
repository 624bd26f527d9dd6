import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../routing/use-hydrated';
import { deviceStore, useDeviceStore } from './device-store';
import { downloadText } from './download';
import { exportText, importText } from './transfer';

/** A saved copy is a few kilobytes; anything much bigger is not one. */
const MAX_FILE_BYTES = 1024 * 1024;

type Status = { kind: 'added'; count: number } | { kind: 'error'; message: 'not-ours' | 'newer' | 'empty' } | null;

/** Save the ticks as a file, or load a file from another device. Loading adds ticks; it never removes any. */
export function TicksTransfer() {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const { data } = useDeviceStore();
  const [status, setStatus] = useState<Status>(null);
  const inputId = useId();

  async function load(file: File | undefined) {
    if (!file) return;
    const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
    const result = importText(deviceStore.getSnapshot().data, text);
    if (result.ok) {
      deviceStore.replace(result.data);
      setStatus({ kind: 'added', count: result.added });
    } else {
      setStatus({ kind: 'error', message: result.reason });
    }
  }

  return (
    <div className="transfer" hidden={!hydrated}>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => downloadText(exportText(data), t('transfer.fileName'), 'application/json')}>
          {t('transfer.save')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>{t('transfer.loadLabel')}</label>
        <p className="field__hint">{t('transfer.loadHint')}</p>
        <input id={inputId} type="file" accept="application/json,.json" onChange={(event) => void load(event.currentTarget.files?.[0])} />
      </div>
      <p role="status" className={status?.kind === 'error' ? 'notice notice--warning' : status ? 'notice notice--success' : undefined}>
        {status?.kind === 'added' ? t('transfer.added', { count: status.count }) : null}
        {status?.kind === 'error' ? t(`transfer.error.${status.message}`) : null}
      </p>
    </div>
  );
}
