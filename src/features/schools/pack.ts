// A school pack: the school's name, a contact and the guides it recommends, carried entirely in a
// link's fragment (/schools/pack#p=...). The fragment never leaves the browser, so a school's
// details never reach a server or its logs, and the pack works offline once the page is cached.
//
// Wire format, version 1: base64url (no padding) of the UTF-8 of a small JSON object with short keys
//   { "v": 1, "s": school, "n": lead name, "e"?: email, "p"?: phone, "g": "id,id,id" }
// Guide ids are kebab-case, so the list is one comma-joined string: shorter than a JSON array,
// which keeps the QR code small. Everything here is pure (no DOM) and everything decoded is
// checked, because a link can be written by anyone.

export type SchoolPack = {
  version: 1;
  school: string;
  lead: { name: string; email?: string; phone?: string };
  guides: string[];
};

export type PackRejection = 'bad-encoding' | 'not-json' | 'wrong-version' | 'oversized' | 'bad-field' | 'no-guides';

export type PackResult =
  | { ok: true; pack: SchoolPack; skipped: string[] }
  | {
      ok: false;
      reason: PackRejection;
      /** For 'wrong-version': the version the pack declares, when it is a number. */
      version?: number;
      /** For 'wrong-version': true when the pack was made by a newer guide (update the guide to read it). */
      future?: boolean;
    };

/** The version this guide writes, and the newest it reads. */
export const PACK_VERSION = 1;
/** The fragment parameter the pack travels in: #p=... */
export const PACK_PARAM = 'p';

export const LIMITS = {
  school: 80,
  leadName: 60,
  email: 254,
  phone: 20,
  guides: 20,
  guideId: 64,
} as const;

/**
 * The longest fragment read. Any valid pack encodes below this (even one written entirely in
 * four-byte characters), so the check runs before decoding and a huge hash costs nothing.
 */
export const MAX_FRAGMENT_CHARS = 4096;

/** The longest link printed as a QR code: beyond it the code gets too dense to scan from a sheet at arm's length. */
export const MAX_LINK_CHARS = 600;

export function fitsQr(link: string): boolean {
  return link.length <= MAX_LINK_CHARS;
}

// ---------------------------------------------------------------------------------------------
// Text and contact checks

// C0 controls, DEL and C1 controls, the bidi embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) that can make a name display as something it is not, and lone surrogates
// (in a /u class, a surrogate range matches only unpaired halves, never a real character).
// oxlint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

