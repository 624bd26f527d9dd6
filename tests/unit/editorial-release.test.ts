import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesSince, makeRelease, RELEASE_FILE, stepChangesSince, stepFingerprint } from '../../src/content/editorial/release';
import { formatIssue } from '../../src/content/issues';
import type { Change } from '../../src/content/schema/common';
import { copyFixture, edit, loadFixture } from './editorial-fixture';

const RELEASED = '2026-11-25';
const GUIDE = 'content/apps/alpha-chat.yaml';

/** A copy of the fixture with a release snapshot of its content as it is now. */
function released(): string {
  const root = copyFixture();
  writeFileSync(join(root, RELEASE_FILE), JSON.stringify(makeRelease(loadFixture(root).content.guides, RELEASED)));
  return root;
}

const problems = (root: string) => loadFixture(root).issues.map(formatIssue);

/** Adds a change-log line at the top of alpha-chat's changes. */
function logChange(root: string, line: string) {
  edit(root, GUIDE, (text) => text.replace('changes:\n', `changes:\n${line}`));
}

describe('step fingerprints', () => {
  const step = { title: 'Turn on Ghost Mode', why: 'Hides your map.', paths: [{ platforms: ['ios' as const], menu: ['Settings', 'Map'], choose: 'Ghost Mode' }] };

  it('change with the title, the why and the paths', () => {
    const base = stepFingerprint(step);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(stepFingerprint({ ...step, title: 'Turn on Ghost mode' })).not.toBe(base);
    expect(stepFingerprint({ ...step, why: 'Hides your map from friends.' })).not.toBe(base);
    expect(stepFingerprint({ ...step, paths: [{ ...step.paths[0]!, menu: ['Settings', 'Privacy', 'Map'] }] })).not.toBe(base);
  });

  it('do not depend on the order fields are written in', () => {
    expect(stepFingerprint({ paths: [{ choose: 'Ghost Mode', menu: ['Settings', 'Map'], platforms: ['ios'] }], why: step.why, title: step.title })).toBe(stepFingerprint(step));
  });

  it('make a snapshot of every guide step with the release date', () => {
    const release = makeRelease(loadFixture().content.guides, RELEASED);
    expect(release.released).toBe(RELEASED);
    expect(Object.keys(release.guides)).toEqual(['alpha-chat', 'beta-games']);
    expect(Object.keys(release.guides['alpha-chat'] ?? {})).toEqual(['make-account-private', 'turn-off-comments', 'hide-location', 'set-screen-time']);
  });
});

