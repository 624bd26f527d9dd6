// The pseudo-locale check shared by component tests: rendered in the pseudo-locale, any text
// that is neither pseudo-localised nor content (which is translated separately) is hard-coded.
import { formatDate } from '../../src/i18n/format';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo';
import { PSEUDO_LOCALE } from '../../src/i18n/setup';

function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** Text with no letters (numbers, punctuation, separators) needs no translation. */
const NO_LETTERS = /^[^\p{L}]*$/u;

/** A finder of hard-coded text, given the content the page may show as it is. */
export function hardCodedTextFinder(contentValues: readonly unknown[]): (container: HTMLElement) => string[] {
  const content = strings(contentValues);
  // Dates in content are shown formatted for the reader's language: they are data, not UI text.
  for (const date of [...content].filter((text) => /^\d{4}-\d{2}(-\d{2})?$/.test(text))) content.add(formatDate(date, PSEUDO_LOCALE));
  const contentText = [...content].join('\n');
  return (container) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      // A translated sentence split around a link has its opening mark in one part, its closing in another.
      if (text === '' || NO_LETTERS.test(text) || text.includes(PSEUDO_OPEN) || text.includes(PSEUDO_CLOSE)) continue;
      if (content.has(text) || contentText.includes(text)) continue;
      // Text inside a pseudo-localised sentence (e.g. a link's words) is part of that sentence.
      if (node.parentElement?.closest('p, li, h1, h2, h3')?.textContent?.includes(PSEUDO_OPEN) && contentText.includes(text)) continue;
      found.push(text);
    }
    return found;
  };
}
