// Lists of allowed values, kept free of the schema library so the browser can import them too
// (the zod schemas in this folder are built from them).

/** Kinds of guide, in the order the guide list shows them. */
export const CATEGORIES = ['social', 'messaging', 'video', 'gaming', 'ai', 'device', 'network'] as const;

/** The risk features a guide can name, in the order the filters list them. */
export const RISK_FEATURES = [
  'contactFromStrangers',
  'publicByDefault',
  'locationSharing',
  'disappearingMessages',
  'liveStreaming',
  'inAppSpending',
  'aiChat',
  'adultContent',
] as const;

/** Where a setting lives (see Platform in common.ts). */
export const PLATFORMS = ['ios', 'android', 'web', 'windows', 'mac', 'chromebook', 'xbox', 'playstation', 'switch', 'quest', 'tv', 'router', 'any'] as const;
