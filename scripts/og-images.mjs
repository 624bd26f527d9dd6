// Link-preview images (Open Graph, 1200x630 PNG) for the three sections of the guide, drawn from
// SVG written here and rasterised with sharp: the brand colour, white text in the system font
// stack (no web fonts, nothing downloaded) and a few simple shapes. Palette PNGs keep each one
// small (well under 60 KB), since they are fetched by every messaging app that previews a link.
//
//   node scripts/og-images.mjs [outDir]   writes <outDir>/og/{guides,local,help}.png (default: dist)
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_MAX_BYTES = 60 * 1024;

const BRAND = '#0b3d5c';
const SITE_NAME = 'Safe Online: a guide for parents';
/** The site name on two lines, so it fits at a size readable in a small preview whatever the font. */
/** @type {[string, string]} */
const SITE_NAME_LINES = ['Safe Online:', 'a guide for parents'];
export { SITE_NAME };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** The sections that get their own preview: file name, the line under the site name, and a small emblem. */
export const OG_SECTIONS = [
  { name: 'guides', line: 'App safety settings, step by step', emblem: 'tick' },
  { name: 'local', line: 'Local figures and who to call near you', emblem: 'pin' },
  { name: 'help', line: 'Something happened? Where to get help', emblem: 'phone' },
];

/** @param {string} value */
function escapeXml(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** White line-art emblems in a 160x160 box. @param {string} kind */
function emblem(kind) {
  const stroke = 'fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"';
  switch (kind) {
    case 'tick':
      return `<rect x="10" y="10" width="140" height="140" rx="24" ${stroke}/><path d="M45 82 L70 107 L117 55" ${stroke}/>`;
    case 'pin':
      return `<path d="M80 150 C80 150 30 95 30 62 A50 50 0 0 1 130 62 C130 95 80 150 80 150 Z" ${stroke}/><circle cx="80" cy="62" r="18" ${stroke}/>`;
    case 'phone':
      return `<rect x="40" y="8" width="80" height="144" rx="16" ${stroke}/><path d="M68 128 H92" ${stroke}/>`;
    default:
      return '';
  }
}

/**
 * The SVG of one preview.
 * @param {{ line: string; emblem: string }} section
 */
export function ogSvg(section) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
  <rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${BRAND}"/>
  <rect x="0" y="${OG_HEIGHT - 24}" width="${OG_WIDTH}" height="24" fill="#ffffff" fill-opacity="0.18"/>
  <circle cx="1080" cy="90" r="220" fill="#ffffff" fill-opacity="0.06"/>
  <g transform="translate(90 70)">${emblem(section.emblem)}</g>
  <text fill="#ffffff" font-family="${escapeXml(FONT)}" font-size="72" font-weight="700"><tspan x="90" y="334">${escapeXml(SITE_NAME_LINES[0])}</tspan><tspan x="90" y="418">${escapeXml(SITE_NAME_LINES[1])}</tspan></text>
  <rect x="90" y="474" width="120" height="8" rx="4" fill="#ffffff"/>
  <text x="90" y="552" fill="#ffffff" font-family="${escapeXml(FONT)}" font-size="44">${escapeXml(section.line)}</text>
</svg>`;
}

/**
 * Renders one section's preview as a PNG.
 * @param {{ line: string; emblem: string }} section
 * @returns {Promise<Buffer>}
 */
export function renderOgImage(section) {
  return sharp(Buffer.from(ogSvg(section)))
    .resize(OG_WIDTH, OG_HEIGHT)
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 })
    .toBuffer();
}

/**
 * Writes og/guides.png, og/local.png and og/help.png under outDir.
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written
 */
export async function writeOgImages(outDir) {
  const dir = join(outDir, 'og');
  await mkdir(dir, { recursive: true });
  return Promise.all(
    OG_SECTIONS.map(async (section) => {
      const png = await renderOgImage(section);
      if (png.length > OG_MAX_BYTES) throw new Error(`og/${section.name}.png is ${png.length} bytes, over ${OG_MAX_BYTES}`);
      const file = join(dir, `${section.name}.png`);
      await writeFile(file, png);
      return file;
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  writeOgImages(outDir).then(
    (files) => process.stdout.write(`${files.map((file) => `wrote ${file}`).join('\n')}\n`),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