describe('the change-log rule', () => {
  it('passes content unchanged since the release', () => {
    expect(problems(released())).toEqual([]);
  });

  it('fails a step whose words changed without a change-log line, at the step’s line', () => {
    const root = released();
    edit(root, GUIDE, (text) => text.replace('title: Turn off comments', 'title: Turn off comments on every video'));
    const line = readFileSync(join(root, GUIDE), 'utf8').split('\n').indexOf('  - id: turn-off-comments') + 1;
    expect(problems(root)).toEqual([`${GUIDE}:${line} checklist[1]: "turn-off-comments" changed since the last release (2026-11-25) but no change-log line names it`]);
  });

  it('fails a step whose path changed', () => {
    const root = released();
    edit(root, GUIDE, (text) => text.replace('menu: [Settings, Comments]', 'menu: [Settings, Privacy, Comments]'));
    expect(problems(root)).toEqual([expect.stringMatching(/checklist\[1\]: "turn-off-comments" changed since the last release/)]);
  });

  it('passes once a line dated on or after the release names the step', () => {
    const root = released();
    edit(root, GUIDE, (text) => text.replace('title: Turn off comments', 'title: Turn off comments on every video'));
    logChange(root, '  - date: 2026-11-25\n    summary: The comments step now covers every video.\n    steps: [turn-off-comments]\n');
    expect(problems(root)).toEqual([]);
  });

  it('does not count a line dated before the release, or one naming another step', () => {
    const root = released();
    edit(root, GUIDE, (text) => text.replace('title: Turn off comments', 'title: Turn off comments on every video'));
    logChange(root, '  - date: 2026-11-24\n    summary: Too early.\n    steps: [turn-off-comments]\n');
    logChange(root, '  - date: 2026-11-30\n    summary: About another step.\n    steps: [make-account-private]\n');
    expect(problems(root)).toEqual([expect.stringMatching(/"turn-off-comments" changed since the last release/)]);
  });

  it('ignores changes that are not to the words or the path, such as a new checked date', () => {
    const root = released();
    edit(root, GUIDE, (text) => text.replace('checked: 2026-11-01', 'checked: 2026-12-01'));
    expect(problems(root)).toEqual([]);
  });

  it('asks for a line for a new step and for a removed one', () => {
    const root = released();
    edit(root, GUIDE, (text) =>
      text
        .replace('  - id: set-screen-time', '  - id: set-a-daily-limit')
        .replace('title: Set a daily time limit', 'title: Set a daily limit'),
    );
    expect(problems(root)).toEqual([
      expect.stringMatching(/:\d+ checklist\[3\]: "set-a-daily-limit" was added since the last release \(2026-11-25\) but no change-log line names it$/),
      expect.stringMatching(/:\d+ checklist: "set-screen-time" was removed since the last release \(2026-11-25\) but no change-log line names it$/),
    ]);
    logChange(root, '  - date: 2026-12-01\n    summary: The time limit step has a new name.\n    steps: [set-a-daily-limit, set-screen-time]\n');
    expect(problems(root)).toEqual([]);
  });

  it('fails a recent line that names a step the guide never had', () => {
    const root = released();
    logChange(root, '  - date: 2026-12-01\n    summary: A typo in the step id.\n    steps: [turn-off-coments]\n');
    expect(problems(root)).toEqual([expect.stringMatching(/changes\[0\]\.steps\[0\]: "turn-off-coments" is not a step in this guide$/)]);
  });

  it('asks a new guide for one dated line, not one per step', () => {
    const root = copyFixture();
    const guides = loadFixture(root).content.guides.filter((guide) => guide.id !== 'alpha-chat');
    writeFileSync(join(root, RELEASE_FILE), JSON.stringify(makeRelease(guides, RELEASED)));
    expect(problems(root)).toEqual([expect.stringMatching(/alpha-chat\.yaml:\d+ changes: the guide is new since the last release \(2026-11-25\)/)]);
    logChange(root, '  - date: 2026-11-28\n    summary: First published.\n');
    expect(problems(root)).toEqual([]);
  });

  it('is off when there is no content/release.json', () => {
    const root = copyFixture();
    edit(root, GUIDE, (text) => text.replace('title: Turn off comments', 'title: Turn off all comments'));
    expect(problems(root)).toEqual([]);
  });

  it('reports a broken content/release.json', () => {
    const root = copyFixture();
    writeFileSync(join(root, RELEASE_FILE), '{ "released": "soon" }');
    expect(problems(root).join('\n')).toMatch(/^content\/release\.json released: must be a date written YYYY-MM-DD: run npm run content:release/m);
  });
});

describe('what changed, for the family plan', () => {
  const changes: Change[] = [
    { date: '2026-11-01', summary: 'Old.', steps: ['a'] },
    { date: '2026-12-01', summary: 'New path.', steps: ['a', 'b'] },
    { date: '2026-11-20', summary: 'Whole guide.' },
  ];

  it('gives the lines since a date, newest first', () => {
    expect(changesSince(changes, '2026-11-15').map((c) => c.summary)).toEqual(['New path.', 'Whole guide.']);
  });

  it('gives the lines about one step', () => {
    expect(stepChangesSince(changes, 'a', '2026-10-01').map((c) => c.summary)).toEqual(['New path.', 'Old.']);
    expect(stepChangesSince(changes, 'b', '2026-12-02')).toEqual([]);
  });
});
