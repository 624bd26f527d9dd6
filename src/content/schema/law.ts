// The schema of content/law/online-safety-act.yaml: what the Online Safety Act 2023 and Ofcom's
// codes now require of apps, what became of the NSPCC's 2018 demands, what a parent can do when an
// app does not act, and what has been announced but is not in force. Every fact carries a source
// and a date: in-force items a `since`, announced items a `status` and an `announced` date.
import { z } from 'zod';
import { IsoDate, Source, Text } from './common';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** A month written YYYY-MM, for when sources agree on the month but not the day. */
const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

/** A source for a fact about the law. Not from the regulator, the government or the law itself? Set `unverified` to say so. */
export const LawSource = Source.extend({
  /**
   * Set when the page was read as a stored copy on the publisher's own web host rather than at
   * `url` (e.g. an Ofcom page read on Ofcom's content server): name the publisher, e.g. "Ofcom".
   * `url` is then the same path on the publisher's public site. Readers are told.
   */
  hostCopyOf: Text.optional(),
});
export type LawSource = z.infer<typeof LawSource>;

/** One fact, in one or two plain sentences, with the page it was checked against. */
const Fact = z.strictObject({
  /** A stable kebab-case id. */
  id: Id,
  /** The fact, in plain words. Say "as drafted" or "proposed" where that is all that is known. */
  text: Text,
  /** The page the fact was checked against. */
  source: LawSource,
});
export type LawFact = z.infer<typeof Fact>;

/** The Act itself: when it became law, who it covers, who enforces it and the fines. */
const Act = z.strictObject({
  /** The Act's name, e.g. "Online Safety Act 2023". */
  name: Text,
  /** The day it became law (Royal Assent), YYYY-MM-DD. */
  since: IsoDate,
  /** Where that date was checked. */
  sinceSource: LawSource,
  /** Who it covers, who regulates, the fines: one fact each. */
  facts: z.array(Fact).min(1),
});

/** One of Ofcom's codes of practice that is now in force. */
const Code = z.strictObject({
  /** A stable kebab-case id, used as the section's anchor. */
  id: Id,
  /** The code's name as Ofcom gives it, e.g. "Illegal Content Codes". */
  name: Text,
  /** The day Ofcom published its decision (YYYY-MM-DD). */
  published: IsoDate,
  /** The day services had to start following it (YYYY-MM-DD). */
  since: IsoDate,
  /** What it is for, in one or two plain sentences. */
  summary: Text,
  /** Where the dates and the summary were checked. */
  source: LawSource,
  /** What it asks of apps that matters to a parent, one fact each. */
  duties: z.array(Fact).default([]),
});
export type LawCode = z.infer<typeof Code>;

/** The one line a guide shows for one kind of service. */
const Line = z.strictObject({
  /** What this kind of service must now do for a child, in one short plain sentence, with the dates the duties began. */
  text: Text,
  /** The pages the line was checked against. */
  sources: z.array(LawSource).min(1),
});
export type LawLine = z.infer<typeof Line>;

/** What became of one of the NSPCC's 2018 demands. */
export const DemandStatus = z.enum(['in-force', 'partly', 'not-in-force']);
export type DemandStatus = z.infer<typeof DemandStatus>;

const Demand = z.strictObject({
  /** A stable kebab-case id. */
  id: Id,
  /** What the NSPCC asked for in 2018, in plain words. */
  asked: Text,
  /** in-force: the law now does this; partly: some of it, or for some apps; not-in-force: not yet. */
  status: DemandStatus,
  /** What it has become, in two or three plain sentences. Say plainly what is only announced. */
  now: Text,
  /** The day the part now in force started to apply, when it is dated (YYYY-MM-DD). */
  since: IsoDate.optional(),
  /** The pages this was checked against. */
  sources: z.array(LawSource).min(1),
});
export type LawDemand = z.infer<typeof Demand>;

