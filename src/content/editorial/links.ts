// Do the source links still answer? Collects every https:// address in the content with where it
// is used, checks each with an injected fetch (so tests need no network), and first finds out
// quickly whether there is a network at all: with none, the check says so and is skipped.
import type { Content } from '../load';
import { formatPath } from '../issues';

/** One address and every place it is used ("content/apps/snapchat.yaml checklist[0].source.url"). */
export interface Link {
  url: string;
  where: string[];
}

/**
 * ok: the page answered. moved: it answered from another address (update the link).
 * broken: gone (404 or 410) or its site no longer exists. unsure: the site answered but would not
 * show the page to a script (401, 403, 429, a server error): open it in a browser.
 * no-answer: no answer in time, or the connection failed.
 */
export type LinkStatus = 'ok' | 'moved' | 'broken' | 'unsure' | 'no-answer';

export interface LinkResult extends Link {
  status: LinkStatus;
  /** The HTTP status, when the server answered. */
  code?: number;
  /** Where a moved page answered from. */
  finalUrl?: string;
  /** Why there was no answer. */
  error?: string;
}

/** The part of fetch the check uses, so tests can pass their own. */
export type FetchLike = (url: string, init: { method: 'HEAD' | 'GET'; redirect: 'follow'; signal: AbortSignal }) => Promise<{ status: number; url: string }>;

export interface LinkCheckOptions {
  fetch: FetchLike;
  /** How long to wait for one answer, in milliseconds. */
  timeoutMs?: number;
  /** How many addresses to check at once. */
  concurrency?: number;
}

function* httpsStrings(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; url: string }> {
  if (typeof value === 'string') {
    if (value.startsWith('https://')) yield { path, url: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* httpsStrings(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* httpsStrings(item, [...path, key]);
  }
}

type LinkSources = Pick<Content, 'guides' | 'helpRoutes' | 'datasets'> & Partial<Pick<Content, 'law' | 'firstHour' | 'signs'>>;

/** Every https:// address in the content, once each, in the order first met. */
export function linksIn(content: LinkSources): Link[] {
  const files: [string, unknown][] = [
    ...content.guides.map((guide): [string, unknown] => [`content/apps/${guide.id}.yaml`, guide]),
    ['content/help/routes.yaml', { routes: content.helpRoutes }],
    ...content.datasets.map((dataset): [string, unknown] => [`content/stats/${dataset.id}.yaml`, dataset]),
    ['content/help/first-hour.yaml', content.firstHour],
    ['content/help/signs.yaml', content.signs],
    ['content/law/online-safety-act.yaml', content.law],
  ];
  const byUrl = new Map<string, Link>();
  for (const [file, value] of files) {
    for (const { path, url } of httpsStrings(value)) {
      const link = byUrl.get(url) ?? { url, where: [] };
      link.where.push(`${file} ${formatPath(path)}`);
      byUrl.set(url, link);
    }
  }
  return [...byUrl.values()];
}

/** The same page, give or take a trailing slash or the case of the host name. */
function samePage(a: string, b: string): boolean {
  const normal = (url: string) => {
    try {
      const parsed = new URL(url);
      return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
    } catch {
      return url;
    }
  };
  return normal(a) === normal(b);
}

function errorText(error: unknown): { text: string; code?: string } {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: unknown; message?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return { text: 'no answer in time', code: 'TIMEOUT' };
    return { text: code ?? (typeof cause?.message === 'string' ? cause.message : error.message), code };
  }
  return { text: String(error) };
}

/** Servers that refuse a HEAD request are asked again with GET. */
const RETRY_WITH_GET = new Set([400, 403, 405, 501]);
/** Codes that mean the site no longer exists. */
const GONE_HOST = new Set(['ENOTFOUND', 'EAI_NONAME']);

export async function checkLink(link: Link, options: LinkCheckOptions): Promise<LinkResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const ask = (method: 'HEAD' | 'GET') => options.fetch(link.url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  try {
    let response = await ask('HEAD');
    if (RETRY_WITH_GET.has(response.status)) response = await ask('GET');
    const { status, url } = response;
    if (status >= 200 && status < 300) {
      return url !== '' && !samePage(url, link.url) ? { ...link, status: 'moved', code: status, finalUrl: url } : { ...link, status: 'ok', code: status };
    }
    if (status === 404 || status === 410) return { ...link, status: 'broken', code: status };
    return { ...link, status: 'unsure', code: status };
  } catch (error) {
    const { text, code } = errorText(error);
    return { ...link, status: code !== undefined && GONE_HOST.has(code) ? 'broken' : 'no-answer', error: text };
  }
}

/**
 * Is there a network? Asks a few of the content's own sites (no other address is ever contacted)
 * and says yes as soon as any of them answers with anything; no when none answers in time.
 */
export async function networkAvailable(links: readonly Link[], options: Pick<LinkCheckOptions, 'fetch'> & { timeoutMs?: number; probes?: number }): Promise<boolean> {
  const hosts = new Map<string, string>();
  for (const { url } of links) {
    const host = new URL(url).host;
    if (!hosts.has(host)) hosts.set(host, url);
    if (hosts.size >= (options.probes ?? 3)) break;
  }
  if (hosts.size === 0) return false;
  const timeoutMs = options.timeoutMs ?? 4_000;
  try {
    await Promise.any([...hosts.values()].map((url) => options.fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })));
    return true;
  } catch {
    return false;
  }
}

