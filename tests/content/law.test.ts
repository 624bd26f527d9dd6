// Rules for content/law/online-safety-act.yaml that the schema alone cannot hold: nothing announced
// is shown as in force, every fact has a source checked on a real date that is not in the future,
// and sources are the official pages, or say plainly that they are not.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/issues';
import { loadContent } from '../../src/content/load';
import { LawCoverage } from '../../src/content/schema/guide';
import { AnnouncedStatus, LawFile } from '../../src/content/schema/law';
import { lawLinesFor } from '../../src/content/views';

const root = new URL('../../', import.meta.url).pathname;
const { content, issues } = loadContent(root);
const { law } = content;
const today = new Date().toISOString().slice(0, 10);

/** Every source in a value, with where it is (sources are the objects with a url and a checked date). */
function sourcesIn(value: unknown, path = 'law'): { path: string; source: { url: string; checked: string; unverified?: string; hostCopyOf?: string } }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => sourcesIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.url === 'string' && typeof record.checked === 'string') {
    return [{ path, source: record as { url: string; checked: string; unverified?: string; hostCopyOf?: string } }];
  }
  return Object.entries(record).flatMap(([key, item]) => sourcesIn(item, `${path}.${key}`));
}

const sources = sourcesIn(law);
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const onDomain = (url: string, domain: string) => host(url) === domain || host(url).endsWith(`.${domain}`);

/** The law, the regulator, the government and the services themselves. Anything else must say it is not primary. */
const PRIMARY = ['ofcom.org.uk', 'gov.uk', 'reportharmfulcontent.com', 'swgfl.org.uk', 'ceopeducation.co.uk'];
/** Stored copies on Ofcom's content server, and third-party copies of official pages: never cited. */
const NEVER_CITED = ['ofco01mstr8c35fprod.dxcloud.episerver.net', 'episerver.net', 'kuztomin.com', 'medioq.com'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

describe('content/law/online-safety-act.yaml', () => {
  it('passes its schema', () => {
    expect(issues.filter((issue) => issue.file.startsWith('content/law')).map(formatIssue)).toEqual([]);
    expect(law.codes.length).toBeGreaterThan(0);
    expect(law.announced.items.length).toBeGreaterThan(0);
  });

  it('never shows an announced item as in force, and dates every one', () => {
    for (const item of law.announced.items) {
      expect(AnnouncedStatus.options, item.id).toContain(item.status);
      expect(item.status, item.id).not.toMatch(/^in[- ]force$/);
      expect(item.announced, item.id).toMatch(DATE);
      expect(item.announced <= today, `${item.id}: announced ${item.announced} is in the future`).toBe(true);
    }
  });

  it('has no announced item that is also listed as in force', () => {
    const inForce = new Set(law.codes.map((code) => code.name.toLowerCase()));
    for (const item of law.announced.items) expect(inForce.has(item.title.toLowerCase()), item.id).toBe(false);
  });

  it('dates everything in force, none of it in the future', () => {
    const dated = [
      { id: 'act', since: law.act.since },
      ...law.codes.flatMap((code) => [
        { id: `${code.id}.since`, since: code.since },
        { id: `${code.id}.published`, since: code.published },
      ]),
      ...law.demands.items.flatMap((demand) => (demand.since === undefined ? [] : [{ id: demand.id, since: demand.since }])),
    ];
    for (const { id, since } of dated) {
      expect(since, id).toMatch(DATE);
      expect(since <= today, `${id}: ${since} is in the future`).toBe(true);
    }
    for (const code of law.codes) expect(code.published <= code.since, code.id).toBe(true);
  });

  it('gives every fact a source with a checked date that is real and not in the future', () => {
    expect(sources.length).toBeGreaterThan(20);
    for (const { path, source } of sources) {
      expect(source.checked, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(source.checked)), path).toBe(false);
      expect(source.checked <= today, `${path}: checked ${source.checked} is in the future`).toBe(true);
    }
    const factLists = [law.act.facts, ...law.codes.map((code) => code.duties), ...law.announced.items.map((item) => item.facts)];
    for (const fact of factLists.flat()) expect(fact.source.url, fact.id).toMatch(/^https:\/\//);
    for (const list of [law.demands.items, law.steps.items, Object.values(law.lines)]) {
      for (const entry of list) expect(entry.sources.length).toBeGreaterThan(0);
    }
  });

  it('cites official pages, not copies, and marks any other source as unverified', () => {
    for (const { path, source } of sources) {
      for (const domain of NEVER_CITED) expect(onDomain(source.url, domain), `${path}: ${source.url}`).toBe(false);
      if (source.hostCopyOf !== undefined) expect(onDomain(source.url, 'ofcom.org.uk'), `${path}: a copy on Ofcom's host is cited at ofcom.org.uk`).toBe(true);
      if (!PRIMARY.some((domain) => onDomain(source.url, domain))) {
        expect(source.unverified, `${path}: ${host(source.url)} is not a primary source, so say so in "unverified"`).toBeTruthy();
      }
    }
  });

  it('lists each source once per fact', () => {
    for (const list of [law.demands.items, law.steps.items, Object.values(law.lines)]) {
      for (const entry of list) {
        const urls = entry.sources.map((source) => source.url);
        expect(new Set(urls).size, urls.join(', ')).toBe(urls.length);
      }
    }
  });

  it('uses each id once in a list', () => {
    const lists = [
      law.codes.map((code) => code.id),
      law.demands.items.map((demand) => demand.id),
      law.steps.items.map((step) => step.id),
      law.announced.items.map((item) => item.id),
    ];
    for (const ids of lists) expect(new Set(ids).size, ids.join(', ')).toBe(ids.length);
  });

  it('sends readers only to help routes that exist', () => {
    const routeIds = new Set(content.helpRoutes.map((route) => route.id));
    for (const step of law.steps.items) for (const id of step.routes) expect(routeIds.has(id), `${step.id}: ${id}`).toBe(true);
  });

  it('covers the four NSPCC demands and the steps a parent needs', () => {
    expect(law.demands.items).toHaveLength(4);
    const routes = law.steps.items.flatMap((step) => step.routes);
    for (const id of ['report-harmful-content', 'ceop', 'emergency-999', 'police-101']) expect(routes).toContain(id);
    expect(law.steps.items[0]?.id).toBe('report-in-app');
  });

  it('has a line for every kind of coverage a guide can have, and every guide gets one', () => {
    for (const coverage of LawCoverage.options) expect(lawLinesFor(coverage, law).length, coverage).toBeGreaterThan(0);
    expect(lawLinesFor('user-to-user-and-search', law)).toEqual([law.lines['user-to-user'], law.lines.search]);
    for (const guide of content.guides) expect(lawLinesFor(guide.law.coverage, law).length, guide.id).toBeGreaterThan(0);
  });

  it('rejects an announced item marked in force, or without its date', () => {
    const first = law.announced.items[0];
    if (!first) throw new Error('no announced items');
    const withItem = (item: unknown) => LawFile.safeParse({ ...law, announced: { ...law.announced, items: [item] } });
    expect(withItem(first).success).toBe(true);
    expect(withItem({ ...first, status: 'in-force' }).success).toBe(false);
    const { announced: _date, ...undated } = first;
    expect(withItem(undated).success).toBe(false);
    expect(withItem({ ...first, announced: 'June 2026' }).success).toBe(false);
  });
});
