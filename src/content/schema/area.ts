// The schema of one local area (content/areas/<id>.yaml): who polices it, who to call locally,
// and which statistics its page shows.
import { z } from 'zod';
import { Text } from './common';
import { Geography } from './stats';

/** The schema of one area file. */
export const Area = z.strictObject({
  /** The area's id: the file name without .yaml, and the last part of its web address. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  /** The area's name as local people say it. */
  name: Text,
  /** The geography its figures are recorded under (content/stats). */
  geography: Geography,
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
  headline: z.strictObject({
    /** The dataset's id (content/stats). */
    dataset: z.string(),
    /** The figure's id in that dataset; it must be a count. */
    figure: z.string(),
  }),
  /** Things this area's figures cannot tell, shown beside them (e.g. a missing later count). */
  gaps: z.array(Text).default([]),
});
export type Area = z.infer<typeof Area>;
