// In development, render each page on the server the same way the build does, so `npm run dev`
// shows real prerendered HTML (and hydration problems show up early).
import type { Plugin } from 'vite';
import { renderDocument } from './document';
import type { RenderedPage } from './entry-server';

export function devServerPlugin(options: { root: string; headExtra: (base: string) => string }): Plugin {
  return {
    name: 'guide:dev-server',
    apply: 'serve',
    configureServer(server) {
      return () => {
        server.middlewares.use((request, response, next) => {
          void render(request, response, next);
        });
        async function render(request: import('vite').Connect.IncomingMessage, response: import('node:http').ServerResponse, next: (error?: unknown) => void) {
          const url = request.originalUrl ?? '/';
          const accept = request.headers.accept ?? '';
          if (request.method !== 'GET' || !accept.includes('text/html')) return next();
          try {
            const module = (await server.ssrLoadModule('/src/prerender/entry-server.tsx')) as { renderPath: (url: string) => Promise<RenderedPage> };
            const base = server.config.base;
            const page = await module.renderPath(url.slice(base.length - 1) || '/');
            const html = renderDocument({
              lang: page.lang,
              dir: page.dir,
              title: page.title,
              description: page.description,
              canonical: page.status === 404 ? null : new URL(url, 'http://localhost:5173').href,
              siteName: page.siteName,
              body: page.html,
              styles: [],
              script: `${base}src/islands/boot.ts`,
              islandMessages: page.islandMessages,
              headExtra: options.headExtra(base),
              // Vite's dev client uses inline scripts; the built site carries the policy.
              csp: false,
            });
            response.statusCode = page.status;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(await server.transformIndexHtml(url, html));
          } catch (error) {
            server.ssrFixStacktrace(error as Error);
            next(error);
          }
        }
      };
    },
  };
}
