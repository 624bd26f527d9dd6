// The data attributes the prerendered HTML carries for the page's small scripts (src/site). They
// are named once here: the page components write them and the scripts look for them.

/** A list whose items carry AREA_ID: the reader's chosen area is moved first. */
export const AREA_ORDER = 'data-area-order';
/** A list whose items carry AREA_ID: once an area is chosen, only its items show (when it has any). */
export const AREA_ONLY = 'data-area-only';
/** The area (content/areas id) an item is about. */
export const AREA_ID = 'data-area-id';
/** A link to /local that becomes a link to the reader's own area; carries the known area ids. */
export const AREA_LINK = 'data-area-link';
/** A site notice (offline, update, storage), shown by src/site when its state applies. */
export const NOTICE = 'data-notice';
/** A button the site scripts give an action: print, update, dismiss, download-aside. */
export const ACTION = 'data-action';
/** A "may be out of date" notice, with the date its guide was reviewed (YYYY-MM-DD). */
export const REVIEWED = 'data-reviewed';
/** The home page's list of children's plans; carries the plan page's address (src/site/family-summary.ts). */
export const FAMILY_SUMMARY = 'data-family-summary';
/** On the same list: "{{done}} of {{total}} steps done" in the page's language, to fill in. */
export const FAMILY_SUMMARY_TEXT = 'data-family-summary-text';
/** On the same list: what to say for a child with no apps picked yet. */
export const FAMILY_SUMMARY_EMPTY = 'data-family-summary-empty';
/** "Save every guide for offline" (src/features/offline/SaveGuides.tsx): the guides' paths, space-separated. */
export const SAVE_GUIDES = 'data-save-guides';
