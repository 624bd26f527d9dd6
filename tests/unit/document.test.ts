import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/prerender/csp';
import { escapeHtml, renderDocument, type DocumentParts } from '../../src/prerender/document';

const parts: DocumentParts = {
  lang: 'en-GB',
  dir: 'ltr',
  title: 'Snapchat – Safe Online',
  description: 'Settings "step" by <step>',
  canonical: 'https://guide.example/apps/snapchat',
  siteName: 'Safe Online',
  body: '<main>hello</main>',
  styles: ['/assets/main.css'],
  script: '/assets/main.js',
  islandMessages: { 'guide.progress': '{{done}} of {{total}} done </script><script>alert(1)</script>' },
};

describe('renderDocument', () => {
  const html = renderDocument(parts);

  it('sets the language and direction', () => expect(html).toContain('<html lang="en-GB" dir="ltr">'));
  it('escapes text in attributes', () => expect(html).toContain('content="Settings &quot;step&quot; by &lt;step&gt;"'));
  it('writes a canonical link and og:url', () => {
    expect(html).toContain('<link rel="canonical" href="https://guide.example/apps/snapchat">');
    expect(html).toContain('<meta property="og:url" content="https://guide.example/apps/snapchat">');
  });
  it('carries the content security policy', () => expect(html).toContain(escapeHtml(CONTENT_SECURITY_POLICY)));
  it('has no inline script that runs: only the JSON block of island strings', () => {
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((match) => match[1]);
    expect(inline).toEqual([' type="application/json" id="island-messages"']);
  });
  it('keeps markup in island strings from closing the JSON block', () => {
    expect(html).not.toContain('</script><script>alert(1)');
    const block = /<script type="application\/json" id="island-messages">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(block)['guide.progress']).toContain('</script><script>alert(1)</script>');
  });
  it('loads one script and preloads nothing before the first paint', () => {
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(html).not.toContain('modulepreload');
  });
  it('places the rendered app in #root', () => expect(html).toContain('<div id="root"><main>hello</main></div>'));
  it('marks a page with no canonical URL as not for indexing', () => {
    const notFound = renderDocument({ ...parts, canonical: null });
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
  });
  it('can leave the policy out for the dev server', () => expect(renderDocument({ ...parts, csp: false })).not.toContain('Content-Security-Policy'));
});

describe('script placement', () => {
  it('loads scripts after the page text, so the first paint never waits for them', () => {
    const html = renderDocument(parts);
    expect(html.indexOf('<script')).toBeGreaterThan(html.indexOf('<div id="root">'));
    expect(html.indexOf('<link rel="stylesheet"')).toBeLessThan(html.indexOf('</head>'));
  });
});
