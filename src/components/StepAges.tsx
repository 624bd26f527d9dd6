import { useTranslation } from 'react-i18next';
import type { AgeRange } from '../content/schema/common';

/** "For ages 13 to 15", when a step is not for every age. */
export function StepAges({ ages }: { ages: AgeRange }) {
  const { t } = useTranslation();
  const { from, to } = ages;
  let range: string;
  if (from !== undefined && to !== undefined) range = t('step.agesBetween', { from, to });
  else if (from !== undefined) range = t('step.agesFrom', { from });
  else if (to !== undefined) range = t('step.agesTo', { to });
  else return null;
  return <p className="step__ages">{t('step.ages', { range })}</p>;
}
