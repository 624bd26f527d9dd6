import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  decodePack,
  encodePack,
  fitsQr,
  LIMITS,
  mailtoHref,
  MAX_FRAGMENT_CHARS,
  MAX_LINK_CHARS,
  newsletterMessages,
  PACK_MESSAGE_DEFAULTS,
  PACK_MESSAGE_KEYS,
  packFragment,
  PRESETS,
  telHref,
  type SchoolPack,
  type Translate,
} from '../../src/features/schools/pack';

/** The guides that exist: content/apps/<id>.yaml. */
const existing = new Set(
  readdirSync(new URL('../../content/apps/', import.meta.url))
    .filter((file) => file.endsWith('.yaml') && !file.startsWith('_'))
    .map((file) => file.slice(0, -'.yaml'.length)),
);
const known: ReadonlySet<string> = new Set(['snapchat', 'instagram', 'tiktok', 'discord', 'whatsapp', 'youtube', 'roblox', 'minecraft']);

const typical: SchoolPack = {
  version: 1,
  school: 'St Mary’s Catholic Primary School, Leek',
  lead: { name: 'Mrs J. Patel', email: 'safeguarding@stmarys-leek.staffs.sch.uk', phone: '01538 123456' },
  guides: ['snapchat', 'instagram', 'tiktok', 'discord', 'whatsapp', 'youtube'],
};

/** A fragment for any JSON-able value, as a hand-made (or tampered) link would carry it. */
const fragmentOf = (value: unknown) => `#p=${Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')}`;
/** A version 1 wire object with one field changed. */
const wire = (overrides: Record<string, unknown> = {}) => ({ v: 1, s: 'Oakfield School', n: 'Mr Hughes', g: 'snapchat,roblox', ...overrides });
const decodeWire = (overrides: Record<string, unknown>) => decodePack(fragmentOf(wire(overrides)), known);