/** Removes control, bidi-override and broken characters (a tab or line break becomes a space), collapses spaces and trims. */
export function cleanText(value: string): string {
  return value
    .replace(/[\t\n\v\f\r\u0085]/gu, ' ')
    .replace(UNSAFE_CHARS, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Length in characters as a person counts them (code points), not UTF-16 units. */
const charLength = (value: string) => [...value].length;

// The browser's own type=email pattern (HTML spec), plus a dot in the domain: plain ASCII only.
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/u;
// Digits and spaces, an optional leading +, at least 3 digits; the length is checked separately.
const PHONE_PATTERN = /^\+?[0-9 ]*$/u;
const GUIDE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export function isValidEmail(value: string): boolean {
  if (value.length > LIMITS.email || !EMAIL_PATTERN.test(value)) return false;
  const local = value.slice(0, value.lastIndexOf('@'));
  return local.length <= 64;
}

export function isValidPhone(value: string): boolean {
  return value.length <= LIMITS.phone && PHONE_PATTERN.test(value) && (value.match(/[0-9]/gu)?.length ?? 0) >= 3;
}

/** A mailto: link for a valid email address, or null. The address is percent-encoded either side of the @. */
export function mailtoHref(email: unknown): string | null {
  if (typeof email !== 'string' || !isValidEmail(email)) return null;
  const at = email.lastIndexOf('@');
  return `mailto:${encodeURIComponent(email.slice(0, at))}@${encodeURIComponent(email.slice(at + 1))}`;
}

/** A tel: link (digits and a leading + only) for a valid phone number, or null. */
export function telHref(phone: unknown): string | null {
  if (typeof phone !== 'string' || !isValidPhone(phone)) return null;
  return `tel:${phone.replace(/[^0-9+]/gu, '')}`;
}

// ---------------------------------------------------------------------------------------------
// Checking a pack (used by the decoder, and by the form before it encodes)

const trimSpaces = (value: string) => value.replace(/^ +| +$/gu, '');

type Checked = { ok: true; pack: SchoolPack; skipped: string[] } | { ok: false; reason: 'bad-field' | 'no-guides' };

/**
 * Checks and tidies a pack's fields: text cleaned of control and bidi characters, lengths and
 * contact formats checked, guide ids the guide does not know skipped (and listed), duplicates
 * removed. Markup stays what it was: plain text, for the UI to render as text.
 */
export function checkPack(
  input: { school: unknown; leadName: unknown; email?: unknown; phone?: unknown; guides: unknown },
  knownGuideIds: ReadonlySet<string>,
): Checked {
  const bad = { ok: false, reason: 'bad-field' } as const;
  if (typeof input.school !== 'string' || typeof input.leadName !== 'string') return bad;
  const school = cleanText(input.school);
  const name = cleanText(input.leadName);
  if (!school || charLength(school) > LIMITS.school) return bad;
  if (!name || charLength(name) > LIMITS.leadName) return bad;

  // Email and phone are used in links, so they are checked as they are, not cleaned: only
  // leading and trailing spaces (as typed in a form) are dropped.
  const lead: SchoolPack['lead'] = { name };
  if (input.email !== undefined && input.email !== '') {
    if (typeof input.email !== 'string') return bad;
    const email = trimSpaces(input.email);
    if (!isValidEmail(email)) return bad;
    lead.email = email;
  }
  if (input.phone !== undefined && input.phone !== '') {
    if (typeof input.phone !== 'string') return bad;
    const phone = trimSpaces(input.phone);
    if (!isValidPhone(phone)) return bad;
    lead.phone = phone;
  }

  if (!Array.isArray(input.guides) || input.guides.length > LIMITS.guides) return bad;
  const guides: string[] = [];
  const skipped: string[] = [];
  for (const id of input.guides as unknown[]) {
    if (typeof id !== 'string' || id.length > LIMITS.guideId) return bad;
    if (guides.includes(id) || skipped.includes(id)) continue;
    if (GUIDE_ID_PATTERN.test(id) && knownGuideIds.has(id)) guides.push(id);
    else skipped.push(id);
  }
  if (guides.length === 0) return { ok: false, reason: 'no-guides' };
  return { ok: true, pack: { version: 1, school, lead, guides }, skipped };
}

// ---------------------------------------------------------------------------------------------
// base64url and UTF-8

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map([...ALPHABET].map((char, index) => [char, index]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const left = bytes.length - i;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (left > 1) out += ALPHABET[(n >> 6) & 63]!;
    if (left > 2) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Strict: only the base64url alphabet, no padding, and no stray bits, so each pack has one spelling. */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length === 0 || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = ALPHABET_INDEX.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Encoding and decoding

type WireV1 = { v: 1; s: string; n: string; e?: string; p?: string; g: string };

/** The pack as fragment text (without the "#p="): base64url of a short JSON. */
export function encodePack(pack: SchoolPack): string {
  const wire: WireV1 = { v: 1, s: pack.school, n: pack.lead.name, g: [...new Set(pack.guides)].join(',') };
  if (pack.lead.email) wire.e = pack.lead.email;
  if (pack.lead.phone) wire.p = pack.lead.phone;
  return toBase64Url(new TextEncoder().encode(JSON.stringify(wire)));
}

/** The fragment for a pack, with its "#": append it to the pack page's address. */
export function packFragment(pack: SchoolPack): string {
  return `#${PACK_PARAM}=${encodePack(pack)}`;
}

/** The payload from "#p=...", "p=..." or the bare encoded text. */
function payloadOf(fragment: string): string | null {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!hash.includes('=')) return hash;
  for (const part of hash.split('&')) {
    if (part.startsWith(`${PACK_PARAM}=`)) return part.slice(PACK_PARAM.length + 1);
  }
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readV1(wire: Record<string, unknown>, knownGuideIds: ReadonlySet<string>): PackResult {
  if (typeof wire.g !== 'string') return { ok: false, reason: 'bad-field' };
  const ids = wire.g === '' ? [] : wire.g.split(',');
  return checkPack({ school: wire.s, leadName: wire.n, email: wire.e, phone: wire.p, guides: ids }, knownGuideIds);
}

/**
 * Reads a pack from a link's fragment (location.hash). Never throws: a link that cannot be read
 * says why, so the page can explain it. Unknown guide ids are skipped and listed.
 */
export function decodePack(fragment: string, knownGuideIds: ReadonlySet<string>): PackResult {
  if (fragment.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'oversized' };
  const payload = payloadOf(fragment);
  if (payload === null) return { ok: false, reason: 'bad-encoding' };
  const bytes = fromBase64Url(payload);
  if (bytes === null) return { ok: false, reason: 'bad-encoding' };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: 'bad-encoding' };
  }
  let wire: unknown;
  try {
    wire = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(wire)) return { ok: false, reason: 'bad-field' };

  // Each version the guide has ever written gets its own case, so older links keep working and a
  // newer link is refused by name rather than misread.
  const version = wire.v;
  switch (version) {
    case 1:
      return readV1(wire, knownGuideIds);
    default:
      if (typeof version === 'number' && Number.isInteger(version)) {
        return { ok: false, reason: 'wrong-version', version, future: version > PACK_VERSION };
      }
      return { ok: false, reason: 'wrong-version', future: false };
  }
}

// ---------------------------------------------------------------------------------------------
// Presets: starting lists a school can edit. At most 8 each, so a pack stays short and a QR code readable.

export const PRESETS = {
  // Primary: the family's devices and home network first (one setting there covers every app),
  // then what younger children actually use: YouTube Kids, Roblox and Minecraft.
  primary: ['iphone-ipad', 'android-family-link', 'nintendo-switch', 'home-broadband', 'youtube-kids', 'roblox', 'minecraft'],
  // 11-13: the first phone usually arrives with secondary school, so the phone and network stay,
  // joined by the messaging and video apps that arrive with it (WhatsApp, TikTok, Snapchat,
  // YouTube) and the game most played at this age (Fortnite).
  '11-13': ['iphone-ipad', 'android-family-link', 'home-broadband', 'whatsapp', 'tiktok', 'snapchat', 'youtube', 'fortnite'],
  // 14-16: by now the settings that matter are in the social and chat apps themselves, where
  // contact from strangers, location sharing and group chats happen.
  '14-16': ['snapchat', 'instagram', 'tiktok', 'discord', 'whatsapp', 'youtube'],
} as const satisfies Record<string, readonly string[]>;

export type PresetName = keyof typeof PRESETS;

// ---------------------------------------------------------------------------------------------
// Newsletter and WhatsApp messages

/** The i18n keys newsletterMessages uses, with the variables each is given. */
export const PACK_MESSAGE_KEYS = {
  /** Vars: school, name (the guide's name), link. */
  guide: 'schools.message.guide',
  /** Vars: school, count, names (the guides' names as a list), lead, link. */
  intro: 'schools.message.intro',
} as const;

/** English source strings for PACK_MESSAGE_KEYS (i18next {{var}} interpolation), for the locale file. */
export const PACK_MESSAGE_DEFAULTS = {
  [PACK_MESSAGE_KEYS.guide]: 'This week: {{school}} recommends checking {{name}} settings with your child. Step by step, works offline: {{link}}',
  [PACK_MESSAGE_KEYS.intro]:
    '{{school}} recommends {{count}} online safety guides for parents: {{names}}. Step-by-step settings that work offline: {{link}} Questions? Ask {{lead}} at school.',
} as const;

export type Translate = (key: string, vars: Record<string, string | number>) => string;

export type PackMessages = {
  /** One short message for the whole pack, short enough for a WhatsApp group. */
  intro: string;
  /** One ready-to-paste message per guide, in the pack's order. */
  perGuide: { id: string; name: string; text: string }[];
};

/**
 * Plain-text messages for newsletters and class groups. `link()` is the pack's link and
 * `link(id)` a guide's; guides without a name in `guides` are left out. `joinList` turns names
 * into a list for the language (e.g. with Intl.ListFormat); by default, commas.
 */
export function newsletterMessages(
  pack: SchoolPack,
  guides: readonly { id: string; name: string }[],
  link: (guideId?: string) => string,
  t: Translate,
  joinList: (items: string[]) => string = (items) => items.join(', '),
): PackMessages {
  const names = new Map(guides.map((guide) => [guide.id, guide.name]));
  const named = pack.guides.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
  const perGuide = named.map(({ id, name }) => ({ id, name, text: t(PACK_MESSAGE_KEYS.guide, { school: pack.school, name, link: link(id) }) }));
  const intro = t(PACK_MESSAGE_KEYS.intro, {
    school: pack.school,
    count: named.length,
    names: joinList(named.map((guide) => guide.name)),
    lead: pack.lead.name,
    link: link(),
  });
  return { intro, perGuide };
}
