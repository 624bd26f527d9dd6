// The languages the guide is offered in. en-GB is the source language and lives at "/"; every
// other language lives under its own prefix (e.g. /pl/...) once its UI strings are complete.

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
