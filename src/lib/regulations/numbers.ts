/**
 * Numbers as laws write them: 第一千零四十六条, 第3条, 第３条 (full-width digits), 第三条之一.
 * Pure functions; the importer, the citation resolver and the pages share them.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may spell the number of an article, chapter or section. */
export const NUMERAL_CHARS = '〇零一二三四五六七八九十百千两0-9０-９';

/** Full-width digits (U+FF10–U+FF19) as ASCII digits; other characters unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * `一千零四十六` → 1046, `十二` → 12, `3` or `３` → 3. Undefined when the text is not a number.
 * Also reads digit-by-digit forms (`一〇五` → 105).
 */
export function parseNumeral(text: string): number | undefined {
  const value = asciiDigits(text.trim());
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  if ([...value].every((c) => c in DIGITS)) {
    // 一〇五: positional digits without units.
    return Number([...value].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | undefined;
  for (const char of value) {
    if (char in DIGITS) digit = DIGITS[char];
    else if (char in UNITS) {
      // 十二: a unit without a digit before it counts one of that unit.
      total += (digit ?? 1) * UNITS[char]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1046 → 一千零四十六, 12 → 十二, 20 → 二十, 105 → 一百零五 (1 to 9999). */
export function formatNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return SMALL[0]!;
  const parts: string[] = [];
  const units = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const;
  let rest = n;
  let pendingZero = false;
  for (const [size, unit] of units) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit === 0) {
      if (parts.length > 0) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push(SMALL[0]!);
    pendingZero = false;
    // 十二, not 一十二, at the start; 一百一十二 inside.
    parts.push(unit === '十' && parts.length === 0 && digit === 1 ? unit : `${SMALL[digit]}${unit}`);
  }
  if (rest > 0) {
    if (pendingZero) parts.push(SMALL[0]!);
    parts.push(SMALL[rest]!);
  }
  return parts.join('');
}
