/**
 * Stable anchors of a regulation's articles and headings, and the article references of a
 * citation (第三条、第3条、第三条第一款、第三条之一). The importer writes the anchors into the
 * Markdown; citations compute the same anchor from what an editor typed, so both always agree.
 *
 *   第三条 → art-3      第三条之一 → art-3-1      第二章第一节 → ch-2-sec-1
 */
import { NUMERAL_CHARS, formatNumeral, parseNumeral } from './numbers.ts';

export type ArticleNumber = { number: number; sub?: number | undefined };

/** `art-3`, `art-3-1` (第三条之一). */
export function articleAnchor({ number, sub }: ArticleNumber): string {
  return sub === undefined ? `art-${number}` : `art-${number}-${sub}`;
}

/** `第三条`, `第三条之一`: the label in Chinese numerals, whatever form it was written in. */
export function articleLabel({ number, sub }: ArticleNumber): string {
  return `第${formatNumeral(number)}条${sub === undefined ? '' : `之${formatNumeral(sub)}`}`;
}

/** `art-3-1` → 第三条之一 (for messages); undefined for other anchors. */
export function labelOfAnchor(anchor: string): string | undefined {
  const m = /^art-(\d+)(?:-(\d+))?$/.exec(anchor);
  return m ? articleLabel({ number: Number(m[1]), sub: m[2] === undefined ? undefined : Number(m[2]) }) : undefined;
}

const N = `[${NUMERAL_CHARS}]+`;

/** The article number an article paragraph starts with: `第三条之一 ……`. */
export const ARTICLE_START = new RegExp(`^第(${N})条(?:之(${N}))?(?=[\\s\\u3000\\u00a0]|$)`);

/** Reads `第三条` / `第3条之一` at the start of a text. */
export function parseArticleStart(text: string): (ArticleNumber & { label: string }) | undefined {
  const m = ARTICLE_START.exec(text);
  if (!m) return undefined;
  const number = parseNumeral(m[1]!);
  const sub = m[2] === undefined ? undefined : parseNumeral(m[2]);
  if (number === undefined || number === 0 || (m[2] !== undefined && sub === undefined)) return undefined;
  return { number, sub, label: m[0] };
}

/** One article named in a citation, with where it was written in the citation text. */
export type ArticleReference = ArticleNumber & {
  /** As written, including 款/项: `第三条第一款`. */
  text: string;
  /** The anchor of the article (a 款 or 项 links to its article). */
  anchor: string;
  start: number;
  end: number;
};

const REFERENCE = new RegExp(`第(${N})条(?:之(${N}))?(?:第[${NUMERAL_CHARS}（）()]+[款项目])*`, 'g');

/**
 * Every article a citation's `article` text names: `第十一条、第十六条`, `第二条至第六条` (both
 * ends), `第三条第一款` (→ 第三条), `第9条`. Text between them (、 至 和) is kept by the caller.
 */
export function articleReferences(text: string): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const number = parseNumeral(m[1]!);
    const sub = m[2] === undefined ? undefined : parseNumeral(m[2]);
    if (number === undefined || number === 0) continue;
    const reference = { number, sub };
    references.push({
      ...reference,
      text: m[0],
      anchor: articleAnchor(reference),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return references;
}

/** Kinds of structural heading: 编, 分编, 章, 节, in order of rank. */
export const HEADING_KINDS = ['编', '分编', '章', '节'] as const;
export type HeadingKind = (typeof HEADING_KINDS)[number];

const HEADING_PREFIX: Record<HeadingKind, string> = { 编: 'part', 分编: 'subpart', 章: 'ch', 节: 'sec' };

/** `第二章  总　则` → { kind: 章, number: 2, label: 第二章, title: 总则 }. */
export function parseStructuralHeading(
  text: string,
): { kind: HeadingKind; number: number; label: string; title: string } | undefined {
  const m = new RegExp(`^第(${N})(分编|编|章|节)(.*)$`).exec(text);
  if (!m) return undefined;
  const number = parseNumeral(m[1]!);
  if (number === undefined || number === 0) return undefined;
  return { kind: m[2] as HeadingKind, number, label: `第${m[1]}${m[2]}`, title: m[3]!.trim() };
}

/** `ch-2-sec-1`: the anchor of a heading from the structural headings above it and itself. */
export function headingAnchor(path: readonly { kind: HeadingKind; number: number }[]): string {
  return path.map((step) => `${HEADING_PREFIX[step.kind]}-${step.number}`).join('-');
}
