// Building blocks shared by every content schema. Each field carries a JSDoc line: these
// comments are the documentation an editor reads when adding or correcting a YAML file.
import { z } from 'zod';
import { PLATFORMS } from './enums';

/** A calendar date written YYYY-MM-DD, e.g. 2026-11-28. */
export const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** A web address that starts with https:// (an http link can be tampered with on the way). */
export const HttpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'must be a full https:// web address',
});

/** Non-empty text written for parents. Leading and trailing spaces are removed. */
export const Text = z.string().trim().min(1, 'must not be empty');

/** Where a fact came from and when someone last compared it with that page. */
export const Source = z.strictObject({
  /** The page the fact was checked against. For settings: the platform's own help centre. */
  url: HttpsUrl,
  /** The page's own title, so a reader can find it again if the address changes. */
  title: Text,
  /** The date someone compared the fact with the page (YYYY-MM-DD). Never in the future. */
  checked: IsoDate,
  /**
   * Set when the fact could not be confirmed on this page (only an old copy, a translation or a
   * third-party summary could be read): say what could not be confirmed. Readers see it.
   */
  unverified: Text.optional(),
  /**
   * The language of the page read, as a BCP 47 code, when it was not English (e.g. "de" for a
   * German help page). The reader is told the path was checked in that language; the URL must be
   * that locale's own address.
   */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code like de or pt-BR').optional(),
  /**
   * How often, in months, the fact should be compared with the page again. Leave out for the
   * usual six months; `npm run content:due` lists what is overdue.
   */
  reviewEvery: z.int().min(1, 'must be at least 1 month').max(36, 'must be at most 36 months').optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * Where a setting lives. A path names the platforms it applies to; the guide groups steps by them.
 * `any` means the path is the same everywhere the app runs.
 */
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

/** The way to a setting on one or more platforms: plain words to start, then menu labels in order. */
export const SettingPath = z
  .strictObject({
    /** The platforms this path is right for. Use two or more when the menus are the same. */
    platforms: z.array(Platform).min(1, 'name at least one platform'),
    /** How to reach the first menu when it is not obvious, e.g. "Tap your profile picture". */
    start: Text.optional(),
    /** The menu labels to tap in order, exactly as the app shows them (no quotes needed). */
    menu: z.array(Text).default([]),
    /** The option to choose at the end, exactly as the app shows it. */
    choose: Text.optional(),
  })
  .refine((path) => path.start !== undefined || path.menu.length > 0, {
    message: 'give the menu labels to tap, or a "start" that says where to go',
    path: ['menu'],
  });
export type SettingPath = z.infer<typeof SettingPath>;

/** An age range in whole years; either end may be left open. */
export const AgeRange = z
  .strictObject({
    /** The youngest age this applies to. */
    from: z.int().min(0).max(18).optional(),
    /** The oldest age this applies to. */
    to: z.int().min(0).max(18).optional(),
  })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    message: '"from" must not be greater than "to"',
  });
export type AgeRange = z.infer<typeof AgeRange>;

/** One dated entry in a file's change log. */
export const Change = z.strictObject({
  /** When the change was made (YYYY-MM-DD). */
  date: IsoDate,
  /** What changed, in one sentence a parent would understand. */
  summary: Text,
  /**
   * The ids of the checklist steps this line is about. Every step whose words or path changed
   * since the last release (content/release.json) must be named in a line dated on or after it.
   */
  steps: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a step id, e.g. turn-on-ghost-mode')).min(1, 'name at least one step, or leave "steps" out').optional(),
});
export type Change = z.infer<typeof Change>;
