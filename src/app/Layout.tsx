import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import areaIndex from 'virtual:content/area-index';
import { href } from '../routing/href';
import { AREA_LINK } from '../site/attributes';
import { ShareControl } from './ShareControl';
import { SiteNotices } from './SiteNotices';

/** The frame of every page: skip link, header with the way to help, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={href('home')} className="site-header__name" aria-label={t('site.homeLink')}>
            {t('site.name')}
          </Link>
          <Link to={href('help')} className="button button--help">
            {t('site.getHelpNow')}
          </Link>
        </div>
        <nav aria-label={t('site.mainNav')} className="site-nav">
          <ul>
            <li>
              <NavLink to={href('apps')}>{t('site.navGuides')}</NavLink>
            </li>
            <li>
              {/* Leads to the reader's own area once they have chosen one (src/site/area.ts). */}
              <NavLink to={href('localIndex')} end={false} {...{ [AREA_LINK]: areaIndex.map((area) => area.id).join(' ') }}>
                {t('site.navLocal')}
              </NavLink>
            </li>
            <li>
              <NavLink to={href('family')} end={false}>
                {t('site.navFamily')}
              </NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <SiteNotices />
      <main id="main" className="main">
        {children}
        <ShareControl />
      </main>
      <footer className="site-footer">
        <p>{t('site.footerPrivacy')}</p>
        <p>{t('site.footerSources')}</p>
        <nav aria-label={t('site.footerNav')}>
          <ul className="link-list">
            <li>
              <Link to={href('about')}>{t('site.footerAbout')}</Link>
            </li>
            <li>
              <Link to={href('schools')}>{t('site.footerSchools')}</Link>
            </li>
            <li>
              <Link to={href('local', { id: 'england-and-wales' })}>{t('site.footerNational')}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
