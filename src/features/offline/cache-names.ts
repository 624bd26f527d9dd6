// Names of the caches the page and the service worker share (src/sw.ts). Guides are cached
// here when a parent opens one, or all at once with "Save every guide for offline".
export const GUIDE_CACHE = 'safe-online-guides';