describe('school pack: encoding', () => {
  it('round-trips a pack', () => {
    expect(decodePack(packFragment(typical), known)).toEqual({ ok: true, pack: typical, skipped: [] });
    expect(decodePack(encodePack(typical), known)).toEqual({ ok: true, pack: typical, skipped: [] });
    expect(decodePack(`p=${encodePack(typical)}`, known)).toMatchObject({ ok: true });
  });

  it('round-trips without the optional contact details', () => {
    const pack: SchoolPack = { version: 1, school: 'Ysgol Gymraeg – café ☕ 𝒮', lead: { name: 'Siân' }, guides: ['roblox'] };
    expect(decodePack(packFragment(pack), known)).toEqual({ ok: true, pack, skipped: [] });
  });

  it('is base64url without padding, in the fragment, never the query', () => {
    const fragment = packFragment(typical);
    expect(fragment).toMatch(/^#p=[A-Za-z0-9_-]+$/);
    expect(fragment).not.toContain('?');
    expect(fragment.slice('#p='.length)).not.toContain('=');
  });

  it('keeps a typical 6-guide pack short enough for a readable QR code', () => {
    const fragment = packFragment(typical);
    expect(fragment.length).toBeLessThan(300);
    const link = `https://safe-online.example.org/schools/pack${fragment}`;
    expect(fitsQr(link)).toBe(true);
    expect(fitsQr(`https://example.org/#p=${'A'.repeat(MAX_LINK_CHARS)}`)).toBe(false);
  });

  it('encodes every preset for a typical school well within a QR code', () => {
    for (const guides of Object.values(PRESETS)) {
      const link = `https://safe-online.example.org/schools/pack${packFragment({ ...typical, guides: [...guides] })}`;
      expect(fitsQr(link)).toBe(true);
    }
  });

  it('keeps the largest valid pack under the oversized limit, and reads it', () => {
    const astral = '𝒮'; // four bytes in UTF-8
    const ids = Array.from({ length: LIMITS.guides }, (_, i) => `${'g'.repeat(61)}-${String(i).padStart(2, '0')}`);
    const pack: SchoolPack = {
      version: 1,
      school: astral.repeat(LIMITS.school),
      lead: { name: astral.repeat(LIMITS.leadName), email: `${'a'.repeat(64)}@${`${'b'.repeat(61)}.`.repeat(3)}com`, phone: '+44 1234 567 890 123' },
      guides: ids,
    };
    expect(pack.lead.email).toHaveLength(LIMITS.email);
    expect(pack.lead.phone).toHaveLength(LIMITS.phone);
    const fragment = packFragment(pack);
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    expect(decodePack(fragment, new Set(ids))).toEqual({ ok: true, pack, skipped: [] });
  });
});

describe('school pack: rejections', () => {
  it('refuses text that is not base64url', () => {
    expect(decodePack('#p=abc$def', known)).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(decodePack('#p=abc+/de', known)).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(decodePack('#p=', known)).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(decodePack('', known)).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(decodePack('#p=abcde', known)).toEqual({ ok: false, reason: 'bad-encoding' }); // impossible length
    expect(decodePack(`${packFragment(typical)}==`, known)).toEqual({ ok: false, reason: 'bad-encoding' }); // padding
    expect(decodePack('#q=abcd', known)).toEqual({ ok: false, reason: 'bad-encoding' }); // no pack parameter
  });

  it('refuses a non-canonical spelling (stray low bits)', () => {
    // "QR" and "QQ" both carry the byte "A"; "QR" has a set bit left over, so it is refused.
    expect(decodePack('#p=QR', known)).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(decodePack('#p=QQ', known)).toEqual({ ok: false, reason: 'not-json' }); // "A", canonical, but not JSON
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(decodePack(`#p=${Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url')}`, known)).toEqual({ ok: false, reason: 'bad-encoding' });
  });

  it('refuses text that is not JSON', () => {
    expect(decodePack(`#p=${Buffer.from('{v:1, school}').toString('base64url')}`, known)).toEqual({ ok: false, reason: 'not-json' });
    expect(decodePack(`#p=${Buffer.from('<script>alert(1)</script>').toString('base64url')}`, known)).toEqual({ ok: false, reason: 'not-json' });
  });

  it('refuses JSON that is not a pack object', () => {
    for (const value of [null, 1, 'pack', [1, 'Oakfield'], true]) {
      expect(decodePack(fragmentOf(value), known)).toEqual({ ok: false, reason: 'bad-field' });
    }
  });

  it('refuses a future version by name, so the page can ask for an update', () => {
    expect(decodeWire({ v: 2 })).toEqual({ ok: false, reason: 'wrong-version', version: 2, future: true });
    expect(decodeWire({ v: 99 })).toEqual({ ok: false, reason: 'wrong-version', version: 99, future: true });
  });

  it('refuses an unknown or missing version', () => {
    expect(decodeWire({ v: 0 })).toEqual({ ok: false, reason: 'wrong-version', version: 0, future: false });
    expect(decodeWire({ v: -1 })).toEqual({ ok: false, reason: 'wrong-version', version: -1, future: false });
    expect(decodeWire({ v: '1' })).toEqual({ ok: false, reason: 'wrong-version', future: false });
    expect(decodeWire({ v: 1.5 })).toEqual({ ok: false, reason: 'wrong-version', future: false });
    expect(decodeWire({ v: undefined })).toEqual({ ok: false, reason: 'wrong-version', future: false });
  });

  it('refuses oversized input before decoding it', () => {
    // Valid base64url of zero bytes: only the length check can refuse it.
    expect(decodePack(`#p=${'A'.repeat(MAX_FRAGMENT_CHARS)}`, known)).toEqual({ ok: false, reason: 'oversized' });
    expect(decodePack('!'.repeat(MAX_FRAGMENT_CHARS + 1), known)).toEqual({ ok: false, reason: 'oversized' });
  });

  it('refuses fields of the wrong type', () => {
    for (const overrides of [{ s: 1 }, { s: null }, { s: ['Oakfield'] }, { n: {} }, { n: undefined }, { e: 5 }, { p: 1234567 }, { g: ['snapchat'] }, { g: 1 }, { g: undefined }]) {
      expect(decodeWire(overrides), JSON.stringify(overrides)).toEqual({ ok: false, reason: 'bad-field' });
    }
  });

  it('refuses fields over their length limits, counting characters, not bytes', () => {
    expect(decodeWire({ s: 'é'.repeat(LIMITS.school) })).toMatchObject({ ok: true });
    expect(decodeWire({ s: '𝒮'.repeat(LIMITS.school) })).toMatchObject({ ok: true });
    expect(decodeWire({ s: 'x'.repeat(LIMITS.school + 1) })).toEqual({ ok: false, reason: 'bad-field' });
    expect(decodeWire({ n: 'x'.repeat(LIMITS.leadName) })).toMatchObject({ ok: true });
    expect(decodeWire({ n: 'x'.repeat(LIMITS.leadName + 1) })).toEqual({ ok: false, reason: 'bad-field' });
    expect(decodeWire({ e: `${'a'.repeat(64)}@${`${'b'.repeat(61)}.`.repeat(3)}comm` })).toEqual({ ok: false, reason: 'bad-field' }); // 255
    expect(decodeWire({ e: `${'a'.repeat(65)}@school.org` })).toEqual({ ok: false, reason: 'bad-field' });
    expect(decodeWire({ p: '0'.repeat(LIMITS.phone) })).toMatchObject({ ok: true });
    expect(decodeWire({ p: '0'.repeat(LIMITS.phone + 1) })).toEqual({ ok: false, reason: 'bad-field' });
  });

  it('refuses an empty school or lead name', () => {
    expect(decodeWire({ s: '' })).toEqual({ ok: false, reason: 'bad-field' });
    expect(decodeWire({ s: '   ' })).toEqual({ ok: false, reason: 'bad-field' });
    expect(decodeWire({ n: '\u202e\u0000' })).toEqual({ ok: false, reason: 'bad-field' });
  });

  it('refuses an email that is not a plain address', () => {
    for (const e of ['head', 'head@school', '@school.org', 'head@@school.org', 'head teacher@school.org', 'head@school..org', 'head@-school.org', 'mr.héad@school.org', 'head@school.org\n', 'javascript:alert(1)//@x.org']) {
      expect(decodeWire({ e }), e).toEqual({ ok: false, reason: 'bad-field' });
    }
    expect(decodeWire({ e: ' head@school.org ', p: ' 01538 123456 ' })).toMatchObject({ ok: true, pack: { lead: { email: 'head@school.org', phone: '01538 123456' } } });
    expect(decodeWire({ e: "o'brien+safeguarding@school.sch.uk" })).toMatchObject({ ok: true, pack: { lead: { email: "o'brien+safeguarding@school.sch.uk" } } });
  });

  it('refuses a phone number with anything but digits, spaces and a leading +', () => {
    for (const p of ['01538-123456', '(01538) 123456', '01538 123456 ext 2', '0153+8123456', '++441538', '12', '+', 'tel:01538123456']) {
      expect(decodeWire({ p }), p).toEqual({ ok: false, reason: 'bad-field' });
    }
    expect(decodeWire({ p: '+44 1538 123456' })).toMatchObject({ ok: true, pack: { lead: { phone: '+44 1538 123456' } } });
  });

  it('treats an empty email or phone as absent', () => {
    const result = decodeWire({ e: '', p: '' });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.pack.lead).toEqual({ name: 'Mr Hughes' });
  });

  it('refuses a pack with no guides left', () => {
    expect(decodeWire({ g: '' })).toEqual({ ok: false, reason: 'no-guides' });
    expect(decodeWire({ g: 'myspace,bebo' })).toEqual({ ok: false, reason: 'no-guides' });
  });

  it('refuses more than 20 guides', () => {
    const many = Array.from({ length: LIMITS.guides + 1 }, (_, i) => `guide-${i}`);
    expect(decodePack(fragmentOf(wire({ g: many.join(',') })), new Set(many))).toEqual({ ok: false, reason: 'bad-field' });
    expect(decodePack(fragmentOf(wire({ g: many.slice(1).join(',') })), new Set(many))).toMatchObject({ ok: true });
  });
});

