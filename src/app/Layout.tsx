import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { OfflineNotice } from '../features/offline/OfflineNotice';
import { useDeviceStore } from '../features/progress/device-store';
import { useHydrated } from '../routing/use-hydrated';

/** The frame of every page: skip link, header with the way to help, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data } = useDeviceStore();
  const hydrated = useHydrated();
  const areaPath = hydrated && data.area ? `/local/${data.area}` : '/local';
  return (
    <>
      <a href="#main" className="skip-link">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__name" aria-label={t('site.homeLink')}>
            {t('site.name')}
          </Link>
          <Link to="/help" className="button button--help">
            {t('site.getHelpNow')}
          </Link>
        </div>
        <nav aria-label={t('site.mainNav')} className="site-nav">
          <ul>
            <li>
              <NavLink to="/apps">{t('site.navGuides')}</NavLink>
            </li>
            <li>
              <NavLink to={areaPath}>{t('site.navLocal')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <OfflineNotice />
      <main id="main" className="main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('site.footerPrivacy')}</p>
        <p>{t('site.footerSources')}</p>
        <nav aria-label={t('site.footerNav')}>
          <ul className="link-list">
            <li>
              <Link to="/about">{t('site.footerAbout')}</Link>
            </li>
            <li>
              <Link to="/local/england-and-wales">{t('site.footerNational')}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
