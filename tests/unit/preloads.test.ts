import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { preloadsFor } from '../../src/prerender/plugin';

function chunk(fileName: string, facadeModuleId: string | null, imports: string[], moduleIds: string[] = []): OutputChunk {
  return { type: 'chunk', fileName, facadeModuleId, imports, moduleIds, isEntry: false } as unknown as OutputChunk;
}

describe('preloadsFor', () => {
  const entry = chunk('main.js', '/p/src/main.tsx', ['react.js']);
  const bundle = {
    'main.js': entry,
    'react.js': chunk('react.js', null, []),
    'GuidePage.js': chunk('GuidePage.js', '/p/src/routes/guide/GuidePage.tsx', ['react.js', 'HelpStrip.js']),
    'HelpStrip.js': chunk('HelpStrip.js', null, ['help-routes.js'], ['/p/src/components/HelpStrip.tsx']),
    'help-routes.js': chunk('help-routes.js', '\0virtual:content/help-routes', []),
    'snapchat.js': chunk('snapchat.js', '\0virtual:content/guide/snapchat', []),
  } as unknown as OutputBundle;

  it('lists a page’s chunks and their static imports, once, without what the entry loads', () => {
    expect(preloadsFor(bundle, ['/p/src/routes/guide/GuidePage.tsx', '\0virtual:content/guide/snapchat'], entry)).toEqual([
      'GuidePage.js',
      'HelpStrip.js',
      'help-routes.js',
      'snapchat.js',
    ]);
  });

  it('finds a module merged into another chunk', () => {
    expect(preloadsFor(bundle, ['/p/src/components/HelpStrip.tsx'], entry)).toEqual(['HelpStrip.js', 'help-routes.js']);
  });

  it('fails the build when a page names a module no chunk holds', () => {
    expect(() => preloadsFor(bundle, ['/p/src/missing.tsx'], entry)).toThrow(/no chunk contains/);
  });
});
