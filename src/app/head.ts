// The page title every prerendered page carries: the page's own title and the site's name.
import type { TFunction } from 'i18next';
import type { Head } from '../routing/types';

export function documentTitle(head: Head, isHome: boolean, t: TFunction): string {
  return isHome ? t('site.fullName') : t('site.titleSuffix', { title: head.title });
}
