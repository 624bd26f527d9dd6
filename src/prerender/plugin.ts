// The prerender plugin. After the client bundle is written, it builds src/prerender/entry-server
// for Node, renders every page of the route table to a complete HTML page and writes it into
// dist/, with the route list (route-files.json, which the service worker's precache is filtered
// by) and a sitemap. It runs before vite-plugin-pwa writes the service worker (closeBundle, order
// 'pre'), so every page exists when the precache list is made.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { writeOgImages } from '../../scripts/og-images.mjs';
import { renderDocument, escapeHtml } from './document';
import type { PrerenderTarget, RenderedPage } from './entry-server';
import type { RouteName } from '../routes/table';
import type { Params } from '../routing/types';

interface ServerEntry {
  renderRoute: (name: RouteName, params: Params) => Promise<RenderedPage | null>;
  prerenderTargets: () => Promise<PrerenderTarget[]>;
}

export interface PrerenderOptions {
  root: string;
  /** Origin the site is served from, for canonical links, e.g. https://guide.example.org */
  siteUrl: string;
  /** Plugins the server build needs (React and the content plugin). */
  serverPlugins: () => PluginOption[];
  /** Head tags for the manifest and icons. */
  headExtra: (base: string) => string;
}

/** One line of dist/route-files.json: which file each page is, and how it is kept offline. */
export interface RouteFile {
  path: string;
  file: string;
  offline: PrerenderTarget['offline'];
}

export const ROUTE_FILES = 'route-files.json';

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
}

/** The stylesheets the page needs for its first paint: everything the bundle emits. */
function stylesOf(bundle: OutputBundle): string[] {
  return Object.values(bundle)
    .filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'))
    .map((item) => item.fileName)
    .sort();
}

function sitemap(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function prerenderPlugin(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  let clientBundle: OutputBundle | undefined;

  return {
    name: 'guide:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_output, bundle) {
      clientBundle = bundle;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (!clientBundle || config.build.ssr) return;
        const outDir = join(options.root, config.build.outDir);
        const serverDir = join(options.root, 'node_modules', '.cache', 'guide-prerender');
        rmSync(serverDir, { recursive: true, force: true });
        await build({
          configFile: false,
          root: options.root,
          mode: config.mode,
          base: config.base,
          // The same compile-time constants as the browser build (e.g. import.meta.env.BUILD_DATE).
          define: config.define,
          logLevel: 'warn',
          plugins: options.serverPlugins(),
          build: { ssr: 'src/prerender/entry-server.tsx', outDir: serverDir, emptyOutDir: true, minify: false },
        });
        const server = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as ServerEntry;

        const entry = chunksOf(clientBundle).find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('prerender: the client bundle has no entry chunk');
        const base = config.base;
        const styles = stylesOf(clientBundle).map((file) => `${base}${file}`);
        const siteOrigin = options.siteUrl.replace(/\/$/, '');
        const absolute = (path: string) => `${siteOrigin}${base.replace(/\/$/, '')}${path}`;

        const targets = await server.prerenderTargets();
        for (const target of targets) {
          const page = await server.renderRoute(target.name, target.params);
          if (!page) throw new Error(`prerender: ${target.path} rendered nothing`);
          const html = renderDocument({
            lang: page.lang,
            dir: page.dir,
            title: page.title,
            description: page.description,
            canonical: target.indexed ? absolute(target.path) : null,
            image: { url: absolute(`/og/${target.section}.png`), alt: page.imageAlt[target.section] },
            siteName: page.siteName,
            body: page.html,
            styles,
            script: `${base}${entry.fileName}`,
            islandMessages: page.islandMessages,
            offline: target.offline,
            headExtra: options.headExtra(base),
          });
          const file = join(outDir, target.file);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, html);
        }
        const routeFiles: RouteFile[] = targets.map(({ path, file, offline }) => ({ path, file, offline }));
        writeFileSync(join(outDir, ROUTE_FILES), `${JSON.stringify(routeFiles, null, 1)}\n`);
        // Link-preview images, one per section, drawn from SVG (scripts/og-images.mjs).
        await writeOgImages(outDir);
        writeFileSync(join(outDir, 'sitemap.xml'), sitemap(targets.filter((t) => t.indexed).map((t) => absolute(t.path))));
        rmSync(serverDir, { recursive: true, force: true });
      },
    },
  };
}
