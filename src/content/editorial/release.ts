// The last release's content and the change-log rule. `npm run content:release` writes
// content/release.json: every guide step's fingerprint (a hash of its title, why and paths) and
// the release date. A step whose fingerprint differs from that snapshot, or which is new or gone,
// needs a line in the guide's `changes`, dated on or after the release, that names it in `steps`.
// A family plan reads the same lines to say what changed in the steps a parent has ticked.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IsoDate, type Change } from '../schema/common';
import type { Guide, Step } from '../schema/guide';
import { formatPath, type ContentIssue } from '../issues';
import type { Located } from '../rules';

/** Where the snapshot lives, relative to the project root. */
export const RELEASE_FILE = 'content/release.json';

/** The shape of content/release.json. Written by `npm run content:release`; never edited by hand. */
export const Release = z.strictObject({
  /** A note for anyone who opens the file. */
  $comment: z.string().optional(),
  /** The day of the release (YYYY-MM-DD). Change-log lines for later edits are dated on or after it. */
  released: IsoDate,
  /** For each guide id, each step id's fingerprint. */
  guides: z.record(z.string(), z.record(z.string(), z.string())),
});
export type Release = z.infer<typeof Release>;

/** The same value with object keys in a fixed order and undefined fields left out. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

/** A short hash of what a parent reads and follows in a step: its title, why and paths. */
export function stepFingerprint(step: Pick<Step, 'title' | 'why' | 'paths'>): string {
  const text = JSON.stringify(canonical({ title: step.title, why: step.why, paths: step.paths }));
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The snapshot of these guides on `released`, guides and steps in a fixed order. */
export function makeRelease(guides: readonly Guide[], released: string): Release {
  const sorted = [...guides].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    $comment: 'Written by `npm run content:release`; do not edit. Each step fingerprint is a hash of its title, why and paths.',
    released,
    guides: Object.fromEntries(sorted.map((guide) => [guide.id, Object.fromEntries(guide.checklist.map((step) => [step.id, stepFingerprint(step)]))])),
  };
}

export type StepChange = 'changed' | 'added' | 'removed';

/** How each step of a guide differs from the snapshot: changed, added or removed (unchanged steps are left out). */
export function stepDiff(guide: Pick<Guide, 'checklist'>, before: Readonly<Record<string, string>>): { id: string; change: StepChange; index?: number }[] {
  const out: { id: string; change: StepChange; index?: number }[] = [];
  const now = new Set<string>();
  guide.checklist.forEach((step, index) => {
    now.add(step.id);
    const old = before[step.id];
    if (old === undefined) out.push({ id: step.id, change: 'added', index });
    else if (old !== stepFingerprint(step)) out.push({ id: step.id, change: 'changed', index });
  });
  for (const id of Object.keys(before)) if (!now.has(id)) out.push({ id, change: 'removed' });
  return out;
}

/** Change-log lines dated on or after `since`, newest first: what a family plan shows as "what changed". */
export function changesSince(changes: readonly Change[], since: string): Change[] {
  return changes.filter((change) => change.date >= since).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The lines about one step dated on or after `since`, newest first. */
export function stepChangesSince(changes: readonly Change[], stepId: string, since: string): Change[] {
  return changesSince(changes, since).filter((change) => change.steps?.includes(stepId) === true);
}

const WORDING: Record<StepChange, string> = { changed: 'changed', added: 'was added', removed: 'was removed' };

/** The change-log rule for one guide, against the last release's snapshot. */
export function checkChangeLog(item: Located<Guide>, release: Release): ContentIssue[] {
  const guide = item.value;
  const issueAt = (path: PropertyKey[], message: string): ContentIssue => ({ file: item.file, path: formatPath(path), line: item.lineOf(path), message });
  const recent = guide.changes.map((change, index) => ({ change, index })).filter(({ change }) => change.date >= release.released);
  const before = release.guides[guide.id];
  if (before === undefined) {
    // A new guide: every step is new, so one dated line ("First published") is enough.
    return recent.length > 0 ? [] : [issueAt(['changes'], `the guide is new since the last release (${release.released}): add a change-log line dated on or after it, e.g. "First published."`)];
  }
  const issues: ContentIssue[] = [];
  const named = new Set(recent.flatMap(({ change }) => change.steps ?? []));
  for (const { id, change, index } of stepDiff(guide, before)) {
    if (named.has(id)) continue;
    const path = index === undefined ? ['checklist'] : ['checklist', index];
    issues.push(issueAt(path, `"${id}" ${WORDING[change]} since the last release (${release.released}) but no change-log line names it`));
  }
  const known = new Set([...guide.checklist.map((step) => step.id), ...Object.keys(before)]);
  for (const { change, index } of recent) {
    change.steps?.forEach((id, s) => {
      if (!known.has(id)) issues.push(issueAt(['changes', index, 'steps', s], `"${id}" is not a step in this guide`));
    });
  }
  return issues;
}

/** The change-log rule for every guide. */
export function checkChangeLogs(guides: readonly Located<Guide>[], release: Release): ContentIssue[] {
  return guides.flatMap((guide) => checkChangeLog(guide, release));
}

/** Reads and validates content/release.json; a broken snapshot is reported like any content problem. */
export function readRelease(absolutePath: string): { release?: Release; issues: ContentIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(absolutePath, 'utf8'));
  } catch (error) {
    return { issues: [{ file: RELEASE_FILE, path: '', message: `cannot be read (${(error as Error).message}): run npm run content:release to write it again` }] };
  }
  const parsed = Release.safeParse(json);
  if (parsed.success) return { release: parsed.data, issues: [] };
  return { issues: parsed.error.issues.map((issue) => ({ file: RELEASE_FILE, path: formatPath(issue.path), message: `${issue.message}: run npm run content:release to write it again` })) };
}
