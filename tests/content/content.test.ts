// The real content: every file passes its schema and the editorial rules.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/issues';
import { loadContent } from '../../src/content/load';

const root = new URL('../../', import.meta.url).pathname;
const { content, issues } = loadContent(root);

describe('content/', () => {
  it('has no problems', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('has at least 50 guides, with Snapchat, Instagram and WhatsApp among them', () => {
    expect(content.guides.length).toBeGreaterThanOrEqual(50);
    for (const id of ['snapchat', 'instagram', 'whatsapp']) expect(content.guides.map((g) => g.id)).toContain(id);
  });

  it('gives the big social and messaging apps six steps or more', () => {
    for (const guide of content.guides.filter((g) => g.category === 'social' || g.category === 'messaging')) {
      expect(guide.checklist.length, guide.id).toBeGreaterThanOrEqual(6);
    }
  });

  it('gives every other guide four steps or more', () => {
    for (const guide of content.guides) expect(guide.checklist.length, guide.id).toBeGreaterThanOrEqual(4);
  });

  it('never tells a parent to screenshot, forward or save a sexual image', () => {
    // Any sentence about copying a sexual image must be a "do not".
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value.toLowerCase());
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(content);
    const sentences = strings.flatMap((text) => text.split(/(?<=[.!?])\s+/));
    const risky = sentences.filter((s) => /screenshot|forward|save|copy|keep/.test(s) && /image|picture|photo|video|nude/.test(s) && /sexual|nude/.test(s));
    expect(risky.length).toBeGreaterThan(0);
    for (const sentence of risky) expect(sentence).toMatch(/\b(do not|don't|never|not)\b/);
  });

  it('shows the four routes every page about harm needs', () => {
    const ids = content.helpRoutes.map((route) => route.id);
    for (const id of ['emergency-999', 'police-101', 'ceop', 'nspcc-helpline', 'childline']) expect(ids).toContain(id);
  });

  it('has pages for Staffordshire and Derbyshire with local help', () => {
    for (const id of ['staffordshire', 'derbyshire']) {
      const area = content.areas.find((a) => a.id === id);
      expect(area?.helpRoutes.length, id).toBeGreaterThan(0);
    }
  });
});
