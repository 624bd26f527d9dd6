// The schema of one app guide (content/apps/<id>.yaml). The order of the fields follows the
// order a parent reads the page in: what it is, ages, risks, checklist, tools, block and report,
// conversation starters (see shared CONTENT-GUIDE.md).
import { z } from 'zod';
import { AgeRange, Change, HttpsUrl, IsoDate, SettingPath, Source, Text } from './common';
import { CATEGORIES, RISK_FEATURES } from './enums';

/** Kinds of guide, used to group and filter the list of guides. */
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** The risk features a guide can name. Only list the ones that apply to this app. */
export const RiskFeature = z.enum(RISK_FEATURES);
export type RiskFeature = z.infer<typeof RiskFeature>;

/** How much a risk feature matters on this app with its default settings. */
export const RiskLevel = z.enum(['high', 'medium', 'low']);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** A rating system an app or game can carry. */
export const RatingSystem = z.enum(['app-store', 'google-play', 'pegi', 'microsoft-store', 'other']);
export type RatingSystem = z.infer<typeof RatingSystem>;

const Rating = z.strictObject({
  /** Which rating system gave this rating. */
  system: RatingSystem,
  /** The rating exactly as shown, e.g. "12+", "Teen", "PEGI 12". */
  rating: Text,
  /** The store listing or pegi.info page the rating was read from. */
  source: Source,
});

const Ages = z.strictObject({
  /** The minimum age in the app's own terms of service. Leave out when the terms set none. */
  minimum: z.int().min(0).max(21).optional(),
  /** The terms page that sets the minimum age (or says there is none). */
  minimumSource: Source,
  /** App-store and PEGI ratings. They rate the content, not who may sign up. */
  ratings: z.array(Rating).default([]),
  /** Where the terms and ratings differ, why, in a sentence or two. */
  explain: Text.optional(),
  /** What happens when a child under the minimum age uses it (e.g. the account may be deleted). */
  underMinimum: Text.optional(),
  /**
   * Set when an adult must hold the account (streaming services, devices, networks): say so, and
   * how a child uses it (a Kids profile, a child account made by the parent).
   */
  adultAccount: Text.optional(),
  /**
   * For apps that are a library of content (films, games): which age ratings the content carries,
   * e.g. "Every title shows a UK age rating from U to 18". Needed with `adultAccount` when there
   * are no store `ratings`.
   */
  contentRatings: Text.optional(),
});

const Risk = z.strictObject({
  /** The risk feature. */
  feature: RiskFeature,
  /** How much it matters with the default settings. */
  level: RiskLevel,
  /** One line on how the risk shows up in this app. */
  note: Text,
});

/** A checklist step: one thing to set up, most protective first. */
const Step = z
  .strictObject({
    /** A stable id, unique in this guide, in kebab-case. Ticks are stored against it: never reuse. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. turn-on-ghost-mode'),
    /** One instruction, starting with a verb: "Turn on Ghost Mode". */
    title: Text,
    /** Why it matters, in one or two plain sentences. */
    why: Text,
    /** The way to the setting, per platform. */
    paths: z.array(SettingPath).min(1, 'give the path to the setting for at least one platform'),
    /** Ages this step is for, when it is not for every age. */
    ages: AgeRange.optional(),
    /** "verified" when the path was confirmed against `source`; "unverified" when it could not be. */
    status: z.enum(['verified', 'unverified']),
    /** Required when unverified: what could be confirmed and what could not. Shown to the reader. */
    unverifiedNote: Text.optional(),
    /** The official page the step was checked against, and when. */
    source: Source,
  })
  .refine((step) => step.status === 'verified' || step.unverifiedNote !== undefined, {
    message: 'an unverified step needs an "unverifiedNote" saying what could not be confirmed',
    path: ['unverifiedNote'],
  });
export type Step = z.infer<typeof Step>;

const ParentTool = z.strictObject({
  /** The tool's name as the platform uses it, e.g. "Family Center". */
  name: Text,
  /** What it lets a parent see or control. */
  what: Text,
  /** What it cannot see or do, so a parent does not rely on it for that. */
  cannotSee: Text,
  /** How to start using it, when there is a path to follow. */
  paths: z.array(SettingPath).default([]),
  /** The official page describing the tool. */
  source: Source,
});

