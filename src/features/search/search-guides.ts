// Finds guides by what a parent types: names, short forms and aliases ("insta", "fb", "snap"),
// forgiving case, accents, spaces and punctuation. Best matches first.

export interface Searchable {
  name: string;
  aliases: readonly string[];
}

/** Lower case, accents removed, and only letters and digits kept: "Disney+" -> "disney", "Call of Duty" -> "callofduty". */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How well one name matches the query: higher is better, 0 is no match. */
function scoreName(name: string, query: string): number {
  const whole = squash(name);
  if (whole === query) return 5;
  if (whole.startsWith(query)) return 4;
  if (words(name).some((word) => word.startsWith(query))) return 3;
  if (whole.includes(query)) return 2;
  return 0;
}

export function scoreGuide(guide: Searchable, rawQuery: string): number {
  const query = squash(rawQuery);
  if (query === '') return 1;
  const nameScore = scoreName(guide.name, query);
  // An alias match ranks just below the same kind of match on the real name.
  const aliasScore = Math.max(0, ...guide.aliases.map((alias) => scoreName(alias, query) - 0.5));
  return Math.max(nameScore, aliasScore);
}

/** The guides that match, best first; ties keep their original (alphabetical) order. */
export function searchGuides<T extends Searchable>(guides: readonly T[], query: string): T[] {
  return guides
    .map((guide, index) => ({ guide, index, score: scoreGuide(guide, query) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.guide);
}
