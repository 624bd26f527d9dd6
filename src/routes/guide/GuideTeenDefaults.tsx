import { useTranslation } from 'react-i18next';
import type { TeenDefault } from '../../content/schema/guide';
import { SourceNote } from '../../components/SourceNote';
import { StepAges } from '../../components/StepAges';
import { formatDate } from '../../i18n/format';

/** What the platform already does for teenagers by default, each with the date it announced it. */
export function GuideTeenDefaults({ name, defaults }: { name: string; defaults: readonly TeenDefault[] }) {
  const { t, i18n } = useTranslation();
  if (defaults.length === 0) return null;
  return (
    <section aria-labelledby="teen-defaults">
      <h2 id="teen-defaults">{t('guide.teenDefaultsTitle', { name })}</h2>
      <p>{t('guide.teenDefaultsLead')}</p>
      <ul className="teen-defaults">
        {defaults.map((fact) => (
          <li key={fact.fact}>
            <p>{fact.fact}</p>
            {fact.ages ? <StepAges ages={fact.ages} /> : null}
            <p className="meta">
              {t('guide.teenDefaultAnnounced', { name, date: formatDate(fact.announced, i18n.language) })}
              {fact.where ? <> {t('guide.teenDefaultWhere', { where: fact.where })}</> : null}
            </p>
            <SourceNote source={fact.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
