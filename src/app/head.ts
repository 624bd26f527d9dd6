// Keeps <title>, the description and the canonical link right after client-side navigation. The
// prerenderer writes the same tags into each page's HTML (src/prerender/document.ts).
import type { TFunction } from 'i18next';
import type { Head } from '../routing/types';

export function documentTitle(head: Head, pathname: string, t: TFunction): string {
  return pathname === '/' ? t('site.fullName') : t('site.titleSuffix', { title: head.title });
}

function setMeta(selector: string, attribute: 'content' | 'href', value: string): void {
  document.head.querySelector(selector)?.setAttribute(attribute, value);
}

export function applyHead(head: Head, pathname: string, t: TFunction): void {
  const title = documentTitle(head, pathname, t);
  document.title = title;
  setMeta('meta[name="description"]', 'content', head.description);
  setMeta('meta[property="og:title"]', 'content', title);
  setMeta('meta[property="og:description"]', 'content', head.description);
  const canonical = document.head.querySelector('link[rel="canonical"]');
  if (canonical) {
    const url = new URL(canonical.getAttribute('href') ?? '/', window.location.href);
    url.pathname = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${pathname === '/' ? '/' : pathname}`;
    canonical.setAttribute('href', url.href);
    setMeta('meta[property="og:url"]', 'content', url.href);
  }
}
