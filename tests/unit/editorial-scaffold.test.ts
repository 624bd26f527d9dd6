import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { makeRelease, RELEASE_FILE } from '../../src/content/editorial/release';
import { newIdProblem, placeholdersIn, scaffoldGuide, TEMPLATE_FILE } from '../../src/content/editorial/scaffold';
import { formatIssue } from '../../src/content/issues';
import { copyFixture, edit, loadFixture, TODAY } from './editorial-fixture';

const template = readFileSync(new URL(`../../${TEMPLATE_FILE}`, import.meta.url), 'utf8');

/** A copy of the fixture with `new-app` scaffolded from the real template. */
function scaffolded(): string {
  const root = copyFixture();
  writeFileSync(join(root, 'content/apps/_template.yaml'), template);
  writeFileSync(join(root, 'content/apps/new-app.yaml'), scaffoldGuide(template, 'new-app', TODAY));
  return root;
}

let steps = 0;

/** What an editor would write in place of each placeholder, by the field it is in. */
function fill(value: unknown, key = '', parent = ''): unknown {
  if (typeof value === 'string' && /^TODO\b/.test(value)) {
    const byField: Record<string, unknown> = {
      url: 'https://help.new-app.example.com/page',
      help: 'https://help.new-app.example.com/',
      safety: 'https://new-app.example.com/safety',
      checked: '2026-11-30',
      reviewed: '2026-11-30',
      category: 'gaming',
      feature: 'inAppSpending',
      level: 'high',
      status: 'verified',
      system: 'pegi',
      coverage: 'user-to-user',
      minimum: 13,
    };
    if (key === 'id') return `step-${(steps += 1)}`;
    const byList: Record<string, unknown> = { sourceDomains: 'new-app.example.com', platforms: 'any', escalateTo: 'ceop' };
    return byList[parent] ?? byField[key] ?? 'Filled in by the test.';
  }
  if (Array.isArray(value)) return value.map((item) => fill(item, '', key));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, fill(item, k, key)]));
  return value;
}

describe('content:new', () => {
  it('refuses an id that is taken, not kebab-case or missing', () => {
    expect(newIdProblem('alpha-chat', ['alpha-chat', 'beta-games'])).toMatch(/already a guide called "alpha-chat"/);
    expect(newIdProblem('New_App', [])).toMatch(/"New_App" is not kebab-case/);
    expect(newIdProblem('new--app', [])).toMatch(/not kebab-case/);
    expect(newIdProblem(undefined, [])).toMatch(/give the new guide an id/);
    expect(newIdProblem('new-app', ['alpha-chat'])).toBeUndefined();
  });

  it('fills in the id and today’s date, and nothing else', () => {
    const guide = parse(scaffoldGuide(template, 'new-app', TODAY)) as { id: string; changes: { date: string }[] };
    expect(guide.id).toBe('new-app');
    expect(guide.changes[0]?.date).toBe(TODAY);
    expect([...placeholdersIn(guide)].length).toBeGreaterThan(20);
  });

  it('never loads the template itself', () => {
    const root = copyFixture();
    writeFileSync(join(root, 'content/apps/_template.yaml'), template);
    const { content, issues } = loadFixture(root);
    expect(issues).toEqual([]);
    expect(content.guides.map((guide) => guide.id)).toEqual(['alpha-chat', 'beta-games']);
  });

  it('fails the check until it is filled, naming each placeholder’s line and field', () => {
    const { content, issues } = loadFixture(scaffolded());
    expect(content.guides.map((guide) => guide.id)).not.toContain('new-app');
    const lines = issues.map(formatIssue);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(line).toMatch(/^content\/apps\/new-app\.yaml:\d+ [\w.[\]]+: is an unfilled placeholder \("TODO: .+"\): replace it with the real value$/);
    const fields = issues.map((issue) => issue.path);
    for (const field of ['name', 'category', 'sourceDomains[0]', 'officialLinks.help', 'ages.minimum', 'checklist[0].id', 'checklist[0].title', 'checklist[0].source.url', 'checklist[0].source.checked', 'checklist[3].status', 'reviewed']) {
      expect(fields).toContain(field);
    }
    expect(lines).toContain('content/apps/new-app.yaml:' + String(template.split('\n').findIndex((l) => l.startsWith('name: ')) + 1) + ` name: is an unfilled placeholder ("TODO: the app's name as its makers write it"): replace it with the real value`);
  });

  it('has every required part: filled in, it passes', () => {
    const root = scaffolded();
    // With a release snapshot too: the template's "First published" line covers the new guide.
    writeFileSync(join(root, RELEASE_FILE), JSON.stringify(makeRelease(loadFixture(copyFixture()).content.guides, '2026-11-25')));
    const filled = fill(parse(readFileSync(join(root, 'content/apps/new-app.yaml'), 'utf8')));
    writeFileSync(join(root, 'content/apps/new-app.yaml'), stringify(filled));
    const { content, issues } = loadFixture(root);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(content.guides.find((guide) => guide.id === 'new-app')?.checklist).toHaveLength(4);
  });

  it('reports a placeholder left in any text field of a finished guide', () => {
    const root = copyFixture();
    edit(root, 'content/apps/beta-games.yaml', (text) => text.replace('why: Your child cannot spend money without you.', 'why: "TODO: say why"'));
    expect(loadFixture(root).issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^content\/apps\/beta-games\.yaml:\d+ checklist\[0\]\.why: is an unfilled placeholder \("TODO: say why"\)/),
    ]);
  });

  it('still reports real mistakes next to placeholders', () => {
    const root = scaffolded();
    edit(root, 'content/apps/new-app.yaml', (text) => text.replace('aliases: []', 'aliases: []\nmakr: typo'));
    expect(loadFixture(root).issues.map(formatIssue).join('\n')).toMatch(/Unrecognized key.*makr/);
  });
});
