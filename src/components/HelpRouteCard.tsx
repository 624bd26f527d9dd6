import { useTranslation } from 'react-i18next';
import type { HelpRoute } from '../content/schema/help';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';
import { ReportProblemLink } from './ReportProblemLink';
import { SourceNote } from './SourceNote';

/** One help route: how to reach it, when, who it is for, what it will and will not handle. */
export function HelpRouteCard({ route, headingLevel = 3 }: { route: HelpRoute; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { phone } = route;
  return (
    <article className={`help-route help-route--${route.urgency}`} aria-labelledby={`route-${route.id}`}>
      <Heading id={`route-${route.id}`}>{route.name}</Heading>
      <div className="help-route__actions">
        {phone ? (
          <PhoneLink
            number={phone.number}
            className="button button--call"
            label={phone.option ? t('help.callWithOption', { number: phone.number, option: phone.option }) : t('help.call', { number: phone.number })}
          />
        ) : null}
        {route.url ? (
          <ExternalLink href={route.url} className="button button--secondary">
            {t('help.website', { name: route.name })}
          </ExternalLink>
        ) : null}
        {route.email ? (
          <a href={`mailto:${route.email}`} className="button button--secondary">
            {t('help.email', { email: route.email })}
          </a>
        ) : null}
      </div>
      {phone ? <p>{t('help.hours', { hours: phone.hours })}</p> : null}
      {route.onlineHours ? <p>{t('help.onlineHours', { hours: route.onlineHours })}</p> : null}
      {route.otherPhones.map((other) => (
        <p key={other.number}>
          {other.label}:{' '}
          <PhoneLink number={other.number} label={other.option ? t('help.callWithOption', { number: other.number, option: other.option }) : t('help.call', { number: other.number })} />
          {'. '}
          {t('help.hours', { hours: other.hours })}
        </p>
      ))}
      <p>{t('help.whoFor', { who: route.whoFor })}</p>
      <h4 className="help-route__subhead">{t('help.useFor')}</h4>
      <ul>
        {route.for.map((use) => (
          <li key={use}>{use}</li>
        ))}
      </ul>
      {route.notFor.length > 0 ? (
        <>
          <h4 className="help-route__subhead">{t('help.notFor')}</h4>
          <ul>
            {route.notFor.map((use) => (
              <li key={use}>{use}</li>
            ))}
          </ul>
        </>
      ) : null}
      {route.note ? <p className="help-route__note">{route.note}</p> : null}
      <SourceNote source={route.source} />
      <ReportProblemLink about={{ routeId: route.id, title: route.name }} />
    </article>
  );
}
