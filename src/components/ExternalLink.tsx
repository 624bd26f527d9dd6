import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A link off the site. It opens in a new tab without giving that page a handle on this one. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> {t('link.newTab')}</span>
    </a>
  );
}
