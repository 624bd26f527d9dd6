import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import helpRoutes from 'virtual:content/help-routes';
import { pickById } from '../content/views';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';

/** The routes every page about harm shows (999, CEOP, the NSPCC Helpline, Childline), in that order. */
const STRIP_IDS = ['emergency-999', 'ceop', 'nspcc-helpline', 'childline'];

/** A short "Worried right now?" panel with the four routes a parent may need at once. */
export function HelpStrip() {
  const { t } = useTranslation();
  const routes = pickById(helpRoutes, STRIP_IDS);
  return (
    <aside className="help-strip" aria-labelledby="help-strip-title">
      <h2 id="help-strip-title">{t('help.stripTitle')}</h2>
      <ul className="help-strip__list">
        {routes.map((route) => (
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
