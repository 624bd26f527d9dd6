import { useTranslation } from 'react-i18next';
import { deviceStore, useDeviceStore } from '../progress/device-store';

/** Lets the reader make this area theirs, so the home page and guides show it first. */
export function AreaChoice({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const { data } = useDeviceStore();
  const chosen = data.area === areaId;
  return (
    <div className="area-choice">
      {chosen ? (
        <>
          <p role="status">{t('local.chosen')}</p>
          <button type="button" className="button button--secondary" onClick={() => deviceStore.setArea(null)}>
            {t('local.forgetArea')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => deviceStore.setArea(areaId)}>
          {t('local.chooseThis')}
        </button>
      )}
    </div>
  );
}
