// The build-time content plugin. It validates content/ (failing the build with file, line and
// field), then serves the result as virtual modules, one per page's needs, so each guide's data
// is its own chunk and the schema library never reaches the browser.
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ContentError } from './issues';
import { loadContent, type Content } from './load';
import { pickById, toAreaPageData, toAreaSummary, toGuidePageData, toGuideSummary, toSourcesPageData } from './views';
import { planDataPath, toPlanGuide } from '../features/family/plan-data';

const PREFIX = 'virtual:content/';
const RESOLVED = `\0${PREFIX}`;

function exportJson(value: unknown): string {
  // JSON.parse of a string literal is parsed faster than the same object literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

function loaderMap(ids: readonly string[], kind: string): string {
  const entries = ids.map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`${PREFIX}${kind}/${id}`)}),`);
  return `export default {\n${entries.join('\n')}\n};\n`;
}

/** Module source for a virtual id (without prefix), or undefined when there is no such module. */
export function contentModule(content: Content, id: string): string | undefined {
  const [kind, item] = id.split('/', 2) as [string, string | undefined];
  if (item === undefined) {
    switch (kind) {
      case 'guide-index':
        return exportJson(content.guides.map(toGuideSummary).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')));
      case 'guides':
        return loaderMap(content.guides.map((g) => g.id), 'guide');
      case 'areas':
        return loaderMap(content.areas.map((a) => a.id), 'area');
      case 'area-index':
        return exportJson(content.areas.map((area) => toAreaSummary(area, content.datasets)));
      case 'help-routes':
        return exportJson(content.helpRoutes);
      case 'help-strip':
        return exportJson(pickById(content.helpRoutes, content.helpStrip));
      case 'first-hour':
        return exportJson(content.firstHour);
      case 'which-route':
        return exportJson(content.whichRoute);
      case 'signs':
        return exportJson(content.signs);
      case 'law':
        return exportJson(content.law);
      case 'known-ids':
        // What a loaded copy of ticks is checked against (src/features/progress/transfer.ts).
        return exportJson({ steps: Object.fromEntries(content.guides.map((g) => [g.id, g.checklist.map((step) => step.id)])), areas: content.areas.map((a) => a.id) });
      case 'sources':
        return exportJson(toSourcesPageData(content.guides, content.datasets, content.helpRoutes));
      default:
        return undefined;
    }
  }
  if (kind === 'guide') {
    const guide = content.guides.find((g) => g.id === item);
    return guide && exportJson(toGuidePageData(guide, content.helpRoutes, content.areas, content.datasets, content.law));
  }
  if (kind === 'area') {
    const area = content.areas.find((a) => a.id === item);
    return area && exportJson(toAreaPageData(area, content.datasets, content.helpRoutes));
  }
  return undefined;
}

export function contentPlugin(options: { root: string }): Plugin {
  let content: Content | undefined;
  let server: ViteDevServer | undefined;

  function load(): Content {
    const result = loadContent(options.root);
    if (result.issues.length > 0) throw new ContentError(result.issues);
    return result.content;
  }

  return {
    name: 'guide:content',
    enforce: 'pre',
    buildStart() {
      content = load();
    },
    configureServer(devServer) {
      server = devServer;
      devServer.middlewares.use((request, response, next) => {
        const match = /\/plan-data\/([a-z0-9-]+)\.json$/.exec(request.url?.split('?')[0] ?? '');
        content ??= load();
        const guide = match ? content.guides.find((g) => g.id === match[1]) : undefined;
        if (!guide) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(toPlanGuide(guide)));
      });
      devServer.watcher.add(join(options.root, 'content'));
      devServer.watcher.on('all', (_event, file) => {
        if (!file.startsWith(join(options.root, 'content'))) return;
        content = undefined;
        for (const environment of Object.values(devServer.environments)) {
          for (const module of environment.moduleGraph.idToModuleMap.values()) {
            if (module.id?.startsWith(RESOLVED)) environment.moduleGraph.invalidateModule(module);
          }
        }
        devServer.ws.send({ type: 'full-reload' });
      });
    },
    // A family plan fetches the guides in it as small JSON files (src/features/family/plan-data.ts),
    // written here for the browser build and served from memory by the dev server.
    generateBundle() {
      if (this.environment.config.build.ssr) return;
      content ??= load();
      for (const guide of content.guides) {
        this.emitFile({ type: 'asset', fileName: planDataPath(guide.id).slice(1), source: JSON.stringify(toPlanGuide(guide)) });
      }
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      content ??= load();
      const source = contentModule(content, id.slice(RESOLVED.length));
      if (source === undefined) {
        const message = `No content module "${id.slice(1)}"`;
        if (server) throw new Error(message);
        this.error(message);
      }
      return source;
    },
  };
}
