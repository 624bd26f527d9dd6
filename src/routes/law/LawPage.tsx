import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import law from 'virtual:content/law';
import helpRoutes from 'virtual:content/help-routes';
import type { HelpRoute } from '../../content/schema/help';
import type { DemandStatus, LawFact, LawFile } from '../../content/schema/law';
import { pickById } from '../../content/views';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { HelpRouteSummary } from '../../components/HelpRouteSummary';
import { HelpStrip } from '../../components/HelpStrip';
import { PageTitle } from '../../components/PageTitle';
import { LawSourceNote } from '../../components/law/GuideLawNote';
import { formatDate } from '../../i18n/format';
import type { LoadedPage } from '../../routing/types';

const DEMAND_BADGE: Readonly<Record<DemandStatus, string>> = {
  'in-force': 'badge badge--low',
  partly: 'badge badge--medium',
  'not-in-force': 'badge badge--warning',
};

/** The guide's lines shown on this page: the Act's duties fall on these two kinds of service. */
const LINE_KINDS = ['user-to-user', 'search'] as const;

function Facts({ facts }: { facts: readonly LawFact[] }) {
  if (facts.length === 0) return null;
  return (
    <ul className="law-facts">
      {facts.map((fact) => (
        <li key={fact.id}>
          <p>{fact.text}</p>
          <LawSourceNote source={fact.source} />
        </li>
      ))}
    </ul>
  );
}

/** "What the law says apps must do": what is in force and since when, the NSPCC's 2018 demands, what to do, what is only announced. */
export function LawPage({ content, routes }: { content: LawFile; routes: readonly HelpRoute[] }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const { act, codes, lines, demands, steps, announced } = content;
  return (
    <>
      <Breadcrumbs parent={{ to: '/help', label: t('help.title') }} current={t('law.title')} />
      <PageTitle>{t('law.title')}</PageTitle>
      <p className="lead">{content.intro}</p>
      <nav aria-label={t('law.contentsLabel')}>
        <ul className="link-list">
          <li>
            <a href="#now">{t('law.nowTitle')}</a>
          </li>
          <li>
            <a href="#demands">{t('law.demandsTitle')}</a>
          </li>
          <li>
            <a href="#steps">{t('law.stepsTitle')}</a>
          </li>
          <li>
            <a href="#announced">{t('law.announcedTitle')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="now">
        <h2 id="now">{t('law.nowTitle')}</h2>
        <div className="law-item">
          <h3>{act.name}</h3>
          <p className="law-status">
            <strong className="badge badge--low">{t('law.inForce')}</strong> {t('law.actSince', { date: date(act.since) })}
          </p>
          <LawSourceNote source={act.sinceSource} />
          <Facts facts={act.facts} />
        </div>
        {codes.map((code) => (
          <div key={code.id} id={code.id} className="law-item">
            <h3>{code.name}</h3>
            <p className="law-status">
              <strong className="badge badge--low">{t('law.inForce')}</strong> {t('law.codeSince', { date: date(code.since), published: date(code.published) })}
            </p>
            <p>{code.summary}</p>
            <LawSourceNote source={code.source} />
            <Facts facts={code.duties} />
          </div>
        ))}
        <div className="law-item">
          <h3>{t('law.linesTitle')}</h3>
          {LINE_KINDS.map((kind) => (
            <div key={kind} className="law-line">
              <h4>{t(`law.lineLabel.${kind}`)}</h4>
              <p>{lines[kind].text}</p>
              {lines[kind].sources.map((source) => (
                <LawSourceNote key={source.url} source={source} />
              ))}
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="demands">
        <h2 id="demands">{t('law.demandsTitle')}</h2>
        <p>{demands.intro}</p>
        <LawSourceNote source={demands.source} />
        {demands.items.map((demand) => (
          <div key={demand.id} id={`demand-${demand.id}`} className="law-item">
            <h3>{demand.asked}</h3>
            <p className="law-status">
              <strong className={DEMAND_BADGE[demand.status]}>{t(`law.demandStatus.${demand.status}`)}</strong>
              {demand.since === undefined ? null : <> {t('law.demandSince', { date: date(demand.since) })}</>}
            </p>
            <p>{demand.now}</p>
            {demand.sources.map((source) => (
              <LawSourceNote key={source.url} source={source} />
            ))}
          </div>
        ))}
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps">{t('law.stepsTitle')}</h2>
        <p>{steps.intro}</p>
        <ol className="law-steps">
          {steps.items.map((step) => (
            <li key={step.id} id={step.id} className="law-steps__step">
              <h3>{step.title}</h3>
              <p>{step.detail}</p>
              {step.unconfirmed === undefined ? null : (
                <p className="unverified">
                  <strong className="badge badge--warning">{t('step.unverified')}</strong> {step.unconfirmed}
                </p>
              )}
              {pickById(routes, step.routes).map((route) => (
                <HelpRouteSummary key={route.id} route={route} />
              ))}
              {step.sources.map((source) => (
                <LawSourceNote key={source.url} source={source} />
              ))}
            </li>
          ))}
        </ol>
        <p>
          <Link to="/help/which-service">{t('helpPages.whichServiceLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="announced">
        <h2 id="announced">{t('law.announcedTitle')}</h2>
        <p>{announced.intro}</p>
        {announced.items.map((item) => (
          <article key={item.id} id={item.id} className="law-item" aria-labelledby={`${item.id}-title`}>
            <h3 id={`${item.id}-title`}>{item.title}</h3>
            <p className="law-status">
              <strong className="badge badge--warning">{t(`law.announcedStatus.${item.status}`)}</strong>{' '}
              <time dateTime={item.announced}>{t(`law.announcedDate.${item.status}`, { date: date(item.announced) })}</time>
            </p>
            <p>{item.summary}</p>
            <LawSourceNote source={item.source} />
            <Facts facts={item.facts} />
          </article>
        ))}
      </section>

      <HelpStrip />
    </>
  );
}

export function loadLawPage(): LoadedPage {
  return {
    render: () => <LawPage content={law} routes={helpRoutes} />,
    head: (t) => ({ title: t('law.title'), description: t('law.description') }),
  };
}
