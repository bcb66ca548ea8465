/**
 * The 落款 of a document written in its body: the issuing bodies' names, then the 成文日期
 * (GB/T 9704-2012, 7.3.5), as the last paragraphs. Pages set them right-aligned, as on paper;
 * a body that ends otherwise is left as it is.
 */
import { formatChineseDate } from '../dates.ts';

/** Paragraphs of a Markdown body as text: separated by blank lines, spaces of any width dropped. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[\s\u3000]+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * How many of the body's last paragraphs are its 落款: 2 (names and date), 1 (the date alone),
 * or 0 when the last paragraph is not the 成文日期 (`2024年6月14日`).
 */
export function signatureParagraphs(body: string, issuers: readonly string[], writtenDate: string): 0 | 1 | 2 {
  const list = paragraphs(body);
  const compact = (text: string) => text.replace(/ /g, '');
  if (compact(list.at(-1) ?? '') !== formatChineseDate(writtenDate)) return 0;
  const names = (list.at(-2) ?? '').split(' ').filter(Boolean);
  return names.length > 0 && names.every((name) => issuers.includes(name)) ? 2 : 1;
}
