/** The id of the JSON block that carries the page's island UI strings (written by the prerenderer). */
export const ISLAND_MESSAGES_ID = 'island-messages';
