// Shared by the editorial tools' tests: the frozen fixture tree (tests/fixtures/editorial), loaded
// as it is or copied into a throwaway project that a test may change.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, type LoadResult } from '../../src/content/load';

export const FIXTURE_ROOT = new URL('../fixtures/editorial/', import.meta.url).pathname;
/** The day the tests judge by. */
export const TODAY = '2026-12-02';

export function loadFixture(root = FIXTURE_ROOT, today = TODAY): LoadResult {
  return loadContent(root, { today });
}

/** A copy of the fixture tree in a temporary folder. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'editorial-'));
  cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Rewrites one file of a copied tree. */
export function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(path, after);
}
