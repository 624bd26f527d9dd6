// Invalid content fails with the file, the line and the field path, worded for an editor.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/issues';
import { loadContent } from '../../src/content/load';

const realRoot = new URL('../../', import.meta.url).pathname;
const helpFiles = Object.fromEntries(
  ['routes', 'first-hour', 'which-route', 'signs'].map((name) => [`content/help/${name}.yaml`, readFileSync(join(realRoot, `content/help/${name}.yaml`), 'utf8')]),
);
// A frozen copy of a real guide, so editorial changes to the live guides never break these tests.
const guide = readFileSync(join(realRoot, 'tests/content/fixtures/whatsapp.yaml'), 'utf8');

/** A throwaway project with the real help files and any files given. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'guide-content-'));
  const all = { ...helpFiles, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function problems(files: Record<string, string>, today = '2026-12-02'): string[] {
  // Routes name area ids; give them areas so only the rule under test fails.
  return loadContent(project(files), { today })
    .issues.map(formatIssue)
    .filter((line) => !line.includes('is not "national" or an area'));
}

describe('content validation', () => {
  it('accepts a valid guide', () => {
    expect(problems({ 'content/apps/whatsapp.yaml': guide })).toEqual([]);
  });

  it('names the file, line and field of a wrong type', () => {
    const broken = guide.replace(/^category: messaging$/m, 'category: chat');
    const lines = problems({ 'content/apps/whatsapp.yaml': broken });
    const line = guide.split('\n').findIndex((l) => l === 'category: messaging') + 1;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^content/apps/whatsapp\\.yaml:${line} category: `));
  });

  it('reports a missing field at its path', () => {
    const broken = guide.replace(/^maker: .*\n/m, '');
    expect(problems({ 'content/apps/whatsapp.yaml': broken }).join('\n')).toMatch(/content\/apps\/whatsapp\.yaml:\d+ maker: /);
  });

  it('rejects unknown fields, so typos do not slip through', () => {
    const broken = guide.replace(/^maker: /m, 'makr: x\nmaker: ');
    expect(problems({ 'content/apps/whatsapp.yaml': broken }).join('\n')).toMatch(/Unrecognized key.*makr/);
  });

  it('rejects an http source', () => {
    const broken = guide.replace('url: https://faq.whatsapp.com', 'url: http://faq.whatsapp.com');
    expect(problems({ 'content/apps/whatsapp.yaml': broken }).join('\n')).toMatch(/Source\.url: must be a full https:\/\/ web address/i);
  });

  it('rejects a source that is not on the platform’s own domains', () => {
    const broken = guide.replace('url: https://faq.whatsapp.com', 'url: https://example-blog.com');
    expect(problems({ 'content/apps/whatsapp.yaml': broken }).join('\n')).toMatch(/example-blog\.com is not in this guide's sourceDomains/);
  });

  it('rejects a checked date in the future', () => {
    expect(problems({ 'content/apps/whatsapp.yaml': guide }, '2026-01-01').join('\n')).toMatch(/checked: 2026-12-02 is in the future/);
  });

  it('rejects a repeated step id', () => {
    const ids = [...guide.matchAll(/^ {2}- id: (.+)$/gm)].map((m) => m[1]!);
    const broken = guide.replace(`  - id: ${ids[1]}\n`, `  - id: ${ids[0]}\n`);
    expect(problems({ 'content/apps/whatsapp.yaml': broken }).join('\n')).toMatch(/is used by more than one step/);
  });

  it('rejects an unverified step with no note', () => {
    const broken = guide.replace(/\n {4}unverifiedNote: >-?\n(?: {6}.*\n)+/, '\n').replace(/\n {4}unverifiedNote: [^>\n].*\n/, '\n');
    expect(problems({ 'content/apps/whatsapp.yaml': broken }).join('\n')).toMatch(/unverifiedNote: an unverified step needs/);
  });

  it('rejects an id that does not match the file name', () => {
    expect(problems({ 'content/apps/whats-app.yaml': guide }).join('\n')).toMatch(/content\/apps\/whats-app\.yaml:\d+ id: must be "whats-app"/);
  });

  it('rejects a help route that does not exist', () => {
    const broken = guide.replace(/^escalateTo: \[/m, 'escalateTo: [no-such-route, ');
    expect(problems({ 'content/apps/whatsapp.yaml': broken }).join('\n')).toMatch(/"no-such-route" is not a help route/);
  });

  it('reports YAML syntax errors with a line', () => {
    expect(problems({ 'content/apps/bad.yaml': 'id: bad\nname: [unclosed\n' }).join('\n')).toMatch(/^content\/apps\/bad\.yaml:\d+: is not valid YAML/);
  });

  it('rejects a percentage with no base and a typed-in sum', () => {
    const dataset = `id: d
title: T
offence: O
period: {from: 2017-04-03, label: L}
sources: [{id: s, publisher: P, title: T, published: 2018-04, basis: B}]
figures:
  - {id: total, geography: staffordshire, label: l, count: 28, source: s}
  - {id: pct, geography: staffordshire, label: l, percent: 52, source: s}
  - {id: sum, geography: staffordshire, label: l, count: 18, sumOf: [total, total], source: s}
`;
    const lines = problems({ 'content/stats/d.yaml': dataset }).join('\n');
    expect(lines).toMatch(/figures\[1\]\.of: a percentage needs "of" \(the figure it is a share of\) or a "baseLabel"/);
    expect(lines).toMatch(/figures\[2\]\.sumOf: a figure with "sumOf" must not also give a "count"/);
  });

  describe('rules a parent can trust', () => {
    const check = (text: string) => problems({ 'content/apps/whatsapp.yaml': text }).join('\n');

    it('refuses a step marked verified whose source is unverified', () => {
      const broken = guide.replace(/(status: verified\n\s+source:\n\s+url: .*\n\s+title: .*\n(\s+)checked: .*)/, '$1\n$2unverified: only an old copy could be read');
      expect(check(broken)).toMatch(/checklist\[\d+\]\.status: a step marked verified must rest on a confirmed source/);
    });

    it('refuses an app strangers can reach with no way to block, unless it says there is none', () => {
      const noPaths = guide.replace(/^block:\n([\s\S]*?)\n  paths:\n(    [\s\S]*?)\n  source:/m, 'block:\n$1\n  source:');
      expect(check(noPaths)).toMatch(/block\.paths: strangers can make contact on this app/);
      const saysNone = noPaths.replace(/^block:\n/m, 'block:\n  none: WhatsApp has no way to block someone before they message.\n');
      expect(check(saysNone)).not.toMatch(/block\.paths/);
    });

    it('refuses a guide that does not say how old you must be', () => {
      const noAge = guide.replace(/^  minimum: 13\n/m, '');
      expect(check(noAge)).toMatch(/ages: say how old you must be/);
      const adult = noAge.replace(/^ages:\n/m, 'ages:\n  adultAccount: An adult holds the account.\n');
      expect(check(adult)).toMatch(/ages: when an adult holds the account, say which age ratings/);
      expect(check(adult.replace(/^ages:\n/m, 'ages:\n  contentRatings: Every title shows a UK age rating.\n'))).not.toMatch(/^.*ages: /m);
    });

    it('refuses a teen default stated outside teenDefaults, where it would carry no date', () => {
      const broken = guide.replace(/^summary: >-\n/m, 'summary: >-\n  Teen accounts are private by default.\n  ');
      expect(check(broken)).toMatch(/summary: "Teen accounts are private by default\." states a teen default/);
    });

    it('refuses a messaging app that says the Online Safety Act does not reach it', () => {
      expect(check(guide.replace(/^  coverage: user-to-user$/m, '  coverage: not-covered'))).toMatch(/law\.coverage: a messaging app lets people reach each other/);
    });

    it('refuses a teen default with no announcement date', () => {
      const broken = guide.replace(/^law:/m, 'teenDefaults:\n  - fact: Under-16s cannot get messages from strangers.\n    source: {url: "https://faq.whatsapp.com/1", title: x, checked: 2026-12-01}\nlaw:');
      expect(check(broken)).toMatch(/teenDefaults\[0\]\.announced/);
    });
  });
});
