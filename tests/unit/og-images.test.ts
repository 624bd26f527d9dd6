import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OG_MAX_BYTES, OG_SECTIONS, ogSvg, writeOgImages } from '../../scripts/og-images.mjs';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('link-preview images', () => {
  it('writes a small 1200x630 PNG for each section', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'og-'));
    dirs.push(dir);
    const files = await writeOgImages(dir);
    expect(files.map((file) => file.slice(dir.length + 1).replaceAll('\\', '/')).sort()).toEqual(['og/guides.png', 'og/help.png', 'og/local.png']);
    for (const file of files) {
      const png = await readFile(file);
      const meta = await sharp(png).metadata();
      expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
      expect(png.length).toBeLessThan(OG_MAX_BYTES);
    }
  }, 30_000);

  it('draws from self-contained SVG: the site name, the section line, no external fonts or images', () => {
    for (const section of OG_SECTIONS) {
      const svg = ogSvg(section);
      expect(svg).toContain('Safe Online:');
      expect(svg).toContain('a guide for parents');
      expect(svg).toContain(section.line);
      expect(svg).toContain('#0b3d5c');
      expect(svg).not.toMatch(/href|@import|url\(|@font-face/);
    }
  });
});
