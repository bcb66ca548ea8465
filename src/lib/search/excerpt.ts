/**
 * Pagefind's excerpts as a Chinese reader expects them. Pagefind joins the text of separate
 * blocks (a heading and the paragraph after it, two list items) with an ASCII ". ", which in
 * Chinese text reads as a stray full stop; and an excerpt cut off in mid-sentence has no mark.
 * Here a join between Chinese pieces becomes a Chinese ellipsis (……), or disappears after a
 * sentence that already ended (。！？；), and a cut-off end gets an ellipsis. English and numbers
 * (`1. `, `Art. 3`) are left as they are. The excerpt is Pagefind's escaped HTML with <mark>s.
 */
const CHINESE = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const ENDED = /[。！？；]$/;

export function chineseExcerpt(excerpt: string): string {
  const joined = excerpt.replace(new RegExp(`(${CHINESE}|${CHINESE}</mark>)\\. (?=\\S)`, 'g'), (_, before: string) =>
    ENDED.test(before.replace('</mark>', '')) ? before : `${before}……`,
  );
  const text = joined.replace(/<\/?mark>/g, '').trimEnd();
  if (!text || ENDED.test(text) || /[……」』”）》]$/.test(text) || !new RegExp(`${CHINESE}$`).test(text)) return joined;
  return `${joined.trimEnd()}……`;
}
