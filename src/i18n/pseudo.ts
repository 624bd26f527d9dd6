// A pseudo-locale: every UI string accented and bracketed, so text that is hard-coded in a
// component (and so would never be translated) stands out on the page and in tests.

const ACCENTS: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú',
  c: 'ç', n: 'ñ', s: 'š', y: 'ý', z: 'ž', C: 'Ç', N: 'Ñ', S: 'Š', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Accents the letters of a string, leaving {{placeholders}} and <tags> untouched. */
export function pseudoString(text: string): string {
  const parts = text.split(/({{[^}]*}}|<[^>]*>)/);
  const accented = parts.map((part, index) => (index % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch)));
  return `${PSEUDO_OPEN}${accented.join('')}${PSEUDO_CLOSE}`;
}

type Tree = { [key: string]: string | Tree };

export function pseudoLocalize<T extends Tree>(tree: T): T {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) out[key] = typeof value === 'string' ? pseudoString(value) : pseudoLocalize(value);
  return out as T;
}
