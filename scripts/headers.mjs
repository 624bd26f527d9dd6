// @ts-check
// Reads a static host's _headers file (the Netlify / Cloudflare Pages format) so the local server
// sends exactly the headers a deployed site would.

/**
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 */

/** @param {string} text @returns {HeaderRule[]} */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern @param {string} path */
function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

/** The headers for a URL path; later rules add to earlier ones. @param {HeaderRule[]} rules @param {string} path */
export function headersFor(rules, path) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) out.set(name, value);
  return out;
}
