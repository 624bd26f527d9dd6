import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../content/schema/stats';
import { resolveFigure } from '../../features/stats/arithmetic';
import { formatDate, formatNumber } from '../../i18n/format';

/** One published figure: the value as published, what it counts, our arithmetic where we did any, and its source. */
export function FigureCard({ dataset, figureId }: { dataset: Dataset; figureId: string }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const resolved = resolveFigure(dataset, figureId);
  const { figure, base } = resolved;
  const source = dataset.sources.find((s) => s.id === figure.source);

  let value: string;
  if (figure.count !== undefined) value = number(figure.count);
  else if (figure.percent !== undefined) value = t('figure.percentValue', { value: number(figure.percent) });
  else if (figure.age !== undefined) value = t('figure.ageValue', { value: figure.age });
  else value = figure.words ?? '';
  const shown = t(`figure.qualifier.${figure.qualifier}`, { value });

  let detail: string | null = null;
  if (figure.count !== undefined && figure.percent !== undefined && base?.count !== undefined) {
    detail = t('figure.publishedPercent', { count: number(figure.count), base: number(base.count), percent: number(figure.percent) });
  } else if (resolved.count !== undefined && base?.count !== undefined && resolved.derivedPercent !== undefined) {
    detail = t('figure.sumNote', { count: number(resolved.count), base: number(base.count), percent: number(resolved.derivedPercent) });
  } else if (figure.percent !== undefined && base?.count !== undefined) {
    detail = t('figure.percentOf', { percent: number(figure.percent), base: number(base.count) });
  } else if (figure.baseLabel !== undefined) {
    detail = figure.baseLabel;
  }

  return (
    <li className="figure">
      <span className="figure__value">{shown}</span>
      <span className="figure__label">{figure.label}</span>
      {detail ? <span className="figure__detail">{detail}</span> : null}
      {figure.note ? <span className="figure__note">{figure.note}</span> : null}
      {source ? <span className="figure__source">{t('figure.source', { publisher: source.publisher, date: formatDate(source.published, i18n.language) })}</span> : null}
    </li>
  );
}
