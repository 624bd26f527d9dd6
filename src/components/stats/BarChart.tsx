import { useTranslation } from 'react-i18next';
import type { Chart } from '../../content/schema/area';
import type { Dataset } from '../../content/schema/stats';
import { CHART_SIZES, chartLayout, chartMax, chartRows, type ChartRow } from '../../features/stats/chart';
import { formatDate, formatNumber } from '../../i18n/format';


/** The bar's value as text: "3,217", "47%", or the source's words. */
function useValueText() {
  const { t, i18n } = useTranslation();
  return (row: ChartRow, measure: Chart['measure']): string => {
    const { figure } = row.resolved;
    if (row.value === null) return t('chart.inWords', { words: figure.words ?? '' });
    const number = formatNumber(row.value, i18n.language);
    const shown = measure === 'share' ? t('figure.percentValue', { value: number }) : number;
    const qualified = t(`figure.qualifier.${figure.qualifier}`, { value: shown });
    return row.derived ? t('chart.ours', { value: qualified }) : qualified;
  };
}

/**
 * A bar chart drawn as SVG (attributes only, so it needs no inline styles), with the same figures
 * in a table for screen readers and for anyone who prefers numbers, and a one-sentence takeaway.
 */
export function BarChart({ chart, datasets }: { chart: Chart; datasets: readonly Dataset[] }) {
  const { t, i18n } = useTranslation();
  const valueText = useValueText();
  const rows = chartRows(chart, datasets);
  const max = chartMax(rows, chart.measure);
  const groups = [...new Set(rows.flatMap((row) => (row.group ? [row.group] : [])))];

  const layout = chartLayout(rows);
  const { group: GROUP_HEIGHT, bar: BAR_HEIGHT } = CHART_SIZES;
  const shapes = [
    ...layout.labels.map(({ label, top }) => (
      <text key={`label-${label}`} x="0" y={top + 18} className="chart__label">
        {label}
      </text>
    )),
    ...layout.bars.map(({ row, top: rowTop }) => {
      const width = row.value === null ? 0 : (row.value / max) * 100;
      const groupIndex = row.group ? groups.indexOf(row.group) : 0;
      return (
        <g key={`${row.label}-${row.group ?? ''}`}>
          {row.group ? (
            <text x="0" y={rowTop + 16} className="chart__group">
              {row.group}
            </text>
          ) : null}
          {row.value === null ? (
            // No number was published: say so where the bar would be.
            <text x="0" y={rowTop + (row.group ? GROUP_HEIGHT : 0) + BAR_HEIGHT - 2} className="chart__value">
              {valueText(row, chart.measure)}
            </text>
          ) : (
            <>
              <text x="100%" y={rowTop + (row.group ? 16 : -6)} textAnchor="end" className="chart__value">
                {valueText(row, chart.measure)}
              </text>
              <rect x="0" y={rowTop + (row.group ? GROUP_HEIGHT : 0)} width={`${width.toFixed(2)}%`} height={BAR_HEIGHT} className={`chart__bar chart__bar--${groupIndex % 3}`} />
            </>
          )}
        </g>
      );
    }),
  ];

  return (
    <figure className="chart" aria-labelledby={`chart-${chart.id}-title`}>
      <h3 id={`chart-${chart.id}-title`}>{chart.title}</h3>
      <p className="chart__takeaway">{chart.takeaway}</p>
      <svg width="100%" height={layout.height} role="img" aria-label={chart.takeaway} className="chart__svg">
        {shapes}
      </svg>
      <p className="caveat">{t('chart.recorded')}</p>
      {chart.note ? <p className="chart__note">{chart.note}</p> : null}
      <details className="chart__table">
        <summary>{t('chart.showTable')}</summary>
        <table>
          <caption>{t('chart.tableCaption', { title: chart.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.period')}</th>
              {groups.length > 0 ? <th scope="col">{t('chart.group')}</th> : null}
              <th scope="col">{t('chart.figure')}</th>
              <th scope="col">{t('chart.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const source = row.dataset.sources.find((s) => s.id === row.resolved.figure.source);
              return (
                <tr key={`${row.label}-${row.group ?? ''}`}>
                  <th scope="row">{row.label}</th>
                  {groups.length > 0 ? <td>{row.group}</td> : null}
                  <td>{valueText(row, chart.measure)}</td>
                  <td>{source ? t('figure.source', { publisher: source.publisher, date: formatDate(source.published, i18n.language) }) : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
