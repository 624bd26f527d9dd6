import type { ReactNode } from 'react';

export const PAGE_TITLE_ID = 'page-title';

/** The page's one h1. It takes focus after a client-side navigation, so screen readers announce the new page. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <h1 id={PAGE_TITLE_ID} tabIndex={-1}>
      {children}
    </h1>
  );
}
