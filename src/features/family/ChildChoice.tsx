// Above a guide's checklist, once a parent has added children: which child the ticks on this page
// are for. Ticks always go to one child, so two children's steps never mix.
import { useIsland, useIslandId } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { activeProfile, children } from '../progress/model';
import { useProgress, useProgressStore } from '../progress/provider';

export const messages: readonly MessageKey[] = ['family.tickingFor'];

export default function ChildChoice() {
  const { t } = useIsland();
  const id = useIslandId('child');
  const hydrated = useHydrated();
  const store = useProgressStore();
  const { data } = useProgress();
  const kids = children(data);
  if (!hydrated || kids.length === 0) return null;
  const active = activeProfile(data);
  return (
    <div className="field child-choice">
      <label htmlFor={id}>{t('family.tickingFor')}</label>
      <select id={id} value={active.name === '' ? '' : active.id} onChange={(event) => store.setActive(event.currentTarget.value)}>
        {active.name === '' ? <option value="">—</option> : null}
        {kids.map((kid) => (
          <option key={kid.id} value={kid.id}>
            {kid.name}
          </option>
        ))}
      </select>
    </div>
  );
}
