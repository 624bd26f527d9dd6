import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useTicks } from './provider';

export const messages: readonly MessageKey[] = ['guide.progress'];

/** "3 of 7 steps done", kept up to date as the reader ticks (and as other tabs do). */
export default function ChecklistProgress({ guideId, stepIds }: { guideId: string; stepIds: readonly string[] }) {
  const { t } = useIsland();
  const ticks = useTicks(guideId);
  const done = stepIds.filter((id) => ticks[id] !== undefined).length;
  return (
    <p className="checklist__progress" aria-live="polite">
      <progress max={stepIds.length} value={done} aria-hidden="true" /> {t('guide.progress', { done, total: stepIds.length })}
    </p>
  );
}
