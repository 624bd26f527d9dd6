// Build, dev server and unit-test configuration. The client bundle is built from src/main.tsx;
// src/prerender writes every page's HTML; vite-plugin-pwa then writes the service worker that
// precaches all of it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/content/plugin';
import { devServerPlugin } from './src/prerender/dev-server';
import { prerenderPlugin } from './src/prerender/plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Where the site is served from. Set SITE_URL when deploying so canonical links are right. */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173';
/** Set BASE_PATH (e.g. /guide/) to host the guide under a sub-path. */
const base = process.env.BASE_PATH ?? '/';

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
  },
  plugins: [
    contentPlugin({ root }),
    react(),
    devServerPlugin({ root, headExtra }),
    prerenderPlugin({ root, siteUrl, serverPlugins: () => [contentPlugin({ root }), react()], headExtra }),
    VitePWA({
      // Updates are offered, never forced: the new worker waits for the reader to tap reload.
      registerType: 'prompt',
      // main.tsx registers the worker itself, after hydration, through virtual:pwa-register.
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
      workbox: {
        // Every page's HTML, the code and the data, so the whole guide opens offline after one visit.
        // (The web manifest is added by the plugin itself; globbing it too would list it twice.)
        globPatterns: ['**/*.{html,js,css,svg,png,ico}'],
        // Canonical URLs have no trailing slash and no .html. Workbox's precache route matches
        // /apps/snapchat to apps/snapchat.html by default (its cleanURLs option), so no setting here.
        // Filters live in the query string (/apps?q=snap); it never changes which page is served.
        ignoreURLParametersMatching: [/.*/],
        // An unknown path goes to the network, and offline falls back to the prerendered 404 page,
        // rather than an app shell: every real page is precached as its own HTML.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: `${base}404.html` } },
          },
        ],
        // A new worker waits until the reader chooses to reload (see registerType above).
        skipWaiting: false,
        // On first install, take control of the open page at once, so its lazy chunks come from
        // the precache if the signal drops before the next reload. Updates still wait (above).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    rollupOptions: { input: { main: fileURLToPath(new URL('src/main.tsx', import.meta.url)) } },
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
