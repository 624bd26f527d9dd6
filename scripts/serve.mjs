// @ts-check
// Serves the production build (dist/) the way a static host would: pages at their clean URLs
// (/apps/snapchat -> apps/snapchat.html), the headers from _headers, and 404.html with status 404.
// `npm start` builds and then runs this; the browser tests start it in-process.
//
// Files are served by the small code below rather than by sirv. sirv's range handling threw on
// `Range: bytes=10-5` (which ended the process) and sent the wrong bytes for `bytes=0-0` and
// `bytes=-5`; in dev mode it served dotfiles and _headers; and its clean-URL lookup answered
// /404, /index and /page.html with 200. Correcting those meant wrapping almost all of it, and a
// static site needs little: a path check, a file lookup, conditional GET and one byte range.
// tests/unit/serve.test.ts covers every rule here.
import { closeSync, createReadStream, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { STATUS_CODES, createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import { headersFor, parseHeaders } from './headers.mjs';

const ALLOWED_METHODS = 'GET, HEAD';
/** Files a host reads for its own configuration and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);
/** Cache-Control for a file _headers says nothing about (HTML pages): revalidate on every visit. */
const DEFAULT_CACHE_CONTROL = 'no-cache';
/** Cache-Control for errors and redirects, whatever _headers says for the path. */
const NO_STORE = 'no-store';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The characters RFC 3986 allows in a path, raw or percent-encoded. */
const PATH_SYNTAX = /^(?:[\w\-.~!$&'()*+,;=:@/]|%[\dA-Fa-f]{2})*$/;
/** A header name or value that is safe to write to a socket by hand. */
const HEADER_SAFE = /^[\t\u0020-\u007e]*$/;

/** Whether `text` holds a control character (C0 or DEL). @param {string} text */
function hasControl(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A request target split into its normalised path segments and its query, or null when it is not
 * a path at all. Only origin-form (/path?query) and http(s) absolute-form targets are accepted.
 * @param {string} target the request target exactly as sent
 * @returns {{ rawPath: string, segments: string[], query: string } | null}
 */
function parseTarget(target) {
  if (/^[a-z][a-z\d+.-]*:/i.test(target)) {
    try {
      const url = new URL(target);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      target = url.pathname + url.search;
    } catch {
      return null;
    }
  }
  if (!target.startsWith('/')) return null;
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? '' : target.slice(queryAt);
  if (!PATH_SYNTAX.test(rawPath) || hasControl(query)) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (hasControl(decoded)) return null;
  /** @type {string[]} */
  const segments = [];
  // Empty and dot segments go, ".." never climbs above the root, and an encoded slash is a slash:
  // what is left can only name something inside the site.
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return { rawPath, segments, query };
}

/** The clean URL for a page: no .html, no trailing /index. @param {string[]} segments */
function canonicalSegments(segments) {
  const out = [...segments];
  for (let last = out.at(-1); last !== undefined; last = out.at(-1)) {
    if (out.length === 1 && last === '404.html') break; // the 404 page is answered as a 404 below
    if (last === 'index') out.pop();
    else if (last.endsWith('.html') && last.length > '.html'.length) out[out.length - 1] = last.slice(0, -'.html'.length);
    else break;
  }
  return out;
}

/** Percent-encodes a segment, leaving the characters a path may hold raw. @param {string} segment */
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/%(?:24|26|2B|2C|3A|3B|3D|40)/g, (escape) => decodeURIComponent(escape));
}

/** A path built only from segments that hold no "/", so it always starts with exactly one "/". @param {string[]} segments */
function pathOf(segments) {
  return `/${segments.map(encodeSegment).join('/')}`;
}

/** @param {string} file @returns {import('node:fs').Stats | undefined} */
function statFile(file) {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : undefined;
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    // Not there, or a name no file can have: a plain 404. Anything else is unexpected (a 500).
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined;
    throw error;
  }
}

/**
 * Parses a Range header against a file of `size` bytes. Only single byte ranges are offered;
 * a list of ranges, another unit, or an If-Range that does not match is answered with the whole
 * file (RFC 9110 lets a server ignore Range). A malformed or unsatisfiable range is 'invalid'.
 * @param {import('node:http').IncomingMessage} request
 * @param {number} size
 * @param {string} lastModified
 * @returns {{ start: number, end: number } | 'invalid' | null}
 */
function rangeOf(request, size, lastModified) {
  const header = request.headers.range;
  if (header === undefined) return null;
  const ifRange = request.headers['if-range'];
  // Our ETags are weak, and If-Range needs a strong match, so only the exact date can match.
  if (ifRange !== undefined && ifRange !== lastModified) return null;
  const unit = /^\s*bytes\s*=(.*)$/i.exec(header);
  if (!unit) return null;
  const spec = (unit[1] ?? '').trim();
  if (spec.includes(',')) return null;
  const parts = /^(\d*)-(\d*)$/.exec(spec);
  const first = parts?.[1] ?? '';
  const last = parts?.[2] ?? '';
  if (!parts || (first === '' && last === '')) return 'invalid';
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? 'invalid' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Number(last);
  if (end < start || start >= size) return 'invalid';
  return { start, end: Math.min(end, size - 1) };
}

/** Whether the reader's copy (If-None-Match, else If-Modified-Since) is current. */
function isFresh(/** @type {import('node:http').IncomingMessage} */ request, /** @type {string} */ etag, /** @type {import('node:fs').Stats} */ stats) {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const weak = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => weak(tag) === weak(etag));
  }
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

/**
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const dir = resolve(options.dir ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}: run npm run build first.`);
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFoundPage = join(dir, '404.html');
  // Static hosts compress text (gzip or brotli); do the same, so local measurements are fair.
  // Only whole bodies: a 206's Content-Range counts the file's own bytes, and a 304 has no body.
  const compress = compression({
    filter: (request, response) => (response.statusCode === 200 || response.statusCode === 404) && compression.filter(request, response),
  });

  /** Sets the _headers headers for `path` on a fresh response. @param {import('node:http').ServerResponse} response @param {string} path */
  function applyRules(response, path) {
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
  }

  /**
   * Any answer that is not a file: the security headers for `path`, never cached.
   * @param {import('node:http').ServerResponse} response
   * @param {number} status
   * @param {string} path
   * @param {Record<string, string>} [extra]
   */
  function sendStatus(response, status, path, extra = {}) {
    applyRules(response, path);
    response.setHeader('Cache-Control', NO_STORE);
    for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
    let body = Buffer.from(`${status} ${STATUS_CODES[status] ?? ''}\n`);
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    if (status === 404 && existsSync(notFoundPage)) {
      body = readFileSync(notFoundPage);
      response.setHeader('Content-Type', TYPES['.html'] ?? '');
    }
    response.setHeader('Content-Length', body.length);
    response.writeHead(status);
    response.end(body);
  }

  /** @param {import('node:http').ServerResponse} response @param {unknown} error */
  function fail(response, error) {
    console.error('serve: unexpected error', error);
    if (response.headersSent) response.destroy();
    else sendStatus(response, 500, '/');
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {string} file
   * @param {string} path
   */
  function sendFile(request, response, file, path) {
    // Open first, so a file that cannot be read is a 500 before any header is sent.
    const fd = openSync(file, 'r');
    let streaming = false;
    try {
      const stats = fstatSync(fd);
      const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
      const lastModified = stats.mtime.toUTCString();
      applyRules(response, path);
      if (!response.hasHeader('Cache-Control')) response.setHeader('Cache-Control', DEFAULT_CACHE_CONTROL);
      response.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
      response.setHeader('ETag', etag);
      response.setHeader('Last-Modified', lastModified);
      response.setHeader('Accept-Ranges', 'bytes');
      if (isFresh(request, etag, stats)) {
        response.writeHead(304);
        response.end();
        return;
      }
      const range = rangeOf(request, stats.size, lastModified);
      if (range === 'invalid') {
        sendStatus(response, 416, path, { 'Content-Range': `bytes */${stats.size}` });
        return;
      }
      const { start, end } = range ?? { start: 0, end: stats.size - 1 };
      if (range) response.setHeader('Content-Range', `bytes ${start}-${end}/${stats.size}`);
      const length = end - start + 1;
      response.setHeader('Content-Length', length);
      response.writeHead(range ? 206 : 200);
      if (request.method === 'HEAD' || length === 0) {
        response.end();
        return;
      }
      streaming = true;
      // A read that fails part-way (or a reader who leaves) can only end the connection.
      pipeline(createReadStream('', { fd, start, end }), response, (error) => {
        if (error) response.destroy();
      });
    } finally {
      if (!streaming) closeSync(fd);
    }
  }

  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  function handle(request, response) {
    const target = parseTarget(request.url ?? '');
    const path = target ? pathOf(target.segments) : '/';
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendStatus(response, 405, path, { Allow: ALLOWED_METHODS });
      return;
    }
    if (!target) {
      sendStatus(response, 400, '/');
      return;
    }
    const { rawPath, segments, query } = target;
    if (segments.some((segment) => segment.startsWith('.')) || (segments.length === 1 && HOST_FILES.has(segments[0] ?? ''))) {
      sendStatus(response, 404, path);
      return;
    }
    // One canonical URL per page: no trailing slash, no .html, no /index, no empty or dot
    // segments. The Location is rebuilt from the parsed segments, so it is always a path on this
    // site ("/" then a character that is not "/" or "\"), whatever the request held.
    const canonical = pathOf(canonicalSegments(segments));
    if (canonical !== rawPath) {
      applyRules(response, canonical);
      response.setHeader('Cache-Control', NO_STORE);
      response.setHeader('Location', canonical + query);
      response.setHeader('Content-Length', 0);
      response.writeHead(301);
      response.end();
      return;
    }
    if (canonical === '/404') {
      // The 404 page is not a page of its own address. Its file, /404.html, is served as a file
      // (as static hosts do), because the service worker precaches it as its offline fallback.
      sendStatus(response, 404, canonical);
      return;
    }
    const base = join(dir, ...segments);
    const candidates = segments.length === 0 ? [join(dir, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
    for (const file of candidates) {
      if (file.startsWith(dir + sep) && statFile(file)) {
        sendFile(request, response, file, canonical);
        return;
      }
    }
    sendStatus(response, 404, canonical);
  }

  /** Sockets with a response under way: an error answer written there would garble it. */
  const answering = new WeakSet();
  const server = createServer((request, response) => {
    const socket = request.socket;
    answering.add(socket);
    response.once('close', () => answering.delete(socket));
    try {
      // compression's types are for Express; plain Node requests and responses are what it uses.
      compress(/** @type {any} */ (request), /** @type {any} */ (response), () => handle(request, response));
    } catch (error) {
      fail(response, error);
    }
  });

  // Node answers requests it cannot parse (431 for headers too large, 400 otherwise) by writing
  // to the socket itself, without our headers. Write the same answer, with them.
  server.on('clientError', (error, socket) => {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === 'ECONNRESET' || !socket.writable || answering.has(socket)) {
      socket.destroy();
      return;
    }
    const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const reason = STATUS_CODES[status] ?? '';
    const body = `${status} ${reason}\n`;
    const lines = [`HTTP/1.1 ${status} ${reason}`];
    for (const [name, value] of headersFor(rules, '/')) {
      if (name.toLowerCase() !== 'cache-control' && HEADER_SAFE.test(name) && HEADER_SAFE.test(value)) lines.push(`${name}: ${value}`);
    }
    lines.push(`Cache-Control: ${NO_STORE}`, 'Content-Type: text/plain; charset=utf-8', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close');
    socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
  });

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
