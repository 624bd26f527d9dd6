// Brings "Save every guide for offline" (prerendered hidden by src/features/offline/SaveGuides.tsx)
// to life without React: shows it once the Cache API says how many guides are saved, then saves
// the rest one by one into the cache the service worker serves guides from (src/sw.ts). Imported
// lazily by start.ts, only on a page that has the section.
import { GUIDE_CACHE } from '../features/offline/cache-names';
import { createIslandT, type Messages } from '../islands/messages';
import { ACTION, SAVE_GUIDES } from './attributes';
import { canSaveGuides } from './keep-offline';

type State = { kind: 'idle' | 'saving' | 'failed'; saved: number };

/** Which of `paths` the guide cache already holds. */
async function savedPaths(cache: Cache, paths: readonly string[]): Promise<Set<string>> {
  const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return new Set(paths.filter((path) => cached.has(path)));
}

/** Resolves once the section is shown (or left hidden because this browser cannot save guides). */
export async function startSaveGuides(section: HTMLElement): Promise<void> {
  // Without the Cache API (very old browsers, or a page not served over https) there is nothing to offer.
  if (!canSaveGuides()) return;
  const paths = (section.getAttribute(SAVE_GUIDES) ?? '').split(' ').filter((path) => path !== '');
  const status = section.querySelector<HTMLElement>('[data-save-status]');
  const failed = section.querySelector<HTMLElement>('[data-save-failed]');
  const button = section.querySelector<HTMLButtonElement>(`[${ACTION}="save-guides"]`);
  if (!status || !failed || !button || paths.length === 0) return;
  const t = createIslandT(document.documentElement.lang, JSON.parse(section.dataset.messages ?? '{}') as Messages);
  const total = paths.length;

  const show = ({ kind, saved }: State) => {
    status.textContent = saved === total ? t('offline.allSaved', { total }) : t(kind === 'saving' ? 'offline.saving' : 'offline.savedCount', { saved, total });
    failed.hidden = kind !== 'failed';
    button.hidden = saved >= total;
    button.disabled = kind === 'saving';
  };

  let cache: Cache;
  try {
    cache = await caches.open(GUIDE_CACHE);
    show({ kind: 'idle', saved: (await savedPaths(cache, paths)).size });
  } catch {
    // Storage refused (private mode, quota): offer nothing rather than a button that cannot work.
    return;
  }
  section.hidden = false;
  // The browser jumped to the address's #fragment while the section was still hidden, so a link
  // to it ("What is saved" in the offline notice) landed at the top of the page: jump again now.
  const target = fragmentTarget();
  if (target !== null && section.contains(target)) target.scrollIntoView();

  // One loop at a time, whatever reaches the button (a disabled button ignores taps, not scripts).
  let saving = false;
  button.addEventListener('click', () => {
    if (saving) return;
    saving = true;
    button.disabled = true;
    void (async () => {
      // Read again: another tab, or guides opened since, may have saved some already.
      const saved = await savedPaths(cache, paths).catch(() => new Set<string>());
      show({ kind: 'saving', saved: saved.size });
      try {
        for (const path of paths) {
          if (saved.has(path)) continue;
          await cache.add(path);
          saved.add(path);
          show({ kind: 'saving', saved: saved.size });
        }
        show({ kind: 'idle', saved: saved.size });
      } catch {
        show({ kind: 'failed', saved: saved.size });
      }
      saving = false;
    })();
  });
}

/** The element the address's #fragment names, if any (a malformed fragment names none). */
function fragmentTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id === '' ? null : document.getElementById(id);
  } catch {
    return null;
  }
}
