// Writes a whole HTML page around prerendered content: the head every page needs (title,
// description, canonical, Open Graph, CSP, manifest, icons) and the script and style links.
import { CONTENT_SECURITY_POLICY } from './csp';

export interface DocumentParts {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** Absolute canonical URL; null for pages that must not be indexed (the 404 page). */
  canonical: string | null;
  siteName: string;
  /** Rendered app HTML, placed in #root. */
  body: string;
  /** URL paths of stylesheets. */
  styles: readonly string[];
  /** URL path of the entry module. */
  script: string;
  /** URL paths of modules to preload (the page's own chunks). */
  preloads: readonly string[];
  /** Extra head tags written by the build (manifest and icon links). */
  headExtra?: string;
  /** Include the CSP meta tag (not in development, where Vite injects inline scripts). */
  csp?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export function renderDocument(parts: DocumentParts): string {
  const e = escapeHtml;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    parts.csp === false ? '' : `<meta http-equiv="Content-Security-Policy" content="${e(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${e(parts.title)}</title>`,
    `<meta name="description" content="${e(parts.description)}">`,
    parts.canonical === null ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${e(parts.canonical)}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:site_name" content="${e(parts.siteName)}">`,
    `<meta property="og:title" content="${e(parts.title)}">`,
    `<meta property="og:description" content="${e(parts.description)}">`,
    parts.canonical === null ? '' : `<meta property="og:url" content="${e(parts.canonical)}">`,
    `<meta property="og:locale" content="${e(parts.lang.replace('-', '_'))}">`,
    '<meta name="theme-color" content="#0b3d5c">',
    parts.headExtra ?? '',
    ...parts.styles.map((href) => `<link rel="stylesheet" href="${e(href)}">`),
  ].filter(Boolean);
  // The page is readable before any script runs, so scripts load after the text and styles and at
  // low priority: on a slow connection the first paint does not wait for them.
  const scripts = [
    `<script type="module" crossorigin fetchpriority="low" src="${e(parts.script)}"></script>`,
    ...parts.preloads.map((href) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${e(href)}">`),
  ];
  return `<!doctype html>
<html lang="${e(parts.lang)}" dir="${parts.dir}">
<head>
${head.join('\n')}
</head>
<body>
<div id="root">${parts.body}</div>
${scripts.join('\n')}
</body>
</html>
`;
}
