// Moving ticks between devices: a parent saves a copy as a file and loads it on another phone.
// A file is checked the same way stored data is, then every tick is checked against the guide's
// own content (a tick for a guide or step that does not exist would be counted yet never shown),
// and merged rather than written over, so a bad or old file can never lose what is ticked.
import { activeProfile, readSaved, type Profile, type SavedData } from './model';

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
  /** Children in the file who were not on this phone, by name, now added. */
  childrenAdded: string[];
  /** The file's area, when it was adopted (only when none is chosen here, and only a known area). */
  area: string | null;
  /** The file named an area that is not in the guide, so it was ignored. */
  unknownArea: boolean;
}

export type ImportResult = { ok: true; data: SavedData; report: ImportReport } | { ok: false; reason: 'not-ours' | 'newer' | 'empty' };

/** The text of a saved copy: every child on this phone, their plans and ticks. */
export function exportText(data: SavedData): string {
  return `${JSON.stringify({ ...data, exportedBy: 'safe-online' }, null, 2)}\n`;
}

type TickMap = Map<string, Map<string, string>>;

const toMap = (ticks: Profile['ticks']): TickMap => new Map(Object.entries(ticks).map(([guide, steps]) => [guide, new Map(Object.entries(steps))]));
const toObject = (ticks: TickMap): Profile['ticks'] => Object.fromEntries([...ticks].filter(([, steps]) => steps.size > 0).map(([guide, steps]) => [guide, Object.fromEntries(steps)]));

/** Which profile here a profile from the file belongs to: the same id, else the same name; an unnamed one goes to the active child. */
function counterpart(here: readonly Profile[], active: Profile, incoming: Profile): Profile | undefined {
  if (incoming.name === '') return active;
  const sameName = (p: Profile) => p.name.trim().toLocaleLowerCase() === incoming.name.trim().toLocaleLowerCase();
  return here.find((p) => p.id === incoming.id && (p.name === '' || sameName(p))) ?? here.find(sameName);
}

/**
 * Adds a saved copy to the current data. Nothing is removed: ticks are added (the earlier date
 * wins, so a re-check is never skipped), apps join each child's plan, and children not on this
 * phone are added. Every tick and app is checked against the guide's own content first.
 */
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

  const skipped: Record<SkipReason, number> = { 'unknown-guide': 0, 'unknown-step': 0, 'already-ticked': 0 };
  let added = 0;
  let found = 0;
  const childrenAdded: string[] = [];
  // Maps, not plain objects: a key such as "__proto__" in a file is only ever a string here.
  let profiles = current.profiles.map((profile) => ({ profile, ticks: toMap(profile.ticks) }));
  const mine = activeProfile(current);

  for (const incoming of result.data.profiles) {
    const match = counterpart(
      profiles.map((entry) => entry.profile),
      mine,
      incoming,
    );
    let entry = profiles.find((item) => item.profile === match);
    if (entry === undefined) {
      const taken = new Set(profiles.map((item) => item.profile.id));
      const id = taken.has(incoming.id) ? `${incoming.id}-${profiles.length}` : incoming.id;
      entry = { profile: { ...incoming, id, apps: [], ticks: {} }, ticks: new Map() };
      profiles = [...profiles, entry];
      childrenAdded.push(incoming.name);
    } else if (entry.profile.name === '' && incoming.name !== '') {
      // The file names the child these ticks were made for: take the name and age.
      entry.profile = { ...entry.profile, name: incoming.name, age: incoming.age };
    }
    const apps = incoming.apps.filter((app) => known.steps.has(app) && !entry.profile.apps.includes(app));
    if (apps.length > 0) entry.profile = { ...entry.profile, apps: [...entry.profile.apps, ...apps] };
    found += apps.length;
    for (const [guide, steps] of Object.entries(incoming.ticks)) {
      const stepIds = known.steps.get(guide);
      const entries = Object.entries(steps);
      found += entries.length;
      if (stepIds === undefined) {
        skipped['unknown-guide'] += entries.length;
        continue;
      }
      const merged = entry.ticks.get(guide) ?? new Map<string, string>();
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
      entry.ticks.set(guide, merged);
    }
  }

  const fileArea = result.data.area;
  const unknownArea = fileArea !== null && !known.areas.has(fileArea);
  const area = current.area === null && fileArea !== null && !unknownArea ? fileArea : null;
  if (found === 0 && childrenAdded.length === 0 && area === null) return { ok: false, reason: 'empty' };

  let merged: Profile[] = profiles.map(({ profile, ticks }) => ({ ...profile, ticks: toObject(ticks) }));
  // An unnamed profile with nothing in it is only a placeholder: once the file brings children, drop it.
  const placeholder = (p: Profile) => p.name === '' && p.apps.length === 0 && Object.keys(p.ticks).length === 0;
  if (merged.some((p) => p.name !== '')) merged = merged.filter((p) => !placeholder(p));
  const activeId = merged.some((p) => p.id === current.activeProfile) ? current.activeProfile : merged[0]!.id;
  return {
    ok: true,
    data: { ...current, profiles: merged, activeProfile: activeId, area: current.area ?? area },
    report: { added, skipped, childrenAdded, area, unknownArea },
  };
}
