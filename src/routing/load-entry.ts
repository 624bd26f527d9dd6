/** Loads one entry from a content plugin's loader map (e.g. virtual:content/guides), or null for an unknown id. */
export async function loadEntry<T>(loaders: Readonly<Record<string, () => Promise<{ default: T }>>>, id: string): Promise<T | null> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  return load ? (await load()).default : null;
}
