// The local static server (scripts/serve.mjs) against a tiny built site. Requests are written to a
// raw socket so that malformed targets, methods and headers reach the server exactly as sent.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { startServer } from '../../scripts/serve.mjs';

const HEADERS_FILE = new URL('../../public/_headers', import.meta.url);
const rules = parseHeaders(readFileSync(HEADERS_FILE, 'utf8'));
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ASSET = '0123456789abcdefghij'; // 20 bytes, small enough never to be compressed
const BIG_ASSET = 'console.log("a long line of code");\n'.repeat(200); // compressible
const PAGE_404 = '<!doctype html><title>Page not found</title>';

let dir = '';
let port = 0;
let close = async () => {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(dir, 'apps'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(dir, '404.html'), PAGE_404);
  writeFileSync(join(dir, 'apps', 'snapchat.html'), `<!doctype html><title>Snapchat</title>${'<p>text</p>'.repeat(200)}`);
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), ASSET);
  writeFileSync(join(dir, 'assets', 'big-def456.js'), BIG_ASSET);
  writeFileSync(join(dir, 'assets', '.hidden.js'), 'hidden');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Test"}');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  cpSync(HEADERS_FILE, join(dir, '_headers'));
  // A link to itself: stat fails with ELOOP, an error the server does not expect.
  symlinkSync('loop.html', join(dir, 'apps', 'loop.html'));
  const server = await startServer({ dir, port: 0 });
  port = Number(new URL(server.url).port);
  close = server.close;
});

afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function parseReply(data: Buffer): Reply {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`no complete response: ${JSON.stringify(data.toString('latin1').slice(0, 200))}`);
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  let body = data.subarray(end + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    const parts: Buffer[] = [];
    for (let at = 0; ; ) {
      const lineEnd = body.indexOf('\r\n', at);
      const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (!size) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return { status, headers, body };
}

/** Writes `text` to a new connection and reads until the server closes it. */
function raw(text: string): Promise<Reply> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let failure: Error | undefined;
    socket.setTimeout(3000, () => {
      failure = new Error(`no answer to ${JSON.stringify(text.slice(0, 80))}`);
      socket.destroy();
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => (failure ??= error));
    socket.on('close', () => {
      const data = Buffer.concat(chunks);
      if (data.length === 0) return fail(failure ?? new Error(`connection closed with no answer to ${JSON.stringify(text.slice(0, 80))}`));
      try {
        done(parseReply(data));
      } catch (error) {
        fail(error);
      }
    });
    socket.write(text, 'latin1');
  });
}

function send(method: string, target: string, headers: Record<string, string> = {}): Promise<Reply> {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return raw(`${lines.join('\r\n')}\r\n\r\n`);
}

const get = (target: string, headers: Record<string, string> = {}) => send('GET', target, headers);

/** After a bad request the same server still answers a good one. */
async function expectStillServing() {
  const reply = await get('/apps/snapchat');
  expect(reply.status).toBe(200);
  expect(reply.body.toString()).toContain('<title>Snapchat</title>');
}

function expectSecurityHeaders(reply: Reply) {
  const expected = headersFor(rules, '/');
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options']) {
    expect(reply.headers[name.toLowerCase()], name).toBe(expected.get(name));
  }
}

