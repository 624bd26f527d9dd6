import { useTranslation } from 'react-i18next';
import type { Step } from '../content/schema/guide';
import { Island } from '../islands/Island';
import { ReportProblemLink } from './ReportProblemLink';
import { SettingPathView } from './SettingPathView';
import { SourceNote } from './SourceNote';
import { StepAges } from './StepAges';

interface Props {
  guideId: string;
  step: Step;
  number: number;
  /** The guide's change-log lines about this step, for a parent's "changed since you ticked it". */
  changes?: { date: string; summary: string }[];
}

/** One checklist step: a tickable title, why it matters, the way to the setting and its source. */
export function ChecklistStep({ guideId, step, number, changes = [] }: Props) {
  const { t } = useTranslation();
  const inputId = `step-${step.id}`;
  return (
    <li className="step" id={step.id}>
      <h3 className="step__title">
        <Island name="step-tick" as="span" className="step__tick-island" props={{ guideId, stepId: step.id, inputId, describedBy: `${inputId}-why` }} />
        <label htmlFor={inputId}>
          <span className="step__number" aria-hidden="true">
            {number}.
          </span>{' '}
          {step.title}
        </label>
      </h3>
      <Island name="step-status" props={{ guideId, stepId: step.id, changes }} hydrate="ticked" />
      {step.ages ? <StepAges ages={step.ages} /> : null}
      <p id={`${inputId}-why`} className="step__why">
        {step.why}
      </p>
      <div className="step__how">
        {step.status === 'unverified' ? (
          <p className="unverified">
            <strong className="badge badge--warning">{t('step.unverified')}</strong> {step.unverifiedNote}
          </p>
        ) : null}
        {step.paths.map((path, index) => (
          <SettingPathView key={index} path={path} />
        ))}
      </div>
      <SourceNote source={step.source} />
      <ReportProblemLink about={{ guideId, stepId: step.id, title: step.title }} />
    </li>
  );
}
