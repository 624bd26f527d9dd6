// A new guide from the template (content/apps/_template.yaml, which the loader skips because its
// name starts with "_"), and the rule that keeps an unfilled template out of the build: any text
// that starts with "TODO" is a placeholder, reported at its field until someone fills it in.
import { formatPath, type ContentIssue } from '../issues';

/** Where the template lives, relative to the project root. */
export const TEMPLATE_FILE = 'content/apps/_template.yaml';

/** The template's stand-ins that `content:new` fills in. */
const ID_TOKEN = '__ID__';
const TODAY_TOKEN = '__TODAY__';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Text an editor still has to replace. */
export const PLACEHOLDER = /^\s*TODO\b/;

/** Why an id cannot be used for a new guide, or undefined when it can. */
export function newIdProblem(id: string | undefined, existing: readonly string[]): string | undefined {
  if (id === undefined || id === '') return 'give the new guide an id, e.g. npm run content:new -- among-us';
  if (!KEBAB.test(id)) return `"${id}" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. among-us`;
  if (existing.includes(id)) return `there is already a guide called "${id}" (content/apps/${id}.yaml): edit that one instead`;
  return undefined;
}

/** The template with the guide's id and today's date filled in. Every other placeholder stays for the editor. */
export function scaffoldGuide(template: string, id: string, today: string): string {
  return template.replaceAll(ID_TOKEN, id).replaceAll(TODAY_TOKEN, today);
}

/** Every placeholder string in a value, with its path. */
export function* placeholdersIn(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) yield { path, text: value.trim() };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* placeholdersIn(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* placeholdersIn(item, [...path, key]);
  }
}

/** Shortens a placeholder for a message: its first line, at most 100 characters. */
function shorten(text: string): string {
  const first = text.split('\n')[0] ?? '';
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
}

/** One issue per placeholder: the field still holds the template's words. */
export function placeholderIssues(value: unknown, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): ContentIssue[] {
  return [...placeholdersIn(value)].map(({ path, text }) => ({
    file,
    path: formatPath(path),
    line: lineOf(path),
    message: `is an unfilled placeholder ("${shorten(text)}"): replace it with the real value`,
  }));
}

/** Whether a schema problem at `path` is only there because a placeholder at or above it is not real content yet. */
export function explainedByPlaceholder(path: readonly PropertyKey[], placeholders: readonly (readonly PropertyKey[])[]): boolean {
  return placeholders.some((placeholder) => placeholder.length <= path.length && placeholder.every((key, index) => key === path[index]));
}