describe('byte ranges', () => {
  it('answers a single range with the right bytes', async () => {
    const cases: [string, number, number][] = [
      ['bytes=0-0', 0, 0],
      ['bytes=-5', 15, 19],
      ['bytes=5-', 5, 19],
      ['bytes=3-7', 3, 7],
      ['bytes=10-999', 10, 19],
      ['bytes=-50', 0, 19],
    ];
    for (const [range, start, end] of cases) {
      const reply = await get('/assets/app-abc123.js', { Range: range });
      expect(reply.status, range).toBe(206);
      expect(reply.headers['content-range'], range).toBe(`bytes ${start}-${end}/20`);
      expect(reply.headers['content-length'], range).toBe(String(end - start + 1));
      expect(reply.body.toString(), range).toBe(ASSET.slice(start, end + 1));
    }
  });

  it('offers ranges on whole files', async () => {
    const reply = await get('/assets/app-abc123.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['accept-ranges']).toBe('bytes');
    expect(reply.body.toString()).toBe(ASSET);
  });

  it('answers 416 to a malformed or unsatisfiable range, and keeps serving', async () => {
    for (const range of ['bytes=10-5', 'bytes=20-', 'bytes=99-100', 'bytes=-0', 'bytes=abc', 'bytes=-', 'bytes=1-x', 'bytes=--5']) {
      const reply = await get('/assets/app-abc123.js', { Range: range });
      expect(reply.status, range).toBe(416);
      expect(reply.headers['content-range'], range).toBe('bytes */20');
      expectSecurityHeaders(reply);
      await expectStillServing();
    }
  });

  it('sends a range as the bytes it names, never compressed', async () => {
    const reply = await get('/assets/big-def456.js', { Range: 'bytes=100-1999', 'Accept-Encoding': 'gzip, br' });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe(BIG_ASSET.slice(100, 2000));
  });

  it('still compresses whole text files', async () => {
    const reply = await get('/assets/big-def456.js', { 'Accept-Encoding': 'gzip' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('gzip');
  });
});

describe('malformed requests', () => {
  it('answers 400 to a target that is not a path, and keeps serving', async () => {
    for (const target of ['//[/', 'http://a:99999/', '/%E0%A4%A', '/%zz', '/a%00b', '/caf\u00e9', '*', 'apps/snapchat', 'ftp://a/b']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(400);
      expectSecurityHeaders(reply);
      expect(reply.headers['cache-control'], target).toBe('no-store');
      await expectStillServing();
    }
  });

  it('accepts a well-formed absolute-form target', async () => {
    const reply = await get(`http://localhost:${port}/apps/snapchat`);
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toContain('<title>Snapchat</title>');
  });

  it('turns an unexpected error into a 500 response, not a crash', async () => {
    const reply = await get('/apps/loop');
    expect(reply.status).toBe(500);
    expect(reply.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(reply);
    await expectStillServing();
  });

  it('answers 431 to headers that are too large, with the security headers', async () => {
    const reply = await get('/', { 'X-Big': 'a'.repeat(20_000) });
    expect(reply.status).toBe(431);
    expectSecurityHeaders(reply);
    expect(reply.headers['cache-control']).toBe('no-store');
    await expectStillServing();
  });

  it('answers 400 with the security headers to a request Node cannot parse', async () => {
    const reply = await raw('NOT A REQUEST\r\n\r\n');
    expect(reply.status).toBe(400);
    expectSecurityHeaders(reply);
    await expectStillServing();
  });

  it('answers 405 with Allow to any method but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const reply = await send(method, '/', { 'Content-Length': '0' });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow, method).toBe('GET, HEAD');
      expectSecurityHeaders(reply);
      await expectStillServing();
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const reply = await send('HEAD', '/apps/snapchat');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(readFileSync(join(dir, 'apps', 'snapchat.html')).length));
    expect(reply.body.length).toBe(0);
  });
});

describe('not found', () => {
  it('never serves _headers or dotfiles', async () => {
    for (const target of ['/_headers', '/_headers/', '/.env', '/assets/.hidden.js', '/%2eenv', '/assets/%2Ehidden.js']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(404);
      expect(reply.body.toString(), target).not.toContain('Content-Security-Policy');
      expect(reply.body.toString(), target).not.toContain('SECRET');
      expect(reply.body.toString(), target).not.toContain('hidden');
    }
  });

  it('answers /404 with status 404 and the 404 page', async () => {
    for (const target of ['/404', '/404?x=1']) {
      const reply = await get(target);
      expect(reply.status, target).toBe(404);
      expect(reply.body.toString(), target).toBe(PAGE_404);
    }
  });

  it('serves the file 404.html as a file, as static hosts do, so the service worker can precache it', async () => {
    const reply = await get('/404.html?__WB_REVISION__=abc');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(PAGE_404);
  });

  it('answers an unknown page with the 404 page and no caching', async () => {
    const reply = await get('/apps/no-such-app');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toBe(PAGE_404);
    expect(reply.headers['content-type']).toContain('text/html');
    expect(reply.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(reply);
  });

  it('does not mark a missing asset immutable', async () => {
    const reply = await get('/assets/app-missing.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['cache-control']).toMatch(/^(no-store|no-cache)$/);
    expect(reply.headers['cache-control']).not.toContain('immutable');
  });

  it('answers 404 for paths below a file and for over-long names', async () => {
    for (const target of ['/assets/app-abc123.js/x', `/${'a'.repeat(300)}`, '/apps/snapchat/more']) {
      expect((await get(target)).status, target).toBe(404);
    }
  });

  it('never leaves the site directory', async () => {
    for (const target of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2F..%2F..%2Fetc/passwd', '/..%5C..%5Cetc/passwd']) {
      const reply = await get(target);
      expect([301, 404], target).toContain(reply.status);
      expect(reply.body.toString(), target).not.toContain('root:');
      if (reply.headers.location) expect((await get(reply.headers.location)).status, target).toBe(404);
    }
  });
});

describe('redirects to the canonical URL', () => {
  const cases: [string, string][] = [
    ['/apps/', '/apps'],
    ['/apps/snapchat/', '/apps/snapchat'],
    ['/apps/snapchat/?q=snap&x=1', '/apps/snapchat?q=snap&x=1'],
    ['/apps/snapchat.html', '/apps/snapchat'],
    ['/apps/snapchat.html?q=1', '/apps/snapchat?q=1'],
    ['/index.html', '/'],
    ['/index', '/'],
    ['/index.html?a=b', '/?a=b'],
    ['/apps//snapchat', '/apps/snapchat'],
    ['/apps/./snapchat', '/apps/snapchat'],
    ['/x/../apps/snapchat', '/apps/snapchat'],
  ];
  for (const [from, to] of cases) {
    it(`${from} -> ${to}`, async () => {
      const reply = await get(from);
      expect(reply.status).toBe(301);
      expect(reply.headers.location).toBe(to);
    });
  }

  it('serves the canonical URLs themselves', async () => {
    expect((await get('/')).status).toBe(200);
    expect((await get('/apps/snapchat')).status).toBe(200);
    expect((await get('/apps/snapchat?q=1')).status).toBe(200);
  });

  it('never redirects to another origin', async () => {
    const targets = ['//evil.example/', '//evil.example//', '/\\evil.example/', '/.//evil.example//', '/.//evil.example/', '/a/..//evil.example/', '/%2e//evil.example/', '/..//evil.example/', '///evil.example/', '/%2F%2Fevil.example/', '/%5Cevil.example/', '/%2F/evil.example/', '/%09/evil.example/'];
    for (const target of targets) {
      const reply = await get(target);
      const location = reply.headers.location;
      if (location === undefined) {
        expect([400, 404], target).toContain(reply.status);
        continue;
      }
      expect(location, target).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, 'http://localhost').origin, target).toBe('http://localhost');
    }
  });
});

describe('caching agrees with public/_headers', () => {
  it('revalidates HTML, sw.js and the manifest, and keeps hashed assets for a year', async () => {
    // HTML has no rule of its own in _headers (see the comment there): the host's default is to
    // revalidate every visit, which the local server sends as no-cache.
    const cases: [string, string][] = [
      ['/', 'no-cache'],
      ['/apps/snapchat', 'no-cache'],
      ['/sw.js', 'no-cache'],
      ['/manifest.webmanifest', 'no-cache'],
      ['/assets/app-abc123.js', IMMUTABLE],
    ];
    for (const [path, expected] of cases) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe(headersFor(rules, path).get('Cache-Control') ?? 'no-cache');
      expect(reply.headers['cache-control'], path).toBe(expected);
    }
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await get('/apps/snapchat');
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await get('/apps/snapchat', { 'If-None-Match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
  });

  it('sends the types a browser needs', async () => {
    expect((await get('/apps/snapchat')).headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
    expect((await get('/sw.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await get('/manifest.webmanifest')).headers['content-type']).toMatch(/^application\/manifest\+json/);
  });
});
