// Types every translation key from the en-GB source file: a key that is not there fails the
// type check, and so does a missing interpolation value.
import 'i18next';
import type enGB from './locales/en-GB.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof enGB };
  }
}
