// Under a guide's step: what the parent should know about their own tick. It renders nothing
// unless the step was ticked and has changed in the guide since, or was ticked over six months ago.
import type { Change } from '../../content/schema/common';
import { formatDate } from '../../i18n/format';
import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { todayIso } from '../freshness/today';
import { useProgressStore, useTicks } from '../progress/provider';
import { recheckDue } from './plan';

export const messages: readonly MessageKey[] = ['family.recheck', 'family.stillSet', 'family.changedSinceTick'];

export interface StepStatusProps {
  guideId: string;
  stepId: string;
  /** The guide's change-log lines that name this step. */
  changes: Pick<Change, 'date' | 'summary'>[];
}

export default function StepStatus({ guideId, stepId, changes }: StepStatusProps) {
  const { t, language } = useIsland();
  const hydrated = useHydrated();
  const store = useProgressStore();
  const ticked = useTicks(guideId)[stepId];
  if (!hydrated || ticked === undefined) return null;
  const changed = changes.filter((line) => line.date > ticked);
  const recheck = recheckDue(ticked, todayIso());
  if (changed.length === 0 && !recheck) return null;
  return (
    <div className="notice notice--warning step-status">
      {changed.map((line, index) => (
        <p key={index}>{t('family.changedSinceTick', { date: formatDate(line.date, language), summary: line.summary })}</p>
      ))}
      {recheck ? <p>{t('family.recheck', { date: formatDate(ticked, language) })}</p> : null}
      <button type="button" className="button button--secondary" onClick={() => store.setTick(guideId, stepId, true)}>
        {t('family.stillSet')}
      </button>
    </div>
  );
}
