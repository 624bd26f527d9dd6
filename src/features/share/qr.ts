// QR codes for printed sheets and the share panel, drawn with qrcode-generator: error correction
// level M (about 15% of the code can be smudged or folded), byte mode, with the text sent as
// UTF-8. The SVG is black on white with explicit fills, so print, dark mode and forced colours
// keep the contrast a scanner needs, and it has a quiet zone of 4 modules as the standard asks.
import createQr from 'qrcode-generator';

/** The margin the QR standard asks for, in modules, on every side. */
export const QUIET_ZONE = 4;

/**
 * The text as a "binary string" (one char per UTF-8 byte): qrcode-generator's byte mode keeps
 * the low 8 bits of each char, so this is how non-ASCII text is encoded correctly without
 * changing the library's global converter.
 */
function utf8Binary(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

/**
 * The code's modules, row by row (true = dark), without the quiet zone. Throws if the text is
 * too long for any QR code (about 2,300 bytes at level M); links are kept far shorter.
 */
export function qrModules(text: string): boolean[][] {
  const code = createQr(0, 'M');
  code.addData(utf8Binary(text), 'Byte');
  code.make();
  const count = code.getModuleCount();
  return Array.from({ length: count }, (_row, row) => Array.from({ length: count }, (_col, col) => code.isDark(row, col)));
}

function escapeXml(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

/** One path for all dark modules: each run of dark modules in a row is one rectangle. */
export function modulesPath(modules: readonly (readonly boolean[])[], offset = QUIET_ZONE): string {
  let d = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end += 1;
      d += `M${x + offset} ${y + offset}h${end - x}v1h-${end - x}z`;
      x = end;
    }
  });
  return d;
}

/**
 * A complete, accessible SVG of the QR code for `text`: role="img" named by its <title> (and aria-label, which
 * some screen readers need for inline SVG), a
 * viewBox in modules (so it scales crisply), a white background and one black path. `size`, in
 * CSS pixels, sets width and height; without it the SVG fills its container.
 */
export function qrSvg(text: string, { label, size }: { label: string; size?: number }): string {
  const modules = qrModules(text);
  const extent = modules.length + QUIET_ZONE * 2;
  const dimensions = size !== undefined && Number.isFinite(size) && size > 0 ? ` width="${Math.round(size)}" height="${Math.round(size)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}"${dimensions} role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(label)}</title>` +
    `<rect width="${extent}" height="${extent}" fill="#ffffff"/>` +
    `<path fill="#000000" d="${modulesPath(modules)}"/>` +
    `</svg>`
  );
}
