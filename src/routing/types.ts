// What a page is, to the router: a path pattern and a loader that fetches the page's component
// and data together, so a page renders in one pass on the server and hydrates without waiting.
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
  /** True for the not-found page, so the server can answer 404. */
  notFound?: boolean;
}

export type Params = Readonly<Record<string, string | undefined>>;

export interface RouteDef {
  /** A react-router path pattern, e.g. /apps/:id. */
  path: string;
  /** Loads the page's code and data; null when the params name nothing (e.g. an unknown app). */
  load: (params: Params) => Promise<LoadedPage | null>;
  /**
   * The modules `load` imports, as project paths or virtual ids. The prerenderer preloads their
   * chunks in the page's HTML, so the page hydrates without a waterfall; keep it beside `load`.
   */
  modules: (params: Params) => string[];
}
