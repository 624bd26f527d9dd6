import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import stripRoutes from 'virtual:content/help-strip';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';

/** A short "Worried right now?" panel with the routes a parent may need at once (content/help/routes.yaml: strip). */
export function HelpStrip() {
  const { t } = useTranslation();
  return (
    <aside className="help-strip" aria-labelledby="help-strip-title">
      <h2 id="help-strip-title">{t('help.stripTitle')}</h2>
      <ul className="help-strip__list">
        {stripRoutes.map((route) => (
          <li key={route.id}>
            <strong>{route.name}</strong>
            {route.phone ? (
              <PhoneLink number={route.phone.number} label={t('help.call', { number: route.phone.number })} className="button button--call" />
            ) : route.url ? (
              <ExternalLink href={route.url} className="button button--secondary">
                {t('help.website', { name: route.name })}
              </ExternalLink>
            ) : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/help">{t('help.stripMore')}</Link>
      </p>
    </aside>
  );
}
