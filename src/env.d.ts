/** The day the site was built (YYYY-MM-DD), set in vite.config.ts. */
declare const __BUILD_DATE__: string;
