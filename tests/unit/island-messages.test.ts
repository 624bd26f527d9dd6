import { describe, expect, it } from 'vitest';
import { createIslandT, pickMessages } from '../../src/islands/messages';
import enGB from '../../src/i18n/locales/en-GB.json';

const lookup = (key: string): string | undefined => {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), enGB);
  return typeof value === 'string' ? value : undefined;
};

describe('island UI strings', () => {
  it('picks a key with its plural forms', () => {
    expect(pickMessages(['apps.results'], lookup)).toEqual({ 'apps.results_one': enGB.apps.results_one, 'apps.results_other': enGB.apps.results_other });
  });

  it('fails for a key that is not in en-GB', () => {
    expect(() => pickMessages(['apps.nope' as never], lookup)).toThrow('No UI string "apps.nope"');
  });

  it('interpolates and chooses the plural form as i18next does', () => {
    const t = createIslandT('en-GB', pickMessages(['apps.results', 'guide.progress'], lookup));
    expect(t('apps.results', { count: 1 })).toBe(enGB.apps.results_one.replace('{{count}}', '1'));
    expect(t('apps.results', { count: 3 })).toBe(enGB.apps.results_other.replace('{{count}}', '3'));
    expect(t('guide.progress', { done: 2, total: 7 })).toBe('2 of 7 done');
  });

  it('refuses a key the island did not declare, so the build fails rather than the page', () => {
    const t = createIslandT('en-GB', {});
    expect(() => t('guide.progress')).toThrow('did not declare');
  });

  it('never interprets values as markup: they stay text for React to escape', () => {
    const t = createIslandT('en-GB', { 'x.y': 'Hello {{name}}' } as Record<string, string>);
    expect(t('x.y' as never, { name: '<b>a</b>' })).toBe('Hello <b>a</b>');
  });
});
