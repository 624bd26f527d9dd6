import { useTranslation } from 'react-i18next';
import guideLoaders from 'virtual:content/guides';
import type { GuidePageData } from '../../content/views';
import { Checklist } from '../../components/Checklist';
import { ExternalLink } from '../../components/ExternalLink';
import { HelpRouteCard } from '../../components/HelpRouteCard';
import { HelpStrip } from '../../components/HelpStrip';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { PageTitle } from '../../components/PageTitle';
import { PrintButton } from '../../components/PrintButton';
import { isStale } from '../../features/freshness/is-stale';
import { useToday } from '../../features/freshness/use-today';
import { StorageNotice } from '../../features/progress/StorageNotice';
import { formatDate } from '../../i18n/format';
import { loadEntry } from '../../routing/load-entry';
import type { LoadedPage } from '../../routing/types';
import { GuideAges } from './GuideAges';
import { GuideLocalNotes } from './GuideLocalNotes';
import { GuideRisks } from './GuideRisks';
import { GuideActions } from './GuideActions';
import { GuideTools } from './GuideTools';

export function GuidePage({ data }: { data: GuidePageData }) {
  const { t, i18n } = useTranslation();
  const { guide, escalation } = data;
  const today = useToday();
  return (
    <>
      <Breadcrumbs parent={{ to: '/apps', label: t('apps.title') }} current={guide.name} />
      <PageTitle>{guide.name}</PageTitle>
      <p className="meta">
        {t('guide.madeBy', { maker: guide.maker })} · {t(`category.${guide.category}`)} · {t('guide.reviewed', { date: formatDate(guide.reviewed, i18n.language) })}
      </p>
      {isStale(guide.reviewed, today) ? <p className="notice notice--warning">{t('guide.stale')}</p> : null}

      <section aria-labelledby="what">
        <h2 id="what">{t('guide.whatTitle')}</h2>
        <p>{guide.summary}</p>
        <h3>{t('guide.usedForTitle')}</h3>
        <p>{guide.usedFor}</p>
      </section>

      <GuideAges guide={guide} />
      <GuideRisks risks={guide.risks} />
      <GuideLocalNotes name={guide.name} notes={data.localNotes} />

      <section aria-labelledby="checklist">
        <h2 id="checklist">{t('guide.checklistTitle')}</h2>
        <p>{t('guide.checklistLead')}</p>
        <PrintButton />
        <noscript>
          <p className="notice">{t('guide.ticksNoScript')}</p>
        </noscript>
        <StorageNotice />
        <Checklist guideId={guide.id} steps={guide.checklist} />
      </section>

      <GuideTools guide={guide} />
      <GuideActions guide={guide} />

      <section aria-labelledby="escalate">
        <h2 id="escalate">{t('guide.escalateTitle', { name: guide.name })}</h2>
        <p>{t('guide.escalateLead')}</p>
        <div className="help-routes">
          {escalation.map((route) => (
            <HelpRouteCard key={route.id} route={route} />
          ))}
        </div>
      </section>

      <section aria-labelledby="talk">
        <h2 id="talk">{t('guide.talkTitle')}</h2>
        <p>{t('guide.talkLead')}</p>
        <ul className="starters">
          {guide.conversationStarters.map((starter) => (
            <li key={starter}>{starter}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="official">
        <h2 id="official">{t('guide.officialLinks', { name: guide.name })}</h2>
        <ul className="link-list">
          <li>
            <ExternalLink href={guide.officialLinks.help}>{t('guide.helpCentre')}</ExternalLink>
          </li>
          {guide.officialLinks.safety ? (
            <li>
              <ExternalLink href={guide.officialLinks.safety}>{t('guide.safetyCentre')}</ExternalLink>
            </li>
          ) : null}
        </ul>
      </section>

      {guide.changes.length > 0 ? (
        <details className="changes">
          <summary>{t('guide.changesTitle')}</summary>
          <ul>
            {guide.changes.map((change) => (
              <li key={`${change.date}-${change.summary}`}>
                <time dateTime={change.date}>{formatDate(change.date, i18n.language)}</time>: {change.summary}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <HelpStrip />
    </>
  );
}

export async function loadGuidePage(id: string): Promise<LoadedPage | null> {
  const data = await loadEntry(guideLoaders, id);
  if (!data) return null;
  return {
    render: () => <GuidePage data={data} />,
    head: (t) => ({ title: data.guide.name, description: t('guide.descriptionTemplate', { name: data.guide.name }) }),
  };
}
