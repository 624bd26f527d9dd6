// The tick box of one checklist step. The box is prerendered disabled and comes alive once it
// can save, so a tap before then is never shown and then undone (it stays disabled with script off).
import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { useProgressStore, useTicks } from './provider';

export const messages: readonly MessageKey[] = [];

export interface StepTickProps {
  guideId: string;
  stepId: string;
  /** The id of the input, which the step's label points at. */
  inputId: string;
  /** The id of the text that says why the step matters. */
  describedBy: string;
}

export default function StepTick({ guideId, stepId, inputId, describedBy }: StepTickProps) {
  useIsland();
  const store = useProgressStore();
  const ticks = useTicks(guideId);
  const live = useHydrated();
  return (
    <input
      type="checkbox"
      id={inputId}
      className="step__tick"
      checked={ticks[stepId] !== undefined}
      disabled={!live}
      aria-describedby={describedBy}
      onChange={(event) => store.setTick(guideId, stepId, event.currentTarget.checked)}
    />
  );
}
