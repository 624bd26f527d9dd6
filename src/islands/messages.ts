// The UI strings an island needs, and a small translate function over them. i18next renders the
// static page at build time; an island gets only its own strings, already in the page's language
// (pseudo-locale included), serialised in the page. The same function renders the island on the
// server and in the browser, so hydration matches by construction, and i18next never ships.
import type { ParseKeys } from 'i18next';

/** Any key of src/i18n/locales/en-GB.json (plural keys without their _one/_other suffix). */
export type MessageKey = ParseKeys;

/** Resolved strings by key, including plural forms ("results_one", "results_other"). */
export type Messages = Readonly<Record<string, string>>;

export type IslandT = (key: MessageKey, options?: Readonly<Record<string, string | number>>) => string;

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Picks the strings for `keys` (and their plural forms) out of a resource lookup. */
export function pickMessages(keys: readonly MessageKey[], lookup: (key: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    for (const candidate of [key, ...PLURAL_FORMS.map((form) => `${key}_${form}`)]) {
      const value = lookup(candidate);
      if (typeof value === 'string') out[candidate] = value;
    }
    if (!Object.keys(out).some((found) => found === key || found.startsWith(`${key}_`))) throw new Error(`No UI string "${key}"`);
  }
  return out;
}

/** i18next's rules, in small: plural form by Intl.PluralRules, then {{name}} interpolation. */
export function createIslandT(language: string, messages: Messages): IslandT {
  const rules = new Intl.PluralRules(language);
  return (key, options) => {
    const count = options?.count;
    const template = (typeof count === 'number' ? (messages[`${key}_${rules.select(count)}`] ?? messages[`${key}_other`]) : undefined) ?? messages[key];
    // A key the island did not declare is a bug in the island: fail loudly at build time.
    if (template === undefined) throw new Error(`The island did not declare the UI string "${key}"`);
    return template.replace(/{{\s*([\w.]+)\s*}}/g, (_, name: string) => String(options?.[name] ?? ''));
  };
}
