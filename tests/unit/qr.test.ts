import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodePack, type SchoolPack } from '../../src/features/schools/pack';
import { QUIET_ZONE, qrModules, qrSvg } from '../../src/features/share/qr';

/** Draws the modules as RGBA pixels, as a camera would see a printed code: `scale` px per module, with the quiet zone. */
function toPixels(modules: boolean[][], scale = 4) {
  const side = (modules.length + QUIET_ZONE * 2) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const at = (((y + QUIET_ZONE) * scale + dy) * side + (x + QUIET_ZONE) * scale + dx) * 4;
          data[at] = 0;
          data[at + 1] = 0;
          data[at + 2] = 0;
        }
      }
    }),
  );
  return { data, side };
}

function scan(text: string) {
  const { data, side } = toPixels(qrModules(text));
  return jsQR(data, side, side, { inversionAttempts: 'dontInvert' });
}

const bigPack: SchoolPack = {
  version: 1,
  school: 'St Werburgh’s Church of England Academy, Burton upon Trent',
  lead: { name: 'Mrs Rhiannon Oyelaran-Whitfield', email: 'designated.safeguarding.lead@st-werburghs.staffs.sch.uk', phone: '+44 1283 555 0199' },
  guides: ['snapchat', 'instagram', 'tiktok', 'discord', 'whatsapp', 'youtube', 'roblox', 'fortnite', 'android-family-link', 'home-broadband'],
};

describe('QR codes', () => {
  it('encodes exactly the text: a long pack link scans back to itself', () => {
    const link = `https://safe-online.example.org/schools/pack#p=${encodePack(bigPack)}`;
    expect(link.length).toBeGreaterThan(250);
    expect(scan(link)?.data).toBe(link);
  });

  it('sends non-ASCII text as UTF-8 bytes', () => {
    const text = 'Ysgol Gymraeg Bro Ŵyr – café';
    const result = scan(text);
    expect(result?.binaryData).toEqual([...new TextEncoder().encode(text)]);
  });

  it('is square, and grows with the text', () => {
    const small = qrModules('https://example.org/');
    expect(small.every((row) => row.length === small.length)).toBe(true);
    expect(qrModules('x'.repeat(400)).length).toBeGreaterThan(small.length);
  });

  it('draws an accessible, self-contained SVG with a quiet zone, black on white', () => {
    const svg = qrSvg('https://example.org/schools/pack#p=abc', { label: 'Scan to open the pack' });
    const modules = qrModules('https://example.org/schools/pack#p=abc').length;
    const extent = modules + 2 * QUIET_ZONE;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${extent} ${extent}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Scan to open the pack</title>');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('fill="#000000"');
    expect(svg.match(/<path /g)).toHaveLength(1);
    // The first dark module (the finder pattern's corner) sits inside the quiet zone.
    expect(svg).toMatch(new RegExp(`d="M${QUIET_ZONE} ${QUIET_ZONE}h`));
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes the label and never contains script', () => {
    const label = '</title><script>alert(1)</script>"><img src=x onerror=alert(1)> & \'';
    const svg = qrSvg('<script>alert(1)</script>', { label });
    expect(svg).not.toMatch(/<script|<img/i);
    // Only the four elements the code is drawn with, and no event-handler attributes on them.
    expect(new Set([...svg.matchAll(/<([a-z]+)/gi)].map((match) => match[1]))).toEqual(new Set(['svg', 'title', 'rect', 'path']));
    const allowed = new Set(['xmlns', 'viewBox', 'role', 'aria-label', 'shape-rendering', 'width', 'height', 'fill', 'd']);
    for (const tag of svg.match(/<[a-z][^>]*>/gi) ?? []) {
      // Every attribute is name="value" with a known name: the label cannot break out of its quotes.
      const names = [...tag.matchAll(/\s([a-zA-Z-]+)="[^"]*"/g)].map((match) => match[1]);
      expect(tag.replace(/\s[a-zA-Z-]+="[^"]*"/g, '')).toMatch(/^<[a-z]+\/?>$/);
      for (const name of names) expect(allowed.has(name ?? '')).toBe(true);
    }
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;');
    expect(svg.match(/<title>/g)).toHaveLength(1);
    expect(svg).not.toMatch(/href/);
  });

  it('sets a size only when asked', () => {
    const openingTag = (svg: string) => svg.slice(0, svg.indexOf('>') + 1);
    expect(openingTag(qrSvg('a', { label: 'a' }))).not.toContain('width=');
    expect(openingTag(qrSvg('a', { label: 'a', size: 200 }))).toContain('width="200" height="200"');
  });
});