/** Checks every link, a few at a time; results in the order of the links. */
export async function checkLinks(links: readonly Link[], options: LinkCheckOptions): Promise<LinkResult[]> {
  const results: LinkResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const index = next;
      next += 1;
      results[index] = await checkLink(links[index] as Link, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, links.length) }, worker));
  return results;
}

export type LinkRun = { online: false; links: number } | { online: true; links: number; results: LinkResult[] };

/** The whole check: find out whether there is a network, then check every link if there is. */
export async function runLinkCheck(links: readonly Link[], options: LinkCheckOptions & { probeTimeoutMs?: number }): Promise<LinkRun> {
  if (!(await networkAvailable(links, { fetch: options.fetch, timeoutMs: options.probeTimeoutMs }))) return { online: false, links: links.length };
  return { online: true, links: links.length, results: await checkLinks(links, options) };
}

const HEADINGS: Record<Exclude<LinkStatus, 'ok'>, string> = {
  broken: 'Gone: the page or its site no longer exists. Find the new page and update the link and its checked date.',
  moved: 'Moved: the page answered from another address. Check it is the same page, then update the link.',
  unsure: 'Would not show the page to a script: open these in a browser to check.',
  'no-answer': 'No answer: try again later, or open them in a browser.',
};

/** The result as an editor reads it. */
export function formatLinkRun(run: LinkRun): string {
  if (!run.online) return `No network: could not reach any source site, so the ${run.links} links were not checked. Nothing failed; run npm run content:links again with a connection.`;
  const out: string[] = [];
  for (const status of ['broken', 'moved', 'unsure', 'no-answer'] as const) {
    const found = run.results.filter((result) => result.status === status);
    if (found.length === 0) continue;
    out.push(HEADINGS[status]);
    for (const result of found) {
      const detail = result.finalUrl ?? (result.code === undefined ? result.error : `HTTP ${result.code}`);
      out.push(`  ${result.url}${detail === undefined ? '' : `  (${detail})`}`);
      for (const where of result.where) out.push(`      ${where}`);
    }
    out.push('');
  }
  const count = (status: LinkStatus) => run.results.filter((result) => result.status === status).length;
  out.push(`${run.links} links: ${count('ok')} answered, ${count('moved')} moved, ${count('broken')} gone, ${count('unsure')} to check in a browser, ${count('no-answer')} no answer.`);
  return out.join('\n');
}
