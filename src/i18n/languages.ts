// The languages the guide is offered in. en-GB is the source language and lives at "/"; every
// other language lives under its own prefix (e.g. /pl/...) once its UI strings are complete, and
// every page is prerendered once per language (src/prerender/entry-server.tsx). Its writing
// direction sets <html dir>, and the styles use logical properties only, so a right-to-left
// language mirrors the layout.

export interface Language {
  /** BCP 47 code, used for <html lang> and hreflang. */
  code: string;
  /** URL prefix without slashes; empty for the source language. */
  prefix: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the language menu. */
  name: string;
}

export const SOURCE_LANGUAGE: Language = { code: 'en-GB', prefix: '', dir: 'ltr', name: 'English' };

export const LANGUAGES: readonly Language[] = [SOURCE_LANGUAGE];

/**
 * Pseudo-locales for development only (VITE_PSEUDO_LOCALE=1 or =rtl): every UI string accented
 * and bracketed, so hard-coded text stands out; the right-to-left one also mirrors the layout.
 */
export const PSEUDO_LANGUAGES = {
  ltr: { code: 'en-XA', prefix: '', dir: 'ltr', name: 'Pseudo' },
  rtl: { code: 'ar-XB', prefix: '', dir: 'rtl', name: 'Pseudo (right to left)' },
} as const satisfies Record<string, Language>;

export type PseudoMode = keyof typeof PSEUDO_LANGUAGES;

/** Reads VITE_PSEUDO_LOCALE: "1" for the pseudo-locale, "rtl" for the right-to-left one. */
export function pseudoMode(value: string | undefined): PseudoMode | null {
  if (value === '1' || value === 'ltr') return 'ltr';
  if (value === 'rtl') return 'rtl';
  return null;
}
