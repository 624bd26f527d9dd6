// One step in a child's plan: its tick, why it matters, the way to the setting, and what the
// parent should know since ticking it (changed in the guide, or due a re-check).
import { SettingPathBody, type PathT } from '../../components/SettingPathView';
import { formatDate } from '../../i18n/format';
import { useIsland } from '../../islands/context';
import type { PlanStepState } from './plan';

interface Props {
  state: PlanStepState;
  inputId: string;
  onTick: (ticked: boolean) => void;
}

export function PlanStepItem({ state, inputId, onTick }: Props) {
  const { t, language } = useIsland();
  const { step, ticked } = state;
  return (
    <li className="step plan-step">
      <h4 className="step__title">
        <input type="checkbox" id={inputId} className="step__tick" checked={ticked !== null} aria-describedby={`${inputId}-why`} onChange={(event) => onTick(event.currentTarget.checked)} />
        <label htmlFor={inputId}>{step.title}</label>
      </h4>
      {state.changedSinceTick.map((line, index) => (
        <p key={`c${index}`} className="notice notice--warning plan-step__flag">
          {t('family.changedSinceTick', { date: formatDate(line.date, language), summary: line.summary })}
        </p>
      ))}
      {state.updatedSinceSeen.map((line, index) => (
        <p key={`u${index}`} className="notice plan-step__flag">
          {t('family.updatedSinceSeen', { date: formatDate(line.date, language), summary: line.summary })}
        </p>
      ))}
      {state.recheck && ticked !== null ? (
        <div className="notice notice--warning plan-step__flag">
          <p>{t('family.recheck', { date: formatDate(ticked, language) })}</p>
          <button type="button" className="button button--secondary" onClick={() => onTick(true)}>
            {t('family.stillSet')}
          </button>
        </div>
      ) : null}
      <p id={`${inputId}-why`} className="step__why">
        {step.why}
      </p>
      <details className="plan-step__how">
        <summary>{t('family.howTo')}</summary>
        {step.status === 'unverified' ? <p className="badge badge--warning">{t('step.unverified')}</p> : null}
        {step.paths.map((path, index) => (
          <SettingPathBody key={index} path={path} t={t as PathT} />
        ))}
      </details>
    </li>
  );
}
