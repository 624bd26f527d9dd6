import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_POLICY } from '../../src/prerender/csp';

const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('public/_headers', () => {
  it('sends the same policy as the meta tag, plus frame-ancestors', () => {
    expect(headersFor(rules, '/apps/snapchat').get('Content-Security-Policy')).toBe(`${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_POLICY}`);
  });
  it('sends the other security headers on every page', () => {
    const headers = headersFor(rules, '/');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Permissions-Policy')).toContain('camera=()');
  });
  it('caches hashed assets for a year and revalidates the service worker', () => {
    expect(headersFor(rules, '/assets/main-abc.js').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/sw.js').get('Cache-Control')).toBe('no-cache');
    expect(headersFor(rules, '/apps').get('Cache-Control')).toBeUndefined();
  });
});
