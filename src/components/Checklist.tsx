import { useTranslation } from 'react-i18next';
import type { Step } from '../content/schema/guide';
import { deviceStore, useTicks } from '../features/progress/device-store';
import { ChecklistStep } from './ChecklistStep';

/** A guide's checklist with its progress. Ticks live in the device store, per guide and step id. */
export function Checklist({ guideId, steps }: { guideId: string; steps: readonly Step[] }) {
  const { t } = useTranslation();
  const ticks = useTicks(guideId);
  const done = steps.filter((step) => ticks[step.id] !== undefined).length;
  return (
    <>
      <p className="checklist__progress" aria-live="polite">
        <progress max={steps.length} value={done} aria-hidden="true" /> {t('guide.progress', { done, total: steps.length })}
      </p>
      <ol className="checklist">
        {steps.map((step, index) => (
          <ChecklistStep
            key={step.id}
            step={step}
            number={index + 1}
            ticked={ticks[step.id] !== undefined}
            onToggle={(stepId, ticked) => deviceStore.setTick(guideId, stepId, ticked)}
          />
        ))}
      </ol>
    </>
  );
}
