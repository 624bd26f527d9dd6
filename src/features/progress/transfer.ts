// Moving ticks between devices: a parent saves a copy as a file and loads it on another phone.
// A file is checked the same way stored data is, and merged rather than written over, so a bad
// or old file can never lose what is already ticked.
import { activeProfile, readSaved, type SavedData } from './model';

export type ImportResult = { ok: true; data: SavedData; added: number } | { ok: false; reason: 'not-ours' | 'newer' | 'empty' };

/** The text of a saved copy. */
export function exportText(data: SavedData): string {
  return `${JSON.stringify({ ...data, exportedBy: 'safe-online' }, null, 2)}\n`;
}

/** Adds the imported file's ticks to the current data: nothing is removed, and earlier dates win. */
export function importText(current: SavedData, text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-ours' };
  }
  if (parsed === null || typeof parsed !== 'object') return { ok: false, reason: 'not-ours' };
  const { exportedBy: _exportedBy, ...rest } = parsed as Record<string, unknown>;
  const result = readSaved(JSON.stringify(rest));
  if (result.kind === 'newer') return { ok: false, reason: 'newer' };
  if (result.kind !== 'ok') return { ok: false, reason: 'not-ours' };
  const incoming = activeProfile(result.data).ticks;
  const mine = activeProfile(current);
  let added = 0;
  const ticks: Record<string, Record<string, string>> = { ...mine.ticks };
  for (const [guide, steps] of Object.entries(incoming)) {
    const merged = { ...ticks[guide] };
    for (const [step, date] of Object.entries(steps)) {
      const existing = merged[step];
      if (existing === undefined) added += 1;
      merged[step] = existing === undefined || date < existing ? date : existing;
    }
    ticks[guide] = merged;
  }
  if (added === 0 && Object.keys(incoming).length === 0) return { ok: false, reason: 'empty' };
  const profiles = current.profiles.map((profile) => (profile.id === mine.id ? { ...profile, ticks } : profile));
  return { ok: true, data: { ...current, profiles, area: current.area ?? result.data.area }, added };
}
