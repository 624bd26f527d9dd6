// The base path the guide is served under ("/" at the root, "/safe-online/" under a sub-path), set
// once by BASE_PATH at build time. Every absolute link in islands and the service worker uses it.
export const BASE_URL: string = import.meta.env.BASE_URL;

/** "/apps/snapchat" -> "/safe-online/apps/snapchat" under a sub-path; unchanged at the root. */
export function withBase(path: string): string {
  return `${BASE_URL.replace(/\/$/, '')}${path}`;
}

/** The public address of a page, for a QR code or a link shared outside the site. */
export function absoluteUrl(path: string): string {
  return `${import.meta.env.SITE_URL}${withBase(path)}`;
}