describe('school pack: guides', () => {
  it('skips and lists guide ids the guide does not know', () => {
    expect(decodeWire({ g: 'snapchat,myspace,roblox,Snapchat,snap_chat' })).toEqual({
      ok: true,
      pack: { version: 1, school: 'Oakfield School', lead: { name: 'Mr Hughes' }, guides: ['snapchat', 'roblox'] },
      skipped: ['myspace', 'Snapchat', 'snap_chat'],
    });
  });

  it('removes duplicates, keeping the first order', () => {
    const result = decodeWire({ g: 'roblox,snapchat,roblox,myspace,snapchat,myspace' });
    expect(result).toMatchObject({ ok: true, pack: { guides: ['roblox', 'snapchat'] }, skipped: ['myspace'] });
    expect(encodePack({ ...typical, guides: ['roblox', 'roblox'] })).toBe(encodePack({ ...typical, guides: ['roblox'] }));
  });

  it('does not treat ids that look like object keys as known', () => {
    expect(decodeWire({ g: '__proto__,constructor,snapchat' })).toMatchObject({ ok: true, pack: { guides: ['snapchat'] }, skipped: ['__proto__', 'constructor'] });
  });
});

describe('school pack: text is only ever text', () => {
  const markup = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE packs; --", '&lt;b&gt; &amp; {{school}} ${name}'];

  it('keeps markup in the school and lead name as literal text', () => {
    for (const text of markup) {
      const pack: SchoolPack = { version: 1, school: text, lead: { name: text }, guides: ['snapchat'] };
      const result = decodePack(packFragment(pack), known);
      expect(result).toEqual({ ok: true, pack, skipped: [] });
    }
  });

  it('keeps markup in guide ids as literal text in the skipped list, never as a guide', () => {
    const result = decodeWire({ g: 'snapchat,<script>alert(1)</script>,"><img src=x onerror=alert(1)>' });
    expect(result).toEqual({
      ok: true,
      pack: { version: 1, school: 'Oakfield School', lead: { name: 'Mr Hughes' }, guides: ['snapchat'] },
      skipped: ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'],
    });
  });

  it('refuses markup in the email and phone, which are used in links', () => {
    for (const text of markup) {
      expect(decodeWire({ e: text })).toEqual({ ok: false, reason: 'bad-field' });
      expect(decodeWire({ e: `${text}@school.org` })).toEqual({ ok: false, reason: 'bad-field' });
      expect(decodeWire({ p: text })).toEqual({ ok: false, reason: 'bad-field' });
    }
  });

  it('keeps markup literal in the ready-made messages', () => {
    const pack: SchoolPack = { version: 1, school: '<script>alert(1)</script>', lead: { name: '"><img src=x onerror=alert(1)>' }, guides: ['snapchat'] };
    const messages = newsletterMessages(pack, [{ id: 'snapchat', name: 'Snapchat' }], () => 'https://example.org/', english);
    expect(messages.intro).toContain('<script>alert(1)</script>');
    expect(messages.intro).toContain('"><img src=x onerror=alert(1)>');
  });
});

