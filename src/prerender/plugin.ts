// The prerender plugin. After the client bundle is written, it builds src/prerender/entry-server
// for Node, renders every path to a complete HTML page and writes it into dist/. It runs before
// vite-plugin-pwa writes the service worker (closeBundle, order 'pre'), so every page is in the
// offline precache.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';
import { renderDocument } from './document';
import type { RenderedPage } from './entry-server';

interface ServerEntry {
  renderPath: (url: string) => Promise<RenderedPage>;
  prerenderTargets: () => { path: string; file: string }[];
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

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
}

/** The chunk files a set of modules needs, with their static imports, minus what the entry already loads. */
export function preloadsFor(bundle: OutputBundle, moduleIds: readonly string[], entry: OutputChunk): string[] {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const skip = new Set([entry.fileName, ...entry.imports]);
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (skip.has(chunk.fileName) || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
  };
  for (const id of moduleIds) {
    const chunk = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
    if (!chunk) throw new Error(`prerender: no chunk contains ${id}`);
    visit(chunk);
  }
  return [...files];
}

export function prerenderPlugin(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  let clientBundle: OutputBundle | undefined;

  const moduleId = (id: string) => (id.startsWith('virtual:') ? `\0${id}` : isAbsolute(id) ? id : join(options.root, id));

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
        const styles = [...(entry.viteMetadata?.importedCss ?? [])].map((file) => `${base}${file}`);
        const siteOrigin = options.siteUrl.replace(/\/$/, '');

        for (const target of server.prerenderTargets()) {
          const page = await server.renderPath(target.path);
          const preloads = preloadsFor(clientBundle, page.modules.map(moduleId), entry).map((file) => `${base}${file}`);
          const html = renderDocument({
            lang: page.lang,
            dir: page.dir,
            title: page.title,
            description: page.description,
            canonical: page.status === 404 ? null : `${siteOrigin}${base.replace(/\/$/, '')}${target.path}`,
            siteName: page.siteName,
            body: page.html,
            styles,
            script: `${base}${entry.fileName}`,
            preloads,
            headExtra: options.headExtra(base),
          });
          const file = join(outDir, target.file);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, html);
        }
        rmSync(serverDir, { recursive: true, force: true });
      },
    },
  };
}
