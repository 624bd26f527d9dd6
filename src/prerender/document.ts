// Writes a whole HTML page around prerendered content: the head every page needs (title,
// description, canonical, Open Graph, CSP, manifest, icons) and the script and style links.
import { ISLAND_MESSAGES_ID } from '../islands/page-data';
import { CONTENT_SECURITY_POLICY } from './csp';

export interface DocumentParts {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** Absolute canonical URL; null for pages that must not be indexed (the 404 page). */
  canonical: string | null;
  /** Absolute URL of the link-preview image (1200 x 630), with its description. */
  image?: { url: string; alt: string };
  siteName: string;
  /** Rendered app HTML, placed in #root. */
  body: string;
  /** URL paths of stylesheets. */
  styles: readonly string[];
  /** URL path of the boot module, the page's one script (src/islands/boot.ts). */
  script: string;
  /** UI strings the page's islands use, carried as a JSON block (never executed). */
  islandMessages?: Readonly<Record<string, string>>;
  /** Extra head tags written by the build (manifest and icon links). */
  headExtra?: string;
  /** How the page is kept offline (src/routing/types.ts); "on-demand" pages save themselves when opened. */
  offline?: 'first' | 'on-demand';
  /** Include the CSP meta tag (not in development, where Vite injects inline scripts). */
  csp?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** JSON that is safe inside a <script> block: no "</script" or "<!--" can end or confuse it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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
    ...(parts.image
      ? [
          `<meta property="og:image" content="${e(parts.image.url)}">`,
          '<meta property="og:image:width" content="1200">',
          '<meta property="og:image:height" content="630">',
          `<meta property="og:image:alt" content="${e(parts.image.alt)}">`,
          '<meta name="twitter:card" content="summary_large_image">',
          `<meta name="twitter:title" content="${e(parts.title)}">`,
          `<meta name="twitter:description" content="${e(parts.description)}">`,
          `<meta name="twitter:image" content="${e(parts.image.url)}">`,
          `<meta name="twitter:image:alt" content="${e(parts.image.alt)}">`,
        ]
      : []),
    '<meta name="theme-color" content="#0b3d5c">',
    parts.headExtra ?? '',
    ...parts.styles.map((href) => `<link rel="stylesheet" href="${e(href)}">`),
  ].filter(Boolean);
  // The page is readable before any script runs. Its one script is tiny and loads after the text
  // at low priority; it fetches the rest only once the text is on screen (no modulepreload here).
  const scripts = [
    parts.islandMessages && Object.keys(parts.islandMessages).length > 0
      ? `<script type="application/json" id="${ISLAND_MESSAGES_ID}">${jsonForScript(parts.islandMessages)}</script>`
      : '',
    `<script type="module" crossorigin fetchpriority="low" src="${e(parts.script)}"></script>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${e(parts.lang)}" dir="${parts.dir}">
<head>
${head.join('\n')}
</head>
<body>
<div id="root"${parts.offline ? ` data-offline="${parts.offline}"` : ''}>${parts.body}</div>
${scripts.join('\n')}
</body>
</html>
`;
}
