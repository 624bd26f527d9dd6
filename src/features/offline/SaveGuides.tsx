// "Save every guide for offline": guides are cached as a parent opens them (src/sw.ts); this
// caches the rest in one go, and says how many are saved on this phone.
import { useEffect, useState } from 'react';
import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { GUIDE_CACHE } from './cache-names';

export const messages: readonly MessageKey[] = ['offline.saveAllTitle', 'offline.saveAllText', 'offline.saveAll', 'offline.savedCount', 'offline.saving', 'offline.allSaved', 'offline.saveFailed'];

type State = { kind: 'unknown' } | { kind: 'idle'; saved: number } | { kind: 'saving'; saved: number } | { kind: 'failed'; saved: number };

async function savedPaths(paths: readonly string[]): Promise<Set<string>> {
  const cache = await caches.open(GUIDE_CACHE);
  const keys = await cache.keys();
  const cached = new Set(keys.map((request) => new URL(request.url).pathname));
  return new Set(paths.filter((path) => cached.has(path)));
}

export default function SaveGuides({ guidePaths }: { guidePaths: readonly string[] }) {
  const { t } = useIsland();
  const [state, setState] = useState<State>({ kind: 'unknown' });
  const total = guidePaths.length;

  useEffect(() => {
    // Without the Cache API (very old browsers, or a page not served over https) there is nothing to offer.
    if (typeof caches === 'undefined' || !('serviceWorker' in navigator)) return;
    void savedPaths(guidePaths).then(
      (saved) => setState({ kind: 'idle', saved: saved.size }),
      () => undefined,
    );
  }, [guidePaths]);

  async function saveAll() {
    const cache = await caches.open(GUIDE_CACHE);
    const saved = await savedPaths(guidePaths);
    setState({ kind: 'saving', saved: saved.size });
    try {
      for (const path of guidePaths) {
        if (saved.has(path)) continue;
        await cache.add(path);
        saved.add(path);
        setState({ kind: 'saving', saved: saved.size });
      }
      setState({ kind: 'idle', saved: saved.size });
    } catch {
      setState({ kind: 'failed', saved: saved.size });
    }
  }

  if (state.kind === 'unknown') return null;
  return (
    <section aria-labelledby="save-guides-title" className="save-guides">
      <h2 id="save-guides-title">{t('offline.saveAllTitle')}</h2>
      <p>{t('offline.saveAllText')}</p>
      <p role="status">{state.saved === total ? t('offline.allSaved', { total }) : t(state.kind === 'saving' ? 'offline.saving' : 'offline.savedCount', { saved: state.saved, total })}</p>
      {state.kind === 'failed' ? <p className="notice notice--warning">{t('offline.saveFailed')}</p> : null}
      {state.saved < total ? (
        <button type="button" className="button button--secondary" disabled={state.kind === 'saving'} onClick={() => void saveAll()}>
          {t('offline.saveAll')}
        </button>
      ) : null}
    </section>
  );
}
