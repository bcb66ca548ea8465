/**
 * Turns what a reader typed into what to ask the search index (runs in the browser and in tests):
 * - full-width forms and traditional characters become simplified (OpenCC's dictionary);
 * - a 文号 in any common variant, an order number or a 索引号 is looked up exactly;
 * - a short issuing-body code (泉政发) is searched as a phrase, not as single characters;
 * - 《》 and question words (如何申请…, 怎么办理…) are dropped, so the subject is what is searched;
 * - everyday words find the formal ones (低保 → 最低生活保障) from the editable synonym list.
 */
import { parseDocNumber } from '../docNumber.ts';

export type SearchContext = {
  /** Groups of words that mean the same; the first is the formal term. */
  synonyms: string[][];
  /** 机关代字 found in the site's document numbers, e.g. 柳民发. */
  agencyCodes: string[];
  /** Source of the site's 索引号 regular expression. */
  indexNoPattern?: string | undefined;
  /**
   * The site's own name and publishing body: every document is theirs, so in a query they only
   * add words that the body text rarely repeats (云川市柳塘区民政局2025年…年度报告).
   */
  siteNames?: string[] | undefined;
  /** Traditional → simplified characters (loaded on demand). */
  t2s?: Record<string, string> | undefined;
  /** This year in the site's time zone: 今年 is this year, 去年 the one before. */
  year?: number | undefined;
};

export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'docNumber'; value: string }
  | { kind: 'indexNo'; value: string }
  | { kind: 'text'; normalized: string; variants: string[] };

// Longer phrases first, so 在哪里 goes before 哪里 would leave 在 behind.
export const QUESTION_WORDS = [
  '在哪里',
  '去哪里',
  '在哪儿',
  '有哪些',
  '能不能',
  '怎么样',
  '要求是',
  '请问',
  '怎么',
  '怎样',
  '如何',
  '哪里',
  '哪儿',
  '在哪',
  '去哪',
  '什么',
  '哪些',
  '多少',
  '需要',
  '可以',
  '能否',
  '是否',
  '我想',
  '我要',
  '想要',
];
const TRAILING_PARTICLES = /(怎么办)?[吗呢吧啊呀？?！!。，,、\s]*$/u;
const MAX_VARIANTS = 4;

/** NFKC (full-width letters and digits), traditional → simplified, single spaces. */
export function normalizeQuery(raw: string, t2s?: Record<string, string>): string {
  let text = raw.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  if (t2s) text = [...text].map((c) => t2s[c] ?? c).join('');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The site's names as readers shorten them, longest first: `云川市柳塘区民政局` is also
 * `柳塘区民政局` and `民政局` (a question that names the site names every document).
 */
export function siteNameForms(names: string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    forms.add(name);
    for (const match of name.matchAll(/[省市区县州旗盟]/g)) {
      const rest = name.slice(match.index + 1);
      if ([...rest].length >= 2) forms.add(rest);
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * The normalised query without 《》 and quotes, and without the site's own name when other words
 * remain (every document is the site's: its name only adds words that bodies rarely repeat).
 */
export function subjectText(normalized: string, context: SearchContext): string {
  let text = normalized.replace(/[《》〈〉“”"'‘’「」]/g, ' ');
  // Longest form first; a query that is one of the forms (and nothing else) is kept whole, not cut
  // down to the shorter forms inside it (柳塘区民政局 is not a search for 柳塘区).
  for (const name of context.siteNames ?? []) {
    if (!text.includes(name)) continue;
    if (!text.split(name).join('').trim()) break;
    text = text.split(name).join(' ');
  }
  return text;
}

export function planQuery(raw: string, context: SearchContext): QueryPlan {
  const normalized = normalizeQuery(raw, context.t2s);
  if (!normalized) return { kind: 'empty' };

  const compact = normalized.replace(/\s+/g, '');
  for (const candidate of [compact, `${compact}号`]) {
    const doc = parseDocNumber(candidate);
    if (doc.ok && /\d/.test(compact)) return { kind: 'docNumber', value: doc.value.canonical };
  }
  if (context.indexNoPattern && new RegExp(context.indexNoPattern).test(compact))
    return { kind: 'indexNo', value: compact };
  if (context.agencyCodes.includes(compact)) return { kind: 'text', normalized: compact, variants: [`"${compact}"`] };

  let text = subjectText(normalized, context);
  text = text.replace(TRAILING_PARTICLES, '');
  for (const word of QUESTION_WORDS) text = text.split(word).join(' ');
  text = text.replace(TRAILING_PARTICLES, '').replace(/\s+/g, ' ').trim();
  if (!text) text = normalized;

  const variants = new Set<string>([text]);
  if (text.includes('中华人民共和国') && text !== '中华人民共和国')
    variants.add(text.replace('中华人民共和国', '').trim());
  for (const variant of synonymVariants(text, context.synonyms, MAX_VARIANTS - variants.size)) variants.add(variant);
  return { kind: 'text', normalized: text, variants: [...variants] };
}

/** `text` with a word of a synonym group replaced by each other word of its group (at most `max`). */
export function synonymVariants(text: string, synonyms: string[][], max: number): string[] {
  const variants: string[] = [];
  for (const group of synonyms) {
    for (const word of group) {
      if (!text.includes(word)) continue;
      for (const other of group) {
        if (other !== word && variants.length < max) variants.push(text.split(word).join(other));
      }
    }
  }
  return variants;
}

/** How closely a result's title matches the query, for putting a document named in full first. */
export function titleMatch(title: string, query: string): number {
  const clean = (s: string) => s.replace(/[《》\s]/g, '').replace(/^中华人民共和国/, '');
  const t = clean(title);
  const q = clean(query);
  if (!q) return 0;
  if (t === q) return 3;
  // 《城市居民委员会组织法》 is named by 居民委员会组织法 more than 《北京市实施…组织法》办法 is.
  if (t.endsWith(q)) return 2;
  return t.includes(q) ? 1 : 0;
}
