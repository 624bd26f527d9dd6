// The schema of one statistics dataset (content/stats/<id>.yaml): figures exactly as a source
// published them, with period, place, base and caveats. Shares and rates are never typed in: code
// derives them from the stored counts (src/features/stats).
import { z } from 'zod';
import { HttpsUrl, IsoDate, Text } from './common';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** A place figures are about. */
export const Geography = z.enum(['staffordshire', 'derbyshire', 'england-and-wales', 'uk', 'west-midlands']);
export type Geography = z.infer<typeof Geography>;

/** A publication that figures come from. */
const PublishedSource = z.strictObject({
  /** A kebab-case id figures use to name their source. */
  id: Id,
  /** Who published it, e.g. "NSPCC" or "Burton Mail". */
  publisher: Text,
  /** The headline or title as published. */
  title: Text,
  /** Where to read it, when a stable address is known. */
  url: HttpsUrl.optional(),
  /** The publication date: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  published: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be YYYY-MM-DD, or YYYY-MM when only the month is known'),
  /** Whose data it reports, e.g. "NSPCC Freedom of Information requests to police forces". */
  basis: Text,
  /**
   * The date someone last compared this source's figures with the publication (YYYY-MM-DD).
   * With it, `npm run content:due` lists the figures when a check is overdue.
   */
  checked: IsoDate.optional(),
  /** How often, in months, to compare the figures again; six when left out. */
  reviewEvery: z.int().min(1, 'must be at least 1 month').max(36, 'must be at most 36 months').optional(),
});

/** How a published figure was worded: exact, or "about", "more than", "almost" a value. */
export const Qualifier = z.enum(['exact', 'about', 'more-than', 'almost']);
export type Qualifier = z.infer<typeof Qualifier>;

/** One figure as its source published it. */
export const Figure = z
  .strictObject({
    /** A kebab-case id, unique in the dataset. Pages and guides refer to figures by it. */
    id: Id,
    /** The place the figure is about. */
    geography: Geography,
    /** What was counted, in plain words, e.g. "offences recorded by Staffordshire Police". */
    label: Text,
    /** A count (whole number), when the source gave one. */
    count: z.int().min(0).optional(),
    /** A percentage as the source published it (alone, or beside the count it published too). */
    percent: z.number().min(0).max(100).optional(),
    /** An age in years, e.g. the youngest victim. */
    age: z.int().min(0).max(18).optional(),
    /** The source's words when it gave no number, e.g. "two thirds" or "almost half". */
    words: Text.optional(),
    /** Ids of figures whose counts add up to this one. The total is worked out in code, never typed. */
    sumOf: z.array(Id).min(2).optional(),
    /** How the source worded the value. */
    qualifier: Qualifier.default('exact'),
    /** The id of the figure this one is a part of (its base), e.g. the total offences. */
    of: Id.optional(),
    /** The base in words when the source did not publish it as a figure, e.g. "of offences where the app was recorded". */
    baseLabel: Text.optional(),
    /** The platform(s) the figure is about, when it is about platforms. */
    platforms: z.array(Text).default([]),
    /** The id of the source (in `sources`) that published this figure. */
    source: Id,
    /** Anything a reader must know to read this one figure rightly. */
    note: Text.optional(),
  })
  .refine(
    (figure) =>
      figure.age !== undefined || figure.words !== undefined
        ? [figure.count, figure.percent, figure.age, figure.words].filter((v) => v !== undefined).length === 1
        : figure.count !== undefined || figure.percent !== undefined || figure.sumOf !== undefined,
    {
      message: 'give a "count", a "percent" (or both, when the source published both), an "age" or "words"',
      path: ['count'],
    },
  )
  .refine((figure) => figure.sumOf === undefined || figure.count === undefined, {
    message: 'a figure with "sumOf" must not also give a "count": the total is worked out in code',
    path: ['sumOf'],
  })
  .refine((figure) => figure.percent === undefined || figure.of !== undefined || figure.baseLabel !== undefined, {
    message: 'a percentage needs "of" (the figure it is a share of) or a "baseLabel" saying what it is a share of',
    path: ['of'],
  });
export type Figure = z.infer<typeof Figure>;

/** The schema of one statistics dataset file. */
export const Dataset = z.strictObject({
  /** The dataset's id: the file name without .yaml. */
  id: Id,
  /** A short title for headings. */
  title: Text,
  /** The offence counted. */
  offence: Text,
  /** The period the figures cover. */
  period: z.strictObject({
    /** The first day covered (YYYY-MM-DD). */
    from: IsoDate,
    /** The last day covered, when known (YYYY-MM-DD). */
    to: IsoDate.optional(),
    /** The period in plain words, as readers should see it. */
    label: Text,
  }),
  /** The publications the figures come from. */
  sources: z.array(PublishedSource).min(1),
  /** The figures, exactly as published. */
  figures: z.array(Figure).min(1),
  /** What a reader must know before drawing conclusions, one caveat per line. */
  caveats: z.array(Text).default([]),
});
export type Dataset = z.infer<typeof Dataset>;