describe('school pack: control and bidi characters', () => {
  it('strips C0, C1 and bidi embedding, override and isolate characters', () => {
    const pack: SchoolPack = {
      version: 1,
      school: 'Oak\u0000field\u0007 \u009bSchool\u007f',
      lead: { name: '\u202eMr\u202a \u202b\u202c\u202dHughes\u2066\u2067\u2068\u2069' },
      guides: ['snapchat'],
    };
    expect(decodePack(packFragment(pack), known)).toMatchObject({ ok: true, pack: { school: 'Oakfield School', lead: { name: 'Mr Hughes' } } });
  });

  it('turns line breaks and tabs into single spaces', () => {
    expect(decodeWire({ s: '  Oakfield\r\n\tSchool\u0085 ' })).toMatchObject({ ok: true, pack: { school: 'Oakfield School' } });
  });

  it('strips lone surrogates but keeps real characters outside the BMP', () => {
    expect(cleanText('Emoji \ud83d\ude00 school\ud800')).toBe('Emoji 😀 school');
  });

  it('keeps right-to-left text itself', () => {
    expect(decodeWire({ s: 'مدرسة النور' })).toMatchObject({ ok: true, pack: { school: 'مدرسة النور' } });
  });
});

describe('contact links', () => {
  it('builds mailto: only from a valid address, percent-encoded', () => {
    expect(mailtoHref('head@school.org')).toBe('mailto:head@school.org');
    expect(mailtoHref("o'brien+dsl@school.sch.uk")).toBe("mailto:o'brien%2Bdsl@school.sch.uk");
    expect(mailtoHref('a&b?c=d#e@school.org')).toBe('mailto:a%26b%3Fc%3Dd%23e@school.org');
    for (const bad of ['', 'head', 'javascript:alert(1)', 'head@school.org?bcc=all@x.org', '<script>@x.org', 'head@school.org\n', null, undefined, 42]) {
      expect(mailtoHref(bad)).toBeNull();
    }
  });

  it('builds tel: with digits and a leading + only', () => {
    expect(telHref('01538 123456')).toBe('tel:01538123456');
    expect(telHref('+44 1538 123456')).toBe('tel:+441538123456');
    for (const bad of ['', '12', 'javascript:alert(1)', '01538-123456', '0'.repeat(21), '<b>01538</b>', null, 1234]) {
      expect(telHref(bad)).toBeNull();
    }
  });
});

