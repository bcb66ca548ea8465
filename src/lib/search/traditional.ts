/** Does a query contain a traditional character? Checked against the bitmap of ./t2s.ts (browser-safe). */
import { BITMAP_END, BITMAP_START } from './t2s-range.ts';

export function decodeBitmap(base64: string): Uint8Array {
  const binary = atob(base64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function hasTraditional(text: string, bitmap: Uint8Array): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < BITMAP_START || code >= BITMAP_END) continue;
    const bit = code - BITMAP_START;
    if ((bitmap[bit >> 3]! >> (bit & 7)) & 1) return true;
  }
  return false;
}
