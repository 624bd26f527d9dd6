// The schema of the help routes file (content/help/routes.yaml): every service the guide points a
// parent or child to, with what it is for, what it will not take, and where that was checked.
import { z } from 'zod';
import { HttpsUrl, Source, Text } from './common';

/** How urgent the situation a route is for. Emergency routes are shown first. */
export const Urgency = z.enum(['emergency', 'report', 'advice', 'child']);
export type Urgency = z.infer<typeof Urgency>;

/** A UK phone number as people write it: digits and single spaces, e.g. "0808 800 5000". */
const PhoneNumber = z.string().regex(/^\d[\d ]*\d$/, 'must be digits and spaces, e.g. 0808 800 5000');

const Phone = z.strictObject({
  /** The number as shown to readers. The tel: link is built from it. */
  number: PhoneNumber,
  /** Words to say after dialling or the option to press, e.g. "option 1". */
  option: Text.optional(),
  /** When the line is open, in plain words, e.g. "24 hours, every day". */
  hours: Text,
});

/** One service a parent or child can turn to. */
export const HelpRoute = z
  .strictObject({
    /** A stable kebab-case id, used by guides and areas to point at this route. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    /** The service's name as it calls itself. */
    name: Text,
    /** Who runs it. */
    runBy: Text,
    /** "national", or the id of the area (content/areas) it serves. */
    scope: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be "national" or an area id'),
    /** How urgent the situations it handles are. */
    urgency: Urgency,
    /** The main phone line, when there is one. */
    phone: Phone.optional(),
    /** Other phone lines, e.g. out of hours. */
    otherPhones: z.array(Phone.extend({ /** What this line is for, e.g. "Out of hours". */ label: Text })).default([]),
    /** The service's web page for this route (reporting form, chat, advice). */
    url: HttpsUrl.optional(),
    /** An email address, when the service takes email. */
    email: z.email({ error: 'must be an email address' }).optional(),
    /** When the web or email route is answered, when that differs from the phone hours. */
    onlineHours: Text.optional(),
    /** Who it is for, e.g. "Anyone under 19". */
    whoFor: Text,
    /** What to use it for: one situation per line. */
    for: z.array(Text).min(1),
    /** What it does not handle, so nobody is turned away at the worst moment. */
    notFor: z.array(Text).default([]),
    /** Anything a parent should know before using it (e.g. reports are not anonymous). */
    note: Text.optional(),
    /** The service's own page that the number, hours and scope were checked against. */
    source: Source,
    /** Where sources disagreed: what each said and what this file settled on. Shown on the sources page. */
    verification: Text.optional(),
  })
  .refine((route) => route.phone !== undefined || route.url !== undefined || route.email !== undefined, {
    message: 'a help route needs a phone number, a web address or an email address',
    path: ['phone'],
  });
export type HelpRoute = z.infer<typeof HelpRoute>;

/** The schema of content/help/routes.yaml. */
export const HelpRoutesFile = z.strictObject({
  /** The routes every page about harm shows in its "Worried right now?" panel, in order (ids). */
  strip: z.array(z.string()).min(1),
  /** Every help route, most urgent first. */
  routes: z.array(HelpRoute).min(1),
});
export type HelpRoutesFile = z.infer<typeof HelpRoutesFile>;
