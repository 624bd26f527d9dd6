import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkRun, linksIn, networkAvailable, runLinkCheck, type FetchLike, type Link } from '../../src/content/editorial/links';
import { loadFixture } from './editorial-fixture';

const { content } = loadFixture();

/** A fetch that fails the way Node's does with no network. */
const offline: FetchLike = () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) }));

type Answer = number | { status: number; url?: string } | 'hang' | 'gone' | ((method: string) => number);

/** A fetch that answers each address as told; it records every call. */
function fakeFetch(answers: Record<string, Answer>, fallback: Answer = 200) {
  const calls: { url: string; method: string }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, method: init.method });
    const answer = answers[url] ?? fallback;
    if (answer === 'hang') {
      return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'TimeoutError' }))));
    }
    if (answer === 'gone') return offline(url, init);
    const value = typeof answer === 'function' ? answer(init.method) : answer;
    return Promise.resolve(typeof value === 'number' ? { status: value, url } : { status: value.status, url: value.url ?? url });
  };
  return { fetch, calls };
}

const link = (url: string): Link => ({ url, where: ['content/apps/x.yaml checklist[0].source.url'] });

describe('content:links: which links', () => {
  const links = linksIn(content);

  it('collects every https address in the content once, with every place it is used', () => {
    const urls = links.map((l) => l.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of ['https://help.alpha.example.com/', 'https://help.alpha.example.com/private', 'https://ceop.example.net/report', 'https://ceop.example.net/about', 'https://stats.example.net/report', 'https://helpline.example.net/first-hour', 'https://helpline.example.net/signs']) {
      expect(urls).toContain(url);
    }
    expect(links.find((l) => l.url === 'https://help.alpha.example.com/private')?.where).toEqual(['content/apps/alpha-chat.yaml checklist[0].source.url']);
    expect(links.find((l) => l.url === 'https://ceop.example.net/about')?.where).toEqual(['content/help/routes.yaml routes[0].source.url']);
  });

  it('lists an address used twice once, with both places', () => {
    const twice = linksIn({ ...content, guides: [content.guides[0]!, { ...content.guides[0]!, id: 'copy' }] });
    expect(twice.find((l) => l.url === 'https://help.alpha.example.com/private')?.where).toEqual([
      'content/apps/alpha-chat.yaml checklist[0].source.url',
      'content/apps/copy.yaml checklist[0].source.url',
    ]);
  });
});

describe('content:links with no network', () => {
  it('finds out from a few sites, checks nothing and says so', async () => {
    let calls = 0;
    const counting: FetchLike = (url, init) => {
      calls += 1;
      return offline(url, init);
    };
    const run = await runLinkCheck(linksIn(content), { fetch: counting });
    expect(run.online).toBe(false);
    expect(calls).toBeLessThanOrEqual(3);
    expect(formatLinkRun(run)).toMatch(/^No network: could not reach any source site, so the \d+ links were not checked\. Nothing failed/);
  });

  it('gives up on a network that does not answer within the probe time', async () => {
    const { fetch } = fakeFetch({}, 'hang');
    const started = Date.now();
    expect(await networkAvailable([link('https://a.example.com/')], { fetch, timeoutMs: 30 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('calls it online as soon as any site answers, whatever the status', async () => {
    const { fetch } = fakeFetch({ 'https://b.example.com/': 503 }, 'gone');
    expect(await networkAvailable([link('https://a.example.com/'), link('https://b.example.com/')], { fetch })).toBe(true);
  });
});

describe('content:links with a network', () => {
  it('sorts each answer into answered, moved, gone, check in a browser, or no answer', async () => {
    const { fetch, calls } = fakeFetch({
      'https://a.example.com/ok': 200,
      'https://a.example.com/slash': { status: 200, url: 'https://a.example.com/slash/' },
      'https://a.example.com/moved': { status: 200, url: 'https://a.example.com/new-home' },
      'https://a.example.com/missing': 404,
      'https://a.example.com/gone': 410,
      'https://a.example.com/no-head': (method) => (method === 'HEAD' ? 405 : 200),
      'https://a.example.com/bot-wall': 403,
      'https://a.example.com/busy': 503,
      'https://a.example.com/slow': 'hang',
      'https://dead.example.com/': 'gone',
    });
    const urls = ['ok', 'slash', 'moved', 'missing', 'gone', 'no-head', 'bot-wall', 'busy', 'slow'].map((path) => `https://a.example.com/${path}`);
    const results = await checkLinks([...urls, 'https://dead.example.com/'].map(link), { fetch, timeoutMs: 30 });
    expect(results.map((r) => [r.url.replace('https://', ''), r.status, r.code ?? r.error])).toEqual([
      ['a.example.com/ok', 'ok', 200],
      ['a.example.com/slash', 'ok', 200],
      ['a.example.com/moved', 'moved', 200],
      ['a.example.com/missing', 'broken', 404],
      ['a.example.com/gone', 'broken', 410],
      ['a.example.com/no-head', 'ok', 200],
      ['a.example.com/bot-wall', 'unsure', 403],
      ['a.example.com/busy', 'unsure', 503],
      ['a.example.com/slow', 'no-answer', 'no answer in time'],
      ['dead.example.com/', 'broken', 'ENOTFOUND'],
    ]);
    expect(results[2]?.finalUrl).toBe('https://a.example.com/new-home');
    // A server that refuses HEAD is asked again with GET; others are asked once.
    expect(calls.filter((c) => c.url.endsWith('/no-head')).map((c) => c.method)).toEqual(['HEAD', 'GET']);
    expect(calls.filter((c) => c.url.endsWith('/ok')).map((c) => c.method)).toEqual(['HEAD']);
  });

  it('checks a few at a time', async () => {
    let open = 0;
    let most = 0;
    const fetch: FetchLike = async (url) => {
      open += 1;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 5));
      open -= 1;
      return { status: 200, url };
    };
    const links = Array.from({ length: 20 }, (_, i) => link(`https://a.example.com/${i}`));
    const results = await checkLinks(links, { fetch, concurrency: 4 });
    expect(results.map((r) => r.url)).toEqual(links.map((l) => l.url));
    expect(most).toBe(4);
  });

  it('prints what to fix with where each link is used, and a count', async () => {
    const { fetch } = fakeFetch({ 'https://help.alpha.example.com/private': 404, 'https://ceop.example.net/about': { status: 200, url: 'https://ceop.example.net/about-us' } });
    const run = await runLinkCheck(linksIn(content), { fetch });
    expect(run.online).toBe(true);
    const text = formatLinkRun(run);
    expect(text).toMatch(/^Gone: .*\n {2}https:\/\/help\.alpha\.example\.com\/private {2}\(HTTP 404\)\n {6}content\/apps\/alpha-chat\.yaml checklist\[0\]\.source\.url\n/);
    expect(text).toMatch(/Moved: .*\n {2}https:\/\/ceop\.example\.net\/about {2}\(https:\/\/ceop\.example\.net\/about-us\)\n {6}content\/help\/routes\.yaml routes\[0\]\.source\.url/);
    expect(text).toMatch(/\n\d+ links: \d+ answered, 1 moved, 1 gone, 0 to check in a browser, 0 no answer\.$/);
  });
});
