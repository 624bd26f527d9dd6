// Build, dev server and unit-test configuration. The client bundle is built from
// src/islands/boot.ts (each island and the site scripts are chunks it loads after the first
// paint); src/prerender writes every page's HTML; vite-plugin-pwa then builds the service worker
// (src/sw.ts) with its precache list.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/content/plugin';
import { devServerPlugin } from './src/prerender/dev-server';
import { prerenderPlugin, ROUTE_FILES, type RouteFile } from './src/prerender/plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Where the site is served from. Set SITE_URL when deploying so canonical links are right. */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173';
/** Set BASE_PATH (e.g. /guide/) to host the guide under a sub-path. */
const base = process.env.BASE_PATH ?? '/';

const outDir = fileURLToPath(new URL('dist/', import.meta.url));

/**
 * The offline tiers, from the route table (via dist/route-files.json, written by the prerenderer
 * just before): pages kept "on-demand" (the guides) are not precached, so the precache stays flat
 * however many guides there are. They are cached when opened (src/sw.ts).
 */
function onDemandFiles(): Set<string> {
  const file = `${outDir}${ROUTE_FILES}`;
  if (!existsSync(file)) return new Set();
  const routes = JSON.parse(readFileSync(file, 'utf8')) as RouteFile[];
  return new Set(routes.filter((route) => route.offline === 'on-demand').map((route) => route.file));
}

const headExtra = (basePath: string) =>
  [
    `<link rel="manifest" href="${basePath}manifest.webmanifest">`,
    `<link rel="icon" href="${basePath}favicon.ico" sizes="48x48">`,
    `<link rel="icon" href="${basePath}icon.svg" sizes="any" type="image/svg+xml">`,
    `<link rel="apple-touch-icon" href="${basePath}apple-touch-icon-180x180.png">`,
  ].join('\n');

export default defineConfig({
  root,
  base,
  appType: 'custom',
  define: {
    // The day of the build: prerendered pages judge whether a guide may be out of date by it.
    'import.meta.env.BUILD_DATE': JSON.stringify(new Date().toISOString().slice(0, 10)),
    // Where "Something wrong here?" opens an email to (src/components/ReportProblemLink.tsx); empty hides the link.
    'import.meta.env.FEEDBACK_EMAIL': JSON.stringify(process.env.FEEDBACK_EMAIL?.trim() ?? ''),
    // The public address, for links that leave the page: QR codes and school pack links.
    'import.meta.env.SITE_URL': JSON.stringify(siteUrl.replace(/\/$/, '')),
  },
  plugins: [
    contentPlugin({ root }),
    react(),
    devServerPlugin({ root, headExtra }),
    prerenderPlugin({ root, siteUrl, serverPlugins: () => [contentPlugin({ root }), react()], headExtra }),
    VitePWA({
      // Our own worker (src/sw.ts): two offline tiers and updates only for the tab that asked,
      // which the generated worker cannot do. It explains each choice where it is made.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Updates are offered, never forced: the new worker waits for the reader to tap reload.
      registerType: 'prompt',
      // src/site/service-worker.ts registers the worker itself, after the page is idle.
      injectRegister: false,
      // Icons come from one SVG (public/icon.svg); the PNGs are generated at build time.
      pwaAssets: { image: 'public/icon.svg', preset: 'minimal-2023', includeHtmlHeadLinks: false, overrideManifestIcons: true, injectThemeColor: false },
      manifest: {
        name: 'Safe Online: a guide for parents',
        short_name: 'Safe Online',
        description: 'App safety settings step by step, local figures for Staffordshire and Derbyshire, and who to call. Works offline.',
        lang: 'en-GB',
        dir: 'ltr',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d5c',
      },
      injectManifest: {
        // The code, styles, icons and the first-tier pages. (The web manifest is added by the
        // plugin itself; globbing it too would list it twice and break the worker's install.)
        globPatterns: ['**/*.{html,js,css,svg,png,ico}'],
        // Link-preview images are for other sites' previews, never read offline.
        globIgnores: ['og/**'],
        manifestTransforms: [
          (entries) => {
            const onDemand = onDemandFiles();
            return { manifest: entries.filter((entry) => !onDemand.has(entry.url)), warnings: [] };
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The dynamic imports in boot.ts load after the first paint; no preload polyfill up front.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { boot: fileURLToPath(new URL('src/islands/boot.ts', import.meta.url)) } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['tests/components/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/components/setup.ts'] },
      },
    ],
  },
});
