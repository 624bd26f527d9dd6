import { useTranslation } from 'react-i18next';
import guideLoaders from 'virtual:content/guides';
import type { GuidePageData } from '../../content/views';
import { Checklist } from '../../components/Checklist';
import { ExternalLink } from '../../components/ExternalLink';
import { HelpStrip } from '../../components/HelpStrip';
import { GuideLawNote } from '../../components/law/GuideLawNote';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { PageTitle } from '../../components/PageTitle';
import { ACTION, REVIEWED } from '../../site/attributes';
import { isStale } from '../../features/freshness/is-stale';
import { formatDate } from '../../i18n/format';
import { loadEntry } from '../../routing/load-entry';
import { QrCode } from '../../components/QrCode';
import { qrModules } from '../../features/share/qr';
import { absoluteUrl } from '../../routing/base';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';
import { GuideAges } from './GuideAges';
import { GuideLocalNotes } from './GuideLocalNotes';
import { GuideRisks } from './GuideRisks';
import { GuideActions } from './GuideActions';
import { GuideTeenDefaults } from './GuideTeenDefaults';
import { GuideTools } from './GuideTools';

export function GuidePage({ data }: { data: GuidePageData }) {
  const { t, i18n } = useTranslation();
  const { guide, escalation } = data;
  return (
    <>
      <Breadcrumbs parent={{ to: href('apps'), label: t('apps.title') }} current={guide.name} />
      <PageTitle>{guide.name}</PageTitle>
      <p className="meta">
        {t('guide.madeBy', { maker: guide.maker })} · {t(`category.${guide.category}`)} · {t('guide.reviewed', { date: formatDate(guide.reviewed, i18n.language) })}
      </p>
      {/* Judged by the build date here, and again by the reader's date in the browser (src/site/freshness.ts). */}
      <p className="notice notice--warning" hidden={!isStale(guide.reviewed, import.meta.env.BUILD_DATE)} {...{ [REVIEWED]: guide.reviewed }}>
        {t('guide.stale')}
      </p>

      {guide.notice ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>{t('guide.noticeTitle')}</strong> {guide.notice}
          </p>
        </div>
      ) : null}

      <section aria-labelledby="what">
        <h2 id="what">{t('guide.whatTitle')}</h2>
        <p>{guide.summary}</p>
        <h3>{t('guide.usedForTitle')}</h3>
        <p>{guide.usedFor}</p>
      </section>

      <GuideAges guide={guide} />
      <GuideTeenDefaults name={guide.name} defaults={guide.teenDefaults} />
      <GuideRisks risks={guide.risks} />
      <GuideLocalNotes name={guide.name} notes={data.localNotes} />

      <section aria-labelledby="checklist">
        <h2 id="checklist">{t('guide.checklistTitle')}</h2>
        <p>{t('guide.checklistLead')}</p>
        {/* Shown and wired up in the browser (src/site/print.ts); the print stylesheet makes a paper checklist. */}
        <button type="button" className="button button--secondary print-button" hidden {...{ [ACTION]: 'print' }}>
          {t('guide.print')}
        </button>
        <noscript>
          <p className="notice">{t('guide.ticksNoScript')}</p>
        </noscript>
        <Checklist guideId={guide.id} steps={guide.checklist} changes={guide.changes} />
        {/* On paper only: a QR code back to this page (drawn now, at build time: no script needed). */}
        <figure className="print-only print-qr">
          <QrCode modules={qrModules(absoluteUrl(href('guide', { id: guide.id })))} label={t('share.qrLabel')} />
          <figcaption>{t('share.printLink', { url: absoluteUrl(href('guide', { id: guide.id })) })}</figcaption>
        </figure>
      </section>

      <GuideTools guide={guide} />
      <GuideActions guide={guide} />

      <GuideLawNote name={guide.name} law={guide.law} lines={data.law} routes={escalation} />

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
