import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Guide } from '../../content/schema/guide';
import type { HelpRoute } from '../../content/schema/help';
import type { LawLine, LawSource } from '../../content/schema/law';
import { HelpRouteCard } from '../HelpRouteCard';
import { SourceNote } from '../SourceNote';

/** A source line for a fact about the law; it also says when the page was read as a copy on the publisher's own web server. */
export function LawSourceNote({ source }: { source: LawSource }) {
  const { t } = useTranslation();
  return (
    <>
      <SourceNote source={source} />
      {source.hostCopyOf === undefined ? null : <p className="source-note">{t('law.hostCopy', { publisher: source.hostCopyOf })}</p>}
    </>
  );
}

/**
 * On a guide: the one line on what the Online Safety Act asks of this kind of service, with its
 * sources, then where to go if the app does not act, and a link to the page on the law.
 */
export function GuideLawNote({ name, law, lines, routes }: { name: string; law: Guide['law']; lines: readonly LawLine[]; routes: readonly HelpRoute[] }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="law" className="law-note">
        <h2 id="law">{t('law.guideTitle', { name })}</h2>
        {lines.map((line) => (
          <div key={line.text} className="law-line">
            <p>{line.text}</p>
            {line.sources.map((source) => (
              <LawSourceNote key={source.url} source={source} />
            ))}
          </div>
        ))}
        {law.note === undefined ? null : <p>{law.note}</p>}
      </section>
      <section aria-labelledby="escalate">
        <h2 id="escalate">{t('guide.escalateTitle', { name })}</h2>
        <p>{law.coverage === 'not-covered' ? t('law.escalateLeadNotCovered', { name }) : t('law.escalateLead', { name })}</p>
        <div className="help-routes">
          {routes.map((route) => (
            <HelpRouteCard key={route.id} route={route} />
          ))}
        </div>
        <p>
          <Link to="/help/the-law">{t('law.guideLink')}</Link>
        </p>
      </section>
    </>
  );
}
