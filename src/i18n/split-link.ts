// Splits a translated sentence around its <link>…</link> part, so a component can put a real
// link there. (react-i18next's <Trans> does this too, but costs 14 KB on every page that uses it.)

export interface LinkParts {
  before: string;
  link: string;
  after: string;
}

export function splitLink(text: string): LinkParts {
  const match = /<link>(.*?)<\/link>/s.exec(text);
  if (!match) return { before: text, link: '', after: '' };
  return { before: text.slice(0, match.index), link: match[1] ?? '', after: text.slice(match.index + match[0].length) };
}
