interface ImportMetaEnv {
  /** The day the site was built (YYYY-MM-DD), set in vite.config.ts. */
  readonly BUILD_DATE: string;
  /** "1" shows every UI string in the pseudo-locale (see src/i18n/pseudo.ts). */
  readonly VITE_PSEUDO_LOCALE?: string;
}
