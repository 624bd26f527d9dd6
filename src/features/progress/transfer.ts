// Moving ticks between devices: a parent saves a copy as a file and loads it on another phone.
// A file is checked the same way stored data is, then every tick is checked against the guide's
// own content (a tick for a guide or step that does not exist would be counted yet never shown),
// and merged rather than written over, so a bad or old file can never lose what is ticked.
import { activeProfile, readSaved, type SavedData } from './model';

/** The guides and steps that exist, and the areas, to check a file against. */
export interface KnownContent {
  /** guide id -> its step ids */
  steps: ReadonlyMap<string, ReadonlySet<string>>;
  areas: ReadonlySet<string>;
}

/** Why a tick in a file was not added. */
export type SkipReason = 'unknown-guide' | 'unknown-step' | 'already-ticked';

export interface ImportReport {
  added: number;
  skipped: Record<SkipReason, number>;
  /** The file's area, when it was adopted (only when none is chosen here, and only a known area). */
  area: string | null;
  /** The file named an area that is not in the guide, so it was ignored. */
  unknownArea: boolean;
}

export type ImportResult = { ok: true; data: SavedData; report: ImportReport } | { ok: false; reason: 'not-ours' | 'newer' | 'empty' };

/** The text of a saved copy. */
export function exportText(data: SavedData): string {
  return `${JSON.stringify({ ...data, exportedBy: 'safe-online' }, null, 2)}\n`;
}

/** Adds the imported file's ticks to the current data: nothing is removed, and earlier dates win. */
export function importText(current: SavedData, text: string, known: KnownContent): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-ours' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'not-ours' };
  const { exportedBy: _exportedBy, ...rest } = parsed as Record<string, unknown>;
  const result = readSaved(JSON.stringify(rest));
  if (result.kind === 'newer') return { ok: false, reason: 'newer' };
  if (result.kind !== 'ok') return { ok: false, reason: 'not-ours' };

  const incoming = Object.entries(activeProfile(result.data).ticks);
  const mine = activeProfile(current);
  // Maps, not plain objects: a key such as "__proto__" in a file is only ever a string here.
  const ticks = new Map(Object.entries(mine.ticks).map(([guide, steps]) => [guide, new Map(Object.entries(steps))]));
  const skipped: Record<SkipReason, number> = { 'unknown-guide': 0, 'unknown-step': 0, 'already-ticked': 0 };
  let added = 0;
  for (const [guide, steps] of incoming) {
    const stepIds = known.steps.get(guide);
    const entries = Object.entries(steps);
    if (stepIds === undefined) {
      skipped['unknown-guide'] += entries.length;
      continue;
    }
    const merged = ticks.get(guide) ?? new Map<string, string>();
    for (const [step, date] of entries) {
      if (!stepIds.has(step)) {
        skipped['unknown-step'] += 1;
        continue;
      }
      const existing = merged.get(step);
      if (existing === undefined) added += 1;
      else skipped['already-ticked'] += 1;
      merged.set(step, existing === undefined || date < existing ? date : existing);
    }
    if (merged.size > 0) ticks.set(guide, merged);
  }
  const fileArea = result.data.area;
  const unknownArea = fileArea !== null && !known.areas.has(fileArea);
  const area = current.area === null && fileArea !== null && !unknownArea ? fileArea : null;
  if (incoming.length === 0 && area === null) return { ok: false, reason: 'empty' };

  const asObject = Object.fromEntries([...ticks].map(([guide, steps]) => [guide, Object.fromEntries(steps)]));
  const profiles = current.profiles.map((profile) => (profile.id === mine.id ? { ...profile, ticks: asObject } : profile));
  return { ok: true, data: { ...current, profiles, area: current.area ?? area }, report: { added, skipped, area, unknownArea } };
}
