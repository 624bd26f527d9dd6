// Creates the i18next instance. The source strings are bundled (they are needed for the first
// paint); other languages will be loaded with their pages.
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enGB from './locales/en-GB.json';
import { pseudoLocalize } from './pseudo';
import { PSEUDO_LANGUAGES, SOURCE_LANGUAGE, type Language, type PseudoMode } from './languages';

export const PSEUDO_LOCALE = PSEUDO_LANGUAGES.ltr.code;

/** The language a pseudo mode (or none) renders in. */
export function languageFor(pseudo: boolean | PseudoMode | null | undefined): Language {
  if (pseudo === true) return PSEUDO_LANGUAGES.ltr;
  return pseudo ? PSEUDO_LANGUAGES[pseudo] : SOURCE_LANGUAGE;
}

/** A ready i18next instance. `pseudo` swaps every UI string for an accented, bracketed copy. */
export function createI18n(options: { pseudo?: boolean | PseudoMode | null } = {}): i18n {
  const instance = createInstance();
  const language = languageFor(options.pseudo).code;
  const translation = options.pseudo ? pseudoLocalize(enGB) : enGB;
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
