// What a page is, to the route table: a path pattern, a loader that fetches the page's component
// and data together (so the build renders it in one pass), the pages to prerender for it, and how
// it is kept for offline reading.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

export interface Head {
  /** The page's own title; the site name is added after it. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
}

export interface LoadedPage {
  render: () => ReactNode;
  head: (t: TFunction) => Head;
}

export type Params = Readonly<Record<string, string>>;

/**
 * How a page is kept for reading offline (see src/sw.ts):
 * - "first": precached when the guide is installed (the shell, help, the app list, local pages);
 * - "on-demand": cached when a parent opens it, or all at once with "Save every guide for offline".
 * Only "first" pages count towards the precache budget, so it stays flat with the number of guides.
 */
export type OfflineTier = 'first' | 'on-demand';

/** The parts of the guide, each with its own link-preview image. */
export type Section = 'guides' | 'local' | 'help';

export interface RouteDef {
  /** A path pattern, e.g. /apps/:id. Canonical paths have no trailing slash. */
  path: string;
  /** Loads the page's code and data; null when the params name nothing (e.g. an unknown app). */
  load: (params: Params) => Promise<LoadedPage | null>;
  /** The params of every page to prerender for this route; leave out for a route with one page. */
  each?: () => Promise<Params[]>;
  offline: OfflineTier;
  /** The HTTP status the page is served with; 404 for the not-found page. */
  status?: 200 | 404;
  /** False for pages that are not a place to link to (404, offline): no canonical URL, noindex, not in the sitemap. */
  indexed?: false;
  /** Which link-preview image the page carries (public/og/<section>.png, made at build time). */
  section: Section;
}