describe('presets', () => {
  it('lists only guides that exist, at most 8, without duplicates', () => {
    for (const [name, guides] of Object.entries(PRESETS)) {
      expect(guides.length, name).toBeGreaterThan(0);
      expect(guides.length, name).toBeLessThanOrEqual(8);
      expect(new Set(guides).size, name).toBe(guides.length);
      for (const id of guides) expect(existing.has(id), `${name}: ${id}`).toBe(true);
    }
  });

  it('picks what each age group uses', () => {
    expect(PRESETS.primary).toEqual(expect.arrayContaining(['youtube-kids', 'roblox', 'minecraft', 'home-broadband', 'iphone-ipad', 'android-family-link']));
    expect(PRESETS['11-13']).toEqual(expect.arrayContaining(['whatsapp', 'tiktok', 'snapchat', 'youtube', 'fortnite']));
    expect(PRESETS['14-16']).toEqual(expect.arrayContaining(['snapchat', 'instagram', 'tiktok', 'discord', 'whatsapp', 'youtube']));
  });
});

/** A minimal i18next-style formatter over the English defaults. */
const english: Translate = (key, vars) =>
  (PACK_MESSAGE_DEFAULTS as Record<string, string>)[key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));

describe('newsletter messages', () => {
  const names = [
    { id: 'snapchat', name: 'Snapchat' },
    { id: 'instagram', name: 'Instagram' },
    { id: 'tiktok', name: 'TikTok' },
    { id: 'discord', name: 'Discord' },
    { id: 'whatsapp', name: 'WhatsApp' },
    { id: 'youtube', name: 'YouTube' },
  ];
  const link = (id?: string) => (id ? `https://safe-online.example.org/apps/${id}` : `https://safe-online.example.org/schools/pack${packFragment(typical)}`);

  it('writes one message per guide, in the pack order, through the formatter', () => {
    const messages = newsletterMessages(typical, names.toReversed(), link, english);
    expect(messages.perGuide.map((message) => message.id)).toEqual(typical.guides);
    expect(messages.perGuide[0]?.text).toBe(
      'This week: St Mary’s Catholic Primary School, Leek recommends checking Snapchat settings with your child. Step by step, works offline: https://safe-online.example.org/apps/snapchat',
    );
  });

  it('writes a WhatsApp-length intro for the whole pack', () => {
    const { intro } = newsletterMessages(typical, names, link, english);
    expect(intro).toContain('St Mary’s Catholic Primary School, Leek');
    expect(intro).toContain('Snapchat, Instagram, TikTok, Discord, WhatsApp, YouTube');
    expect(intro).toContain('Mrs J. Patel');
    expect(intro).toContain(link());
    expect(intro).not.toContain('{{');
    expect(intro.length).toBeLessThan(600);
  });

  it('uses only the exported keys, and hard-codes no English', () => {
    const calls: [string, Record<string, string | number>][] = [];
    const messages = newsletterMessages(typical, names, link, (key, vars) => {
      calls.push([key, vars]);
      return `[${key}]`;
    });
    expect(new Set(calls.map(([key]) => key))).toEqual(new Set(Object.values(PACK_MESSAGE_KEYS)));
    expect(messages.intro).toBe(`[${PACK_MESSAGE_KEYS.intro}]`);
    expect(calls.find(([key]) => key === PACK_MESSAGE_KEYS.intro)?.[1]).toMatchObject({ school: typical.school, count: 6, lead: 'Mrs J. Patel' });
    expect(Object.keys(PACK_MESSAGE_DEFAULTS).sort()).toEqual(Object.values(PACK_MESSAGE_KEYS).sort());
  });

  it('leaves out guides it has no name for, and lets the language join the list', () => {
    const messages = newsletterMessages(typical, names.slice(0, 2), link, english, (items) => new Intl.ListFormat('en-GB').format(items));
    expect(messages.perGuide).toHaveLength(2);
    expect(messages.intro).toContain('2 online safety guides for parents: Snapchat and Instagram.');
  });
});
