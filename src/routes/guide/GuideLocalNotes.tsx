import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalNote } from '../../content/views';
import { formatDate, formatNumber } from '../../i18n/format';
import { AREA_ID, AREA_ONLY } from '../../site/attributes';

/** What police recorded locally about this app: the reader's area only, once they have chosen one. */
export function GuideLocalNotes({ name, notes }: { name: string; notes: readonly LocalNote[] }) {
  const { t, i18n } = useTranslation();
  // Every area's notes are in the page; once the reader has chosen an area, the browser shows only
  // that area's, when it has any (src/site/area.ts).
  const shown = notes;
  if (shown.length === 0) return null;
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <section aria-labelledby="local" className="local-notes">
      <h2 id="local">{t('guide.localTitle', { name })}</h2>
      <ul {...{ [AREA_ONLY]: '' }}>
        {shown.map((note) => {
          const fact =
            note.count !== undefined && note.base.count !== undefined
              ? t('guide.localCount', { count: number(note.count), base: number(note.base.count), baseLabel: note.base.label, label: note.label })
              : t('guide.localPercent', {
                  percent: t(`figure.qualifier.${note.qualifier}`, { value: t('figure.percentValue', { value: number(note.percent ?? 0) }) }),
                  baseLabel: note.base.label,
                  label: note.label,
                });
          return (
            <li key={`${note.areaId}-${note.label}-${note.published}`} {...{ [AREA_ID]: note.areaId }}>
              <strong>{note.areaName}:</strong> {fact}{' '}
              <span className="meta">{t('guide.localSource', { period: note.period, publisher: note.publisher, date: formatDate(note.published, i18n.language) })}</span>{' '}
              <Link to={`/local/${note.areaId}`}>{t('guide.localMore', { area: note.areaName })}</Link>
            </li>
          );
        })}
      </ul>
      <p className="caveat">{t('chart.recorded')}</p>
    </section>
  );
}
