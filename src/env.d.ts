interface ImportMetaEnv {
  /** The day the site was built (YYYY-MM-DD), set in vite.config.ts. */
  readonly BUILD_DATE: string;
  /** Where "Something wrong here?" emails go, from FEEDBACK_EMAIL at build time; empty hides the link. */
  readonly FEEDBACK_EMAIL: string;
  /** The origin the guide is served from (SITE_URL at build time), without a trailing slash. */
  readonly SITE_URL: string;
  /** "1" shows every UI string in the pseudo-locale (see src/i18n/pseudo.ts). */
  readonly VITE_PSEUDO_LOCALE?: string;
}
