import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { useProgress, useProgressStore } from '../progress/provider';

export const messages: readonly MessageKey[] = ['local.chosen', 'local.forgetArea', 'local.chooseThis'];

/** Lets the reader make this area theirs, so the home page and guides show it first. */
export default function AreaChoice({ areaId }: { areaId: string }) {
  const { t } = useIsland();
  const store = useProgressStore();
  const { data } = useProgress();
  const hydrated = useHydrated();
  const chosen = data.area === areaId;
  return (
    <div className="area-choice" hidden={!hydrated}>
      {chosen ? (
        <>
          <p role="status">{t('local.chosen')}</p>
          <button type="button" className="button button--secondary" onClick={() => store.setArea(null)}>
            {t('local.forgetArea')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => store.setArea(areaId)}>
          {t('local.chooseThis')}
        </button>
      )}
    </div>
  );
}
