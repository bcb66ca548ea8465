/** Reading preferences remembered in the browser: font size (大 中 小) and elderly mode (适老化). */
export const READING_PREFS = {
  fontKey: 'gongkai:font-size',
  elderlyKey: 'gongkai:elderly',
  /** `medium` is the default and is not stored as an attribute. */
  fontSizes: ['small', 'medium', 'large'] as const,
};

export type FontSize = (typeof READING_PREFS.fontSizes)[number];
