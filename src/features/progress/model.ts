// What the guide keeps on the device, and how a stored copy is read back. Pure: no storage
// access here, so every case (empty, corrupt, older, newer) is unit-tested on its own.

/** The version written now. Raise it with a migration below when the shape changes. */
export const CURRENT_VERSION = 1;

export interface Profile {
  /** A stable id; "default" for the first child. */
  id: string;
  /** The name the parent gave, or "" when they gave none. */
  name: string;
  /** guide id -> step id -> the date the step was ticked (YYYY-MM-DD). */
  ticks: Record<string, Record<string, string>>;
}

export interface SavedData {
  version: typeof CURRENT_VERSION;
  profiles: Profile[];
  activeProfile: string;
  /** The area the reader chose (content/areas id), or null. */
  area: string | null;
}

export type ReadResult =
  | { kind: 'empty'; data: SavedData }
  | { kind: 'ok'; data: SavedData }
  | { kind: 'corrupt'; data: SavedData; reason: string }
  | { kind: 'newer'; data: SavedData; version: number };

export function emptyData(): SavedData {
  return { version: CURRENT_VERSION, profiles: [{ id: 'default', name: '', ticks: {} }], activeProfile: 'default', area: null };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Returns why a value is not valid SavedData, or null when it is. */
function problemWith(value: Record<string, unknown>): string | null {
  if (!Array.isArray(value.profiles) || value.profiles.length === 0) return 'no profiles';
  for (const profile of value.profiles) {
    if (!isRecord(profile) || typeof profile.id !== 'string' || typeof profile.name !== 'string') return 'a profile has no id or name';
    if (!isRecord(profile.ticks)) return `profile ${profile.id} has no ticks`;
    for (const steps of Object.values(profile.ticks)) {
      if (!isRecord(steps)) return `profile ${profile.id} has unreadable ticks`;
      for (const date of Object.values(steps)) if (typeof date !== 'string' || !DATE.test(date)) return `profile ${profile.id} has a tick without a date`;
    }
  }
  if (typeof value.activeProfile !== 'string' || !value.profiles.some((p) => isRecord(p) && p.id === value.activeProfile)) {
    return 'the active profile does not exist';
  }
  if (value.area !== null && typeof value.area !== 'string') return 'the area is not text';
  return null;
}

/**
 * Older versions are upgraded step by step here: MIGRATIONS[n] turns version n into n + 1.
 * Version 1 is the first, so there is nothing to upgrade yet.
 */
const MIGRATIONS: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = {};

/** Reads the stored text. Never throws: anything unreadable comes back as "corrupt" with a reason. */
export function readSaved(raw: string | null): ReadResult {
  if (raw === null) return { kind: 'empty', data: emptyData() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', data: emptyData(), reason: 'not valid JSON' };
  }
  if (!isRecord(value) || typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
    return { kind: 'corrupt', data: emptyData(), reason: 'no version number' };
  }
  if (value.version > CURRENT_VERSION) return { kind: 'newer', data: emptyData(), version: value.version };
  let current = value;
  for (let version = value.version; version < CURRENT_VERSION; version += 1) {
    const migrate = MIGRATIONS[version];
    if (migrate === undefined) return { kind: 'corrupt', data: emptyData(), reason: `no way to upgrade version ${version}` };
    current = migrate(current);
  }
  const problem = problemWith(current);
  if (problem !== null) return { kind: 'corrupt', data: emptyData(), reason: problem };
  return { kind: 'ok', data: current as unknown as SavedData };
}

export function activeProfile(data: SavedData): Profile {
  return data.profiles.find((p) => p.id === data.activeProfile) ?? data.profiles[0] ?? emptyData().profiles[0]!;
}

/** A copy of the data with one step ticked (with today's date) or unticked for the active profile. */
export function setTick(data: SavedData, guideId: string, stepId: string, ticked: boolean, today: string): SavedData {
  const profiles = data.profiles.map((profile) => {
    if (profile.id !== activeProfile(data).id) return profile;
    const steps = { ...profile.ticks[guideId] };
    if (ticked) steps[stepId] = today;
    else delete steps[stepId];
    const ticks = { ...profile.ticks, [guideId]: steps };
    if (Object.keys(steps).length === 0) delete ticks[guideId];
    return { ...profile, ticks };
  });
  return { ...data, profiles };
}

export function setArea(data: SavedData, area: string | null): SavedData {
  return { ...data, area };
}
