/** The code points the traditional-character bitmap covers (CJK Unified Ideographs and extension A). */
export const BITMAP_START = 0x3400;
export const BITMAP_END = 0xa000;
