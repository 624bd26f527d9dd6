// The only two things asked about a child: a name (or nickname) and an age, or "rather not say".
// Errors are shown by the field and announced, and nothing is saved until both are answered.
import { useState, type FormEvent } from 'react';
import { useIsland, useIslandId } from '../../islands/context';
import { todayIso } from '../freshness/today';
import { MAX_NAME_LENGTH, type ChildDetails, type GivenAge } from '../progress/model';

/** The ages offered: 4 means "4 or under"; children older than 17 have grown out of the guide. */
const AGES = Array.from({ length: 14 }, (_, index) => index + 4);

interface Props {
  /** Distinguishes two forms on one page (add, and edit). */
  name: string;
  initial?: ChildDetails;
  submitLabel: string;
  onSubmit: (details: ChildDetails) => void;
  onCancel?: () => void;
  /** Until the page can save (before hydration, and with script off). */
  disabled?: boolean;
}

export function ChildForm({ name: formName, initial, submitLabel, onSubmit, onCancel, disabled = false }: Props) {
  const { t } = useIsland();
  const id = useIslandId(formName);
  const [name, setName] = useState(initial?.name ?? '');
  // "" until chosen; "secret" for "rather not say"; otherwise the years.
  const [age, setAge] = useState<string>(initial === undefined ? '' : initial.age === null ? 'secret' : String(initial.age.years));
  const [errors, setErrors] = useState<{ name?: string; age?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = { name: name.trim() === '' ? t('family.nameMissing') : undefined, age: age === '' ? t('family.ageMissing') : undefined };
    setErrors(next);
    if (next.name !== undefined || next.age !== undefined) {
      document.getElementById(next.name !== undefined ? `${id}-name` : `${id}-age`)?.focus();
      return;
    }
    // An unchanged age keeps the day it was given, so it keeps ageing from then.
    const given: GivenAge | null = age === 'secret' ? null : initial?.age?.years === Number(age) ? initial.age : { years: Number(age), on: todayIso() };
    onSubmit({ name: name.trim(), age: given });
    if (initial === undefined) {
      setName('');
      setAge('');
    }
  }

  return (
    <form className="child-form" onSubmit={submit} noValidate>
      <fieldset className="child-form__fields" disabled={disabled}>
        <div className={errors.name ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-name`}>{t('family.name')}</label>
          <p className="field__hint" id={`${id}-name-hint`}>
            {t('family.nameHint')}
          </p>
          {errors.name ? (
            <p className="field__error" id={`${id}-name-error`} role="alert">
              {errors.name}
            </p>
          ) : null}
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            maxLength={MAX_NAME_LENGTH}
            value={name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-hint ${id}-name-error` : `${id}-name-hint`}
            onChange={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div className={errors.age ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-age`}>{t('family.age')}</label>
          <p className="field__hint" id={`${id}-age-hint`}>
            {t('family.ageHint')}
          </p>
          {errors.age ? (
            <p className="field__error" id={`${id}-age-error`} role="alert">
              {errors.age}
            </p>
          ) : null}
          <select
            id={`${id}-age`}
            value={age}
            aria-invalid={errors.age ? true : undefined}
            aria-describedby={errors.age ? `${id}-age-hint ${id}-age-error` : `${id}-age-hint`}
            onChange={(event) => setAge(event.currentTarget.value)}
          >
            <option value="">{t('family.ageChoose')}</option>
            {AGES.map((years) => (
              <option key={years} value={String(years)}>
                {years === 4 ? t('family.ageUnder') : t('family.ageYears', { count: years })}
              </option>
            ))}
            <option value="secret">{t('family.ageSecret')}</option>
          </select>
          {age === 'secret' ? <p className="field__hint">{t('family.ageSecretNote')}</p> : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {submitLabel}
          </button>
          {onCancel ? (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('family.cancel')}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
