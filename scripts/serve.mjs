// @ts-check
// Serves the production build (dist/) the way a static host would: pages at their clean URLs
// (/apps/snapchat -> apps/snapchat.html), the headers from _headers, and 404.html with status 404.
// `npm start` builds and then runs this; the browser tests start it in-process.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './headers.mjs';

/**
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const dir = resolve(options.dir ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}: run npm run build first.`);
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFound = join(dir, '404.html');
  const files = sirv(dir, { extensions: ['html'], dev: true, etag: true, dotfiles: false });
  // Static hosts compress text (gzip or brotli); do the same, so local measurements are fair.
  const compress = compression();
  const server = createServer((request, response) => {
    // compression's types are for Express; plain Node requests and responses are what it uses.
    compress(/** @type {any} */ (request), /** @type {any} */ (response), () => handle(request, response));
  });
  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  function handle(request, response) {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
    // A trailing slash is not canonical: send readers to the URL without it.
    if (path.length > 1 && path.endsWith('/')) {
      response.writeHead(301, { Location: path.replace(/\/+$/, '') + (request.url?.slice(path.length) ?? '') });
      response.end();
      return;
    }
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  }
  const host = options.host ?? '127.0.0.1';
  await new Promise((done) => server.listen(options.port ?? 0, host, () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startServer({ port });
  console.log(`The guide is running at ${url}  (Ctrl+C to stop)`);
}
