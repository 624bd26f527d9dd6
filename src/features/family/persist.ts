// Asking the browser to keep the guide's data when space runs low. Chrome and Edge decide without
// asking the parent (a site used often is granted); Firefox may ask; Safari says no. The answer is
// shown, because a parent with plans should know whether to keep a saved copy.
export type PersistState = 'granted' | 'denied' | 'unsupported';

export async function ensurePersisted(): Promise<PersistState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (storage === undefined || typeof storage.persist !== 'function' || typeof storage.persisted !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