/** One step to take when an app does not act on a report. */
const Step = z.strictObject({
  /** A stable kebab-case id, used as the step's anchor. */
  id: Id,
  /** One instruction, starting with a verb. */
  title: Text,
  /** What it means in practice, in two or three short sentences, with any conditions. */
  detail: Text,
  /** What sources disagree on or could not confirm about this step (e.g. how long to wait). Readers see it, marked as not confirmed. */
  unconfirmed: Text.optional(),
  /** Help routes (content/help/routes.yaml) this step sends the reader to. */
  routes: z.array(Id).default([]),
  /** The pages this step was checked against. */
  sources: z.array(LawSource).min(1),
});
export type LawStep = z.infer<typeof Step>;

/**
 * How far an announced measure has got. None of these is in force.
 * announced: a minister or regulator has said it will happen; no rules yet.
 * consultation: proposed and put out for views; not decided.
 * decided-not-in-force: decided, but not yet something apps must do.
 * power-not-used: a law lets ministers make rules, and none have been made yet.
 */
export const AnnouncedStatus = z.enum(['announced', 'consultation', 'decided-not-in-force', 'power-not-used']);
export type AnnouncedStatus = z.infer<typeof AnnouncedStatus>;

/** A measure that has been announced, proposed or decided, but that apps do not yet have to follow. */
const Announced = z.strictObject({
  /** A stable kebab-case id, used as the item's anchor. */
  id: Id,
  /** A short plain name, e.g. "A ban on social media for under-16s". */
  title: Text,
  /** How far it has got. Never in force: move it to `codes` when it is. */
  status: AnnouncedStatus,
  /**
   * The day it was announced, put out for views, decided or passed (YYYY-MM-DD), or the month
   * (YYYY-MM) when sources disagree on the day; say so in a fact.
   */
  announced: z.union([IsoDate, IsoMonth]),
  /** What it would do, in one or two plain sentences, written as not yet in force. */
  summary: Text,
  /** Where the date and the summary were checked. */
  source: LawSource,
  /** Further facts: what comes next, what could not be confirmed. */
  facts: z.array(Fact).default([]),
});
export type LawAnnounced = z.infer<typeof Announced>;

/** The schema of content/law/online-safety-act.yaml. */
export const LawFile = z.strictObject({
  /** One or two calm sentences at the top of the page. */
  intro: Text,
  /** The Act itself. */
  act: Act,
  /** Ofcom's codes now in force, oldest first. */
  codes: z.array(Code).min(1),
  /** The one line each guide shows, by how the Act reaches the service (see `law.coverage` in guide.ts). */
  lines: z.strictObject({
    /** For apps where people share or message (user-to-user services). */
    'user-to-user': Line,
    /** For search engines (search services). */
    search: Line,
    /** For devices, networks and services where users cannot reach each other: the duties fall on the apps used on them. */
    'not-covered': Line,
  }),
  /** What became of the NSPCC's four demands of 2018. */
  demands: z.strictObject({
    /** A sentence before the list: who asked, when, and why. */
    intro: Text,
    /** The article or page that reported the demands. */
    source: LawSource,
    /** Each demand, in the order the NSPCC gave them. */
    items: z.array(Demand).min(1),
  }),
  /** What to do, step by step, if an app does not act on a report. */
  steps: z.strictObject({
    /** A sentence before the steps. */
    intro: Text,
    /** The steps in order. */
    items: z.array(Step).min(3),
  }),
  /** Announced, proposed or decided, but not in force. */
  announced: z.strictObject({
    /** A sentence before the list, saying none of this is law for apps yet. */
    intro: Text,
    /** Each measure, newest first. */
    items: z.array(Announced).min(1),
  }),
});
export type LawFile = z.infer<typeof LawFile>;

/** Stands in for the file when it is invalid: the build then stops on its issues, so this never reaches a page. */
export const EMPTY_LAW: LawFile = {
  intro: '',
  act: { name: '', since: '', sinceSource: { url: '', title: '', checked: '' }, facts: [] },
  codes: [],
  lines: {
    'user-to-user': { text: '', sources: [] },
    search: { text: '', sources: [] },
    'not-covered': { text: '', sources: [] },
  },
  demands: { intro: '', source: { url: '', title: '', checked: '' }, items: [] },
  steps: { intro: '', items: [] },
  announced: { intro: '', items: [] },
};
