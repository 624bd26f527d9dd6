// Schemas of the help pages' content (content/help/first-hour.yaml, which-route.yaml, signs.yaml):
// what to do first, which service to turn to, and the signs of grooming.
import { z } from 'zod';
import { Source, Text } from './common';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** content/help/first-hour.yaml: what to do in the first hour after finding out. */
export const FirstHour = z.strictObject({
  /** One or two calm sentences before the steps. */
  intro: Text,
  /** The steps in order. */
  steps: z
    .array(
      z.strictObject({
        /** A stable kebab-case id, used as the step's anchor. */
        id: Id,
        /** One instruction, starting with a verb. */
        title: Text,
        /** What it means in practice, in two or three short sentences. */
        detail: Text,
        /** Things not to do at this step, one per line. */
        avoid: z.array(Text).default([]),
        /** Help routes (content/help/routes.yaml) this step sends the reader to. */
        routes: z.array(Id).default([]),
      }),
    )
    .min(3),
  /** The pages this advice was written from. */
  sources: z.array(Source).min(1),
});
export type FirstHour = z.infer<typeof FirstHour>;

const Answer = z
  .strictObject({
    /** The answer as the reader would say it. */
    label: Text,
    /** The next question's id, when there is one. */
    next: Id.optional(),
    /** Where this answer leads: help route ids, most urgent first. */
    routes: z.array(Id).default([]),
    /** What to do, in a sentence or two, shown with the routes. */
    advice: Text.optional(),
  })
  .refine((answer) => answer.next !== undefined || answer.routes.length > 0, {
    message: 'an answer needs a "next" question or at least one route',
    path: ['routes'],
  });

/** content/help/which-route.yaml: a few questions that lead to the right service. */
export const WhichRoute = z.strictObject({
  /** The first question's id. */
  start: Id,
  /** Every question. */
  questions: z
    .array(
      z.strictObject({
        /** A stable kebab-case id, used as the question's anchor. */
        id: Id,
        /** The question, short and plain. */
        question: Text,
        /** The possible answers. */
        answers: z.array(Answer).min(2),
      }),
    )
    .min(1),
});
export type WhichRoute = z.infer<typeof WhichRoute>;

/** content/help/signs.yaml: signs of grooming, and conversation starters by age group. */
export const Signs = z.strictObject({
  /** A sentence before the list of signs. */
  intro: Text,
  /** The signs, one per line. */
  signs: z.array(Text).min(3),
  /** What a parent should keep in mind reading the list. */
  note: Text,
  /** Where the list comes from. */
  source: Source,
  /** Conversation starters, by age group. */
  starters: z
    .array(
      z.strictObject({
        /** A stable kebab-case id. */
        id: Id,
        /** The age group as readers see it, e.g. "Ages 5 to 8". */
        ages: Text,
        /** Two to four things a parent could say. */
        lines: z.array(Text).min(2).max(4),
      }),
    )
    .min(2),
});
export type Signs = z.infer<typeof Signs>;