const Action = z.strictObject({
  /** In plain words, what to do. */
  summary: Text,
  /** The way to do it, per platform. Required for apps that let strangers make contact, unless `none` is set. */
  paths: z.array(SettingPath).default([]),
  /** Set when the app has no such control: say so plainly, and what to do instead. */
  none: Text.optional(),
  /** The official page it was checked against. */
  source: Source,
});

/** Something the platform does for teenagers by default, with the date the platform announced it. */
const TeenDefault = z.strictObject({
  /** The default, in one plain sentence: "Accounts of 13 to 15 year olds are private from the start." */
  fact: Text,
  /** The ages it applies to, when it is not every under-18. */
  ages: AgeRange.optional(),
  /** The date the platform announced it (YYYY-MM-DD), from its own newsroom or help page. */
  announced: IsoDate,
  /** Where it applies when it is not everywhere, e.g. "UK" or "rolling out by region". */
  where: Text.optional(),
  /** The platform's own page that announces or describes it. */
  source: Source,
});
export type TeenDefault = z.infer<typeof TeenDefault>;

/** How the Online Safety Act 2023 reaches this service (the lines themselves are in content/law). */
export const LawCoverage = z.enum(['user-to-user', 'search', 'user-to-user-and-search', 'not-covered']);
export type LawCoverage = z.infer<typeof LawCoverage>;

const Law = z.strictObject({
  /**
   * user-to-user: people can share content or message each other on it; search: a search engine;
   * not-covered: a device, a network or a service where users cannot reach each other.
   */
  coverage: LawCoverage,
  /** One short line on what this app in particular must now do, when there is more to say than the shared line. */
  note: Text.optional(),
});

/** The schema of one app guide file. */
export const Guide = z.strictObject({
  /** The guide's id: the file name without .yaml, and the last part of its web address. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. snapchat or among-us'),
  /** The app's name as its makers write it. */
  name: Text,
  /** Other names parents type when searching: short forms, old names, common misspellings. */
  aliases: z.array(Text).default([]),
  /** The kind of app, for grouping and filtering. */
  category: Category,
  /** The company that makes it. */
  maker: Text,
  /** Domains whose pages may be cited as sources in this guide (the platform's own, app stores, pegi.info). */
  sourceDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain like snapchat.com')).min(1),
  /** The platform's help centre and safety centre for parents. */
  officialLinks: z.strictObject({
    /** The help centre's home page. */
    help: HttpsUrl,
    /** The safety or parents' page, when there is one. */
    safety: HttpsUrl.optional(),
  }),
  /**
   * A notice shown at the top of the guide, e.g. when most of it rests on news reports rather
   * than the platform's own pages. Plain words; say what a parent should do with the guide.
   */
  notice: Text.optional(),
  /** What it is, in two or three sentences. */
  summary: Text,
  /** What children use it for, in one or two sentences. */
  usedFor: Text,
  /** How old you have to be. */
  ages: Ages,
  /** What the platform already does for teenagers by default, each with the date it was announced. */
  teenDefaults: z.array(TeenDefault).default([]),
  /** How the Online Safety Act reaches this service. */
  law: Law,
  /** What could go wrong: the risk features that apply, each in one line. */
  risks: z.array(Risk).min(1, 'name at least one risk feature'),
  /** What to set up, most protective first. */
  checklist: z.array(Step).min(4, 'a guide needs at least four checklist steps'),
  /** Parental tools, and what they cannot see. Empty when the app has none; then say so in `parentToolsNote`. */
  parentTools: z.array(ParentTool).default([]),
  /** Extra words about parental tools, e.g. that the app has none and what to use instead. */
  parentToolsNote: Text.optional(),
  /** How to block someone. */
  block: Action,
  /** How to report someone or something to the platform. */
  report: Action,
  /** Where to go when the platform does not act: help route ids from content/help/routes.yaml. */
  escalateTo: z.array(z.string()).min(1, 'name at least one help route for when the platform does not act'),
  /** Two or three ways to start a conversation with your child about this app. */
  conversationStarters: z.array(Text).min(2, 'give two or three conversation starters').max(3, 'give at most three conversation starters'),
  /** When the whole guide was last reviewed against its sources (YYYY-MM-DD). */
  reviewed: IsoDate,
  /** What changed and when, newest first. */
  changes: z.array(Change).default([]),
});
export type Guide = z.infer<typeof Guide>;
export type GuideInput = z.input<typeof Guide>;
