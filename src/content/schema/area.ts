// The schema of one local area (content/areas/<id>.yaml): who polices it, who to call locally,
// and which statistics its page shows.
import { z } from 'zod';
import { Text } from './common';
import { Geography } from './stats';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** A figure in a dataset: the dataset's id and the figure's id. */
const FigureRef = z.strictObject({
  /** The dataset's id (content/stats). */
  dataset: Id,
  /** The figure's id in that dataset. */
  figure: Id,
});

/** One bar of a chart. */
const ChartPoint = z.strictObject({
  /** The label under the bar, e.g. "2017/18". */
  label: Text,
  /** Which group the bar belongs to when bars are compared, e.g. "Snapchat". */
  group: Text.optional(),
  /** The figure the bar shows. */
  value: FigureRef,
});

/** A chart on the area's page. Every chart comes with a data table and a one-sentence takeaway. */
const Chart = z.strictObject({
  /** A kebab-case id, unique on the page. */
  id: Id,
  /** The chart's heading. */
  title: Text,
  /** What the chart shows, in one plain sentence a parent can take away. */
  takeaway: Text,
  /** "count" draws counts; "share" draws percentages (published, or worked out from counts). */
  measure: z.enum(['count', 'share']),
  /** The bars, in order. A figure published only in words appears in the table, not as a bar. */
  points: z.array(ChartPoint).min(2),
  /** Anything needed to read the chart rightly, e.g. that the places counted change over time. */
  note: Text.optional(),
});
export type Chart = z.infer<typeof Chart>;

/** A rate worked out from a count and a population (both stored, never the rate itself). */
const Rate = z.strictObject({
  /** The count, e.g. offences recorded. */
  count: FigureRef,
  /** The population it is compared with, e.g. children under 16. */
  population: FigureRef,
  /** What the rate is, e.g. "offences for every 100,000 children under 16". */
  label: Text,
});
export type Rate = z.infer<typeof Rate>;

/** The schema of one area file. */
export const Area = z.strictObject({
  /** The area's id: the file name without .yaml, and the last part of its web address. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  /** The area's name as local people say it. */
  name: Text,
  /** The geography its figures are recorded under (content/stats). */
  geography: Geography,
  /** Other geographies whose figures the page shows too, e.g. the West Midlands region around Staffordshire. */
  alsoShows: z.array(Geography).default([]),
  /** The police force that covers it. */
  police: Text,
  /** Which councils and places it covers, in one sentence. */
  covers: Text,
  /** A short, calm introduction to the page. */
  intro: Text,
  /** Ids of local help routes (content/help/routes.yaml), most urgent first. */
  helpRoutes: z.array(z.string()).default([]),
  /** Ids of datasets (content/stats) whose figures for this geography the page shows. */
  datasets: z.array(z.string()).min(1),
  /** The one figure the home page shows for this area: a dataset id and a figure id in it. */
  headline: FigureRef,
  /** Charts of figures over time, each with a data table and a takeaway. */
  charts: z.array(Chart).default([]),
  /** Rates per 100,000 children, worked out from stored counts and populations. */
  rates: z.array(Rate).default([]),
  /** Things this area's figures cannot tell, shown beside them (e.g. a missing later count). */
  gaps: z.array(Text).default([]),
});
export type Area = z.infer<typeof Area>;
