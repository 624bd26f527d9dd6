import { describe, expect, it } from 'vitest';
import enGB from '../../src/i18n/locales/en-GB.json';
import { formatDate, formatNumber } from '../../src/i18n/format';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize, pseudoString } from '../../src/i18n/pseudo';
import { createI18n } from '../../src/i18n/setup';
import { splitLink } from '../../src/i18n/split-link';

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

describe('the en-GB strings', () => {
  it('has no empty string', () => {
    for (const [key, value] of leaves(enGB)) expect(value.trim(), key).not.toBe('');
  });
});

describe('the pseudo-locale', () => {
  it('accents and brackets every string but keeps placeholders and tags', () => {
    expect(pseudoString('Call {{number}} now')).toBe(`${PSEUDO_OPEN}Çáll {{number}} ñów${PSEUDO_CLOSE}`);
    expect(pseudoString('Checked <link>{{title}}</link>')).toBe(`${PSEUDO_OPEN}Çhéçkéd <link>{{title}}</link>${PSEUDO_CLOSE}`);
  });
  it('covers every key of the source language', () => {
    const pseudo = leaves(pseudoLocalize(enGB));
    expect(pseudo.map(([key]) => key)).toEqual(leaves(enGB).map(([key]) => key));
    for (const [key, value] of pseudo) expect(value.startsWith(PSEUDO_OPEN), key).toBe(true);
  });
  it('is what the app shows when asked for it', () => {
    expect(createI18n({ pseudo: true }).t('help.title')).toBe(pseudoString(enGB.help.title));
    expect(createI18n().t('help.title')).toBe(enGB.help.title);
  });
});

describe('formatting', () => {
  it('writes dates the British way, without shifting the day', () => {
    expect(formatDate('2026-11-28', 'en-GB')).toBe('28 November 2026');
    expect(formatDate('2018-04', 'en-GB')).toBe('April 2018');
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
  });
  it('groups thousands', () => expect(formatNumber(1628, 'en-GB')).toBe('1,628'));
  it('splits a sentence around its link', () => {
    expect(splitLink('Checked against <link>Help</link> on 1 May.')).toEqual({ before: 'Checked against ', link: 'Help', after: ' on 1 May.' });
    expect(splitLink('No link')).toEqual({ before: 'No link', link: '', after: '' });
  });
});
