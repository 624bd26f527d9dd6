import type { Change } from '../content/schema/common';
import type { Step } from '../content/schema/guide';
import { Island } from '../islands/Island';
import { ChecklistStep } from './ChecklistStep';

/** A guide's checklist. The steps are static text; only the tick boxes and the progress line are islands. */
export function Checklist({ guideId, steps, changes = [] }: { guideId: string; steps: readonly Step[]; changes?: readonly Change[] }) {
  return (
    <>
      <Island name="child-choice" props={{}} />
      <Island name="checklist-progress" props={{ guideId, stepIds: steps.map((step) => step.id) }} />
      <ol className="checklist">
        {steps.map((step, index) => (
          <ChecklistStep key={step.id} guideId={guideId} step={step} number={index + 1} changes={changes.filter((line) => line.steps?.includes(step.id) === true).map(({ date, summary }) => ({ date, summary }))} />
        ))}
      </ol>
    </>
  );
}
