import { useTranslation } from 'react-i18next';
import type { Rate } from '../../content/schema/area';
import type { Dataset } from '../../content/schema/stats';
import { rateOf } from '../../features/stats/chart';
import { formatNumber } from '../../i18n/format';

/** A rate per 100,000 children, always shown with the two counts it was worked out from. */
export function RateFigure({ rate, datasets }: { rate: Rate; datasets: readonly Dataset[] }) {
  const { t, i18n } = useTranslation();
  const result = rateOf(rate, datasets);
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <li className="figure">
      <span className="figure__value">{number(result.rate)}</span>
      <span className="figure__label">{rate.label}</span>
      <span className="figure__detail">
        {t('chart.rateWorkings', {
          count: number(result.count),
          countLabel: result.countFigure.figure.label,
          population: number(result.population),
          populationLabel: result.populationFigure.figure.label,
        })}
      </span>
    </li>
  );
}
