import { use, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PAGE_TITLE_ID } from '../components/PageTitle';
import { readPage } from './page-cache';
import { applyHead } from './head';

/** Renders whichever page the URL names, loading it first when it is not loaded yet. */
export function PageView() {
  const { pathname, hash } = useLocation();
  const { t } = useTranslation();
  const result = readPage(pathname);
  const page = result instanceof Promise ? use(result) : result;
  const head = page.head(t);
  const firstRender = useRef(true);

  useEffect(() => {
    applyHead(head, pathname, t);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After a client-side navigation, start at the top and move focus to the new page's title,
    // so keyboard and screen-reader users land where a full page load would put them.
    if (hash === '') {
      window.scrollTo(0, 0);
      document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
    } else {
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
    }
    // head is derived from the page and path, which are in the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, page]);

  return <>{page.render()}</>;
}
