// Says plainly, on every page, when ticks are not being saved or were reset, and why. A copy of
// unreadable data that was set aside stays announced on every page until the reader has seen it,
// and can always be saved as a file (also when it was too big to set aside: it is kept in memory).
import { downloadText } from '../features/progress/download';
import { ASIDE_PREFIX, ASIDE_SEEN_KEY, type DeviceStore } from '../features/progress/store';
import { noticeElement, onAction, showNotice } from './notices';

/** Set-aside copies the reader has not yet said they have seen, newest first. */
export function pendingAside(storage: Pick<Storage, 'length' | 'key' | 'getItem'>): string[] {
  const keys: string[] = [];
  let seen: unknown = [];
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(ASIDE_PREFIX)) keys.push(key);
    }
    seen = JSON.parse(storage.getItem(ASIDE_SEEN_KEY) ?? '[]');
  } catch {
    // Unreadable storage or an unreadable list of seen copies: show every copy.
  }
  const seenKeys = new Set(Array.isArray(seen) ? seen.filter((key): key is string => typeof key === 'string') : []);
  return keys.filter((key) => !seenKeys.has(key)).sort((a, b) => b.localeCompare(a));
}

export function startStorageNotices(store: DeviceStore): void {
  const storage = (): Storage | null => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  };
  const render = () => {
    const { problem } = store.getSnapshot();
    const local = storage();
    const pending = local ? pendingAside(local) : [];
    for (const kind of ['unavailable', 'write-failed', 'newer', 'unreadable-kept'] as const) showNotice(`storage-${kind}`, problem?.kind === kind);
    showNotice('storage-set-aside', pending.length > 0);
  };
  render();
  store.subscribe(render);

  const asideNotice = noticeElement('storage-set-aside');
  const keptNotice = noticeElement('storage-unreadable-kept');
  for (const notice of [asideNotice, keptNotice]) {
    if (!notice) continue;
    onAction(notice, 'download-aside', (button) => {
      const local = storage();
      const texts = notice === keptNotice ? [store.asideText(null) ?? ''] : (local ? pendingAside(local) : []).map((key) => store.asideText(key) ?? '');
      downloadText(texts.join('\n'), button.dataset.fileName ?? 'unreadable.txt');
    });
  }
  if (asideNotice) {
    onAction(asideNotice, 'dismiss-aside', () => {
      const local = storage();
      if (!local) return;
      try {
        const seen = new Set([...pendingAside(local), ...(JSON.parse(local.getItem(ASIDE_SEEN_KEY) ?? '[]') as string[])]);
        local.setItem(ASIDE_SEEN_KEY, JSON.stringify([...seen]));
      } catch {
        // Could not record it: the notice shows again next time, which loses nothing.
      }
      render();
    });
  }
}
