import { useTranslation } from 'react-i18next';
import type { HelpRoute } from '../content/schema/help';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';

/** A short form of a help route, for inside advice: its name, how to reach it and when. */
export function HelpRouteSummary({ route }: { route: HelpRoute }) {
  const { t } = useTranslation();
  const { phone } = route;
  return (
    <div className="route-summary">
      <p className="route-summary__name">{route.name}</p>
      <div className="button-row">
        {phone ? <PhoneLink number={phone.number} className="button button--call" label={t('help.call', { number: phone.number })} /> : null}
        {route.url ? (
          <ExternalLink href={route.url} className="button button--secondary">
            {t('help.website', { name: route.name })}
          </ExternalLink>
        ) : null}
      </div>
      {phone ? <p className="route-summary__hours">{t('help.hours', { hours: phone.hours })}</p> : null}
    </div>
  );
}
