/**
 * Traditional → simplified characters, from the TSCharacters dictionary of OpenCC's JavaScript
 * port (opencc-js). Only that dictionary: the regional-variant ones also map simplified
 * characters (么 → 幺), which would break ordinary queries.
 *
 * The search page gets a compact bitmap of which characters are traditional (a few KB) and
 * fetches the map itself (/search/t2s.json, ~16 KB compressed) only for a query that has one.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { BITMAP_END, BITMAP_START } from './t2s-range.ts';

/** OpenCC dictionaries are `from to[ to…]|from to…`; the first target is the usual one. */
export function t2sMap(dictionary: string = TSCharacters): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to && [...from].length === 1) map[from] = to;
  }
  return map;
}

/** Base64 bitmap over U+3400…U+9FFF: bit set = the character has a simplified form. */
export function traditionalBitmap(map: Record<string, string>): string {
  const bytes = new Uint8Array(Math.ceil((BITMAP_END - BITMAP_START) / 8));
  for (const char of Object.keys(map)) {
    const code = char.codePointAt(0)!;
    if (code < BITMAP_START || code >= BITMAP_END) continue;
    const bit = code - BITMAP_START;
    bytes[bit >> 3]! |= 1 << (bit & 7);
  }
  return Buffer.from(bytes).toString('base64');
}
