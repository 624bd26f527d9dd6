// What the guide keeps on the device, and how a stored copy is read back. Pure: no storage
// access here, so every case (empty, corrupt, older, newer) is unit-tested on its own.

/** The version written now. Raise it with a migration below when the shape changes. */
export const CURRENT_VERSION = 2;

/** A child's age as the parent gave it, and when: the age moves on a year each year from then. */
export interface GivenAge {
  /** Whole years, 4 meaning "4 or under". */
  years: number;
  /** The day it was given (YYYY-MM-DD). */
  on: string;
}

export interface Profile {
  /** A stable id; "default" for the first child. */
  id: string;
  /** The name the parent gave, or "" when they gave none (ticks made before any child was added). */
  name: string;
  /** The child's age, or null when the parent would rather not say. */
  age: GivenAge | null;
  /** The guides in this child's plan (guide ids), in the order they were picked. */
  apps: string[];
  /** guide id -> step id -> the date the step was ticked, or last confirmed as still set (YYYY-MM-DD). */
  ticks: Record<string, Record<string, string>>;
  /** The day the parent last marked the plan's changes as seen; null before they have. */
  changesSeen: string | null;
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

/** The profile ticks belong to before a parent adds a child. */
export function defaultProfile(): Profile {
  return { id: 'default', name: '', age: null, apps: [], ticks: {}, changesSeen: null };
}

export function emptyData(): SavedData {
  return { version: CURRENT_VERSION, profiles: [defaultProfile()], activeProfile: 'default', area: null };
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
    const age = profile.age;
    if (age !== null && !(isRecord(age) && Number.isInteger(age.years) && typeof age.on === 'string' && DATE.test(age.on))) return `profile ${profile.id} has an unreadable age`;
    if (!Array.isArray(profile.apps) || !profile.apps.every((app) => typeof app === 'string')) return `profile ${profile.id} has no list of apps`;
    if (profile.changesSeen !== null && !(typeof profile.changesSeen === 'string' && DATE.test(profile.changesSeen))) return `profile ${profile.id} has an unreadable date`;
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

/** The latest date among a profile's ticks, or null when it has none. */
function latestTick(ticks: unknown): string | null {
  if (!isRecord(ticks)) return null;
  let latest: string | null = null;
  for (const steps of Object.values(ticks)) {
    if (!isRecord(steps)) continue;
    for (const date of Object.values(steps)) if (typeof date === 'string' && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/**
 * Older versions are upgraded step by step here: MIGRATIONS[n] turns version n into n + 1. Each
 * keeps every field it does not know about, and never touches ticks.
 */
const MIGRATIONS: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 (December 2026) adds family plans: a child's age, the apps in their plan and the
  // day they last looked at what changed. A version-1 profile has none of these; its last tick
  // is the latest day the parent is known to have read the guide, so changes after it show.
  1: (value) => ({
    ...value,
    version: 2,
    profiles: Array.isArray(value.profiles)
      ? value.profiles.map((profile: unknown) => (isRecord(profile) ? { age: null, apps: [], changesSeen: latestTick(profile.ticks), ...profile } : profile))
      : value.profiles,
  }),
};

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

/** What a parent tells us about a child: nothing more is asked. */
export interface ChildDetails {
  name: string;
  age: GivenAge | null;
}

/** The longest name kept; a nickname is plenty. */
export const MAX_NAME_LENGTH = 40;

/** True when the only profile is the one ticks were kept in before any child was added. */
function onlyUnnamedDefault(data: SavedData): boolean {
  return data.profiles.length === 1 && data.profiles[0]!.name === '' && data.profiles[0]!.apps.length === 0;
}

/**
 * A copy of the data with a child added and made active. The first child takes over the ticks
 * made before there were children (the unnamed profile), so nothing ticked is left behind.
 */
export function addChild(data: SavedData, id: string, details: ChildDetails, today: string): SavedData {
  const name = details.name.trim().slice(0, MAX_NAME_LENGTH);
  // A child needs a name: the unnamed profile is the one ticks go to before there are children.
  if (name === '') return data;
  if (data.profiles.some((p) => p.id === id)) return data;
  // A new id even when adopting, so two tabs adding a first child at once make two children.
  if (onlyUnnamedDefault(data)) {
    const adopted = { ...data.profiles[0]!, id, name, age: details.age, changesSeen: data.profiles[0]!.changesSeen ?? today };
    return { ...data, profiles: [adopted], activeProfile: adopted.id };
  }
  const child: Profile = { id, name, age: details.age, apps: [], ticks: {}, changesSeen: today };
  return { ...data, profiles: [...data.profiles, child], activeProfile: id };
}

/** True when adding a child would take over ticks already made (see addChild). */
export function addingAdoptsTicks(data: SavedData): boolean {
  return onlyUnnamedDefault(data) && Object.keys(data.profiles[0]!.ticks).length > 0;
}

export function updateChild(data: SavedData, id: string, details: ChildDetails): SavedData {
  const name = details.name.trim().slice(0, MAX_NAME_LENGTH);
  if (name === '') return data;
  return { ...data, profiles: data.profiles.map((p) => (p.id === id ? { ...p, name, age: details.age } : p)) };
}

/** A copy without this child. The last child removed leaves an empty unnamed profile, as on a new phone. */
export function removeChild(data: SavedData, id: string): SavedData {
  const profiles = data.profiles.filter((p) => p.id !== id);
  if (profiles.length === 0) return { ...data, profiles: [defaultProfile()], activeProfile: 'default' };
  const active = profiles.some((p) => p.id === data.activeProfile) ? data.activeProfile : profiles[0]!.id;
  return { ...data, profiles, activeProfile: active };
}

export function setApps(data: SavedData, id: string, apps: readonly string[]): SavedData {
  const unique = [...new Set(apps)];
  return { ...data, profiles: data.profiles.map((p) => (p.id === id ? { ...p, apps: unique } : p)) };
}

export function setActive(data: SavedData, id: string): SavedData {
  return data.profiles.some((p) => p.id === id) ? { ...data, activeProfile: id } : data;
}

export function markChangesSeen(data: SavedData, id: string, today: string): SavedData {
  return { ...data, profiles: data.profiles.map((p) => (p.id === id ? { ...p, changesSeen: today } : p)) };
}

/** The children the parent has added (named profiles), in the order they were added. */
export function children(data: SavedData): Profile[] {
  return data.profiles.filter((p) => p.name !== '');
}

/** Whole years between two dates (YYYY-MM-DD), counting a year only once its day has come. */
function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

/** The child's age today: the age given, plus a year for each year since (at most 18). */
export function ageToday(age: GivenAge | null, today: string): number | null {
  if (age === null) return null;
  return Math.min(18, age.years + Math.max(0, yearsBetween(age.on, today)));
}
