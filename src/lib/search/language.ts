/**
 * Reading a citizen's question (runs in the browser and in tests). After ./query.ts has taken out
 * document numbers and normalised the text:
 * - a popular name of a provision (离婚冷静期) is recognised and pinned to the article it means;
 * - question frames and filler (需要什么条件, 要带什么, 请问, 吗) are removed, and the part of a
 *   document that answers them is remembered (a service guide's 申请条件, a law's 法律责任);
 * - the rest is cut into words as the search index does (`Intl.Segmenter`), particles left out;
 * - what is left is cut into concepts (./concepts.ts), each with its alternatives: everyday
 *   words in legal terms (看病 → 医疗) from the reviewed vocabulary, and synonyms.
 * The data (vocabulary, frames, names) comes from src/search/*.yaml and the site's additions,
 * sent to the page as /search/language.json (src/data/searchLanguage.ts).
 */
import type { AnswerSection } from '../../schemas/questionFrames.ts';
import { conceptsOf, termDictionary, type Concept, type TermDictionary } from './concepts.ts';
import {
  QUESTION_WORDS,
  normalizeQuery,
  planQuery,
  subjectText,
  synonymVariants,
  type QueryPlan,
  type SearchContext,
} from './query.ts';

export type PopularName = {
  name: string;
  /** The law's title: `中华人民共和国民法典 婚姻家庭编`. */
  title: string;
  /** The article: `第一千零七十七条`. */
  article: string;
  /** The article's address on this site. */
  url: string;
  /** What the article says, in the project's words. */
  about: string;
};

/** What /search/language.json holds. */
export type SearchLanguage = {
  /** Everyday word → legal terms, longest everyday word first. */
  vocabulary: [string, string[]][];
  /** Question frames and the part of a document that answers them ('' for filler), longest first. */
  frames: [string, AnswerSection | ''][];
  /** Popular names of provisions that this site's regulations library holds. */
  names: PopularName[];
};

export type QuestionPlan = Extract<QueryPlan, { kind: 'text' }> & {
  /** The part of a document the question asks for, when a frame said so. */
  section?: AnswerSection | undefined;
  /** Popular names found in the question. */
  names: PopularName[];
  /** The words that carry the question, in order (particles and frames left out), cut as headings are. */
  words: string[];
  /** What the question is about, each with what to search for it (./concepts.ts). */
  concepts: Concept[];
};

/**
 * Words that carry no subject of their own: particles, pronouns, the commonest verbs of a
 * question. A result that matches only these is no result.
 */
export const PARTICLES = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '呀', '么', '嘛', '啦', '哦', '着', '过', '地', '得', '和', '与', '及', '或',
  '是', '在', '有', '没', '没有', '不', '要', '会', '能', '可', '可以', '我', '你', '他', '她', '它', '我们', '你们',
  '他们', '这', '那', '这个', '那个', '这些', '那些', '个', '也', '都', '就', '还', '又', '很', '把', '被', '给',
  '让', '对', '向', '从', '到', '为', '以', '之', '其', '该', '此', '吗', '一', '一下', '一些', '什么', '怎么',
  '怎样', '如何', '哪', '哪些', '哪里', '谁', '多少', '几', '请', '请问', '想', '想要', '应该', '需要', '必须',
  '是否', '能否', '可否', '还是', '如果', '因为', '所以', '但是', '而且', '自己', '家里', '现在', '已经',
]); // prettier-ignore

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of a text as the search index cuts them, particles and punctuation left out. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && !PARTICLES.has(segment)) words.push(segment);
  }
  return words;
}

/**
 * The text without its particles, otherwise as typed: the search index cuts it into words itself
 * (so 低保 stays 低保), and a space marks where a particle was (家里没收入 申请低保 → 收入 申请低保).
 */
export function withoutParticles(text: string): string {
  let out = '';
  let gap = false;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike || PARTICLES.has(segment)) {
      gap = true;
      continue;
    }
    if (gap && out) out += ' ';
    out += segment;
    gap = false;
  }
  return out;
}

const MAX_VARIANTS = 6;

/**
 * The question read: popular names pinned, frames out, particles out, and variants in legal
 * terms. A query that is a number (文号, 索引号) or a short issuing-body code stays as
 * ./query.ts reads it.
 */
export function readQuestion(raw: string, context: SearchContext, language: SearchLanguage): QueryPlan | QuestionPlan {
  const plan = planQuery(raw, context);
  if (plan.kind !== 'text' || plan.variants[0]?.startsWith('"')) return plan;
  let text = subjectText(normalizeQuery(raw, context.t2s), context);
  const names = language.names.filter((entry) => text.includes(entry.name));
  for (const entry of names) text = text.split(entry.name).join(' ');
  const read = conceptsOf(text, dictionaryOf(language, context.synonyms), PARTICLES, [
    ...language.frames,
    ...QUESTION_FRAMES,
  ]);
  const concepts = read.concepts.map((concept) => withYear(concept, context.year));
  const section = read.section as AnswerSection | undefined;
  const subject = concepts.map((concept) => concept.text).join(' ');
  // Nothing but names, frames and particles: the names answer; particles alone are no result.
  if (concepts.length === 0 || (names.length > 0 && concepts.every((concept) => concept.weak))) {
    return { ...plan, section, names, words: [], concepts: [] };
  }
  const variants = new Set<string>([plan.normalized, subject]);
  // The question in legal terms (看病 → 医疗): for putting a document named in full first.
  const legal = concepts.map((concept) => concept.alternatives[1] ?? concept.text).join(' ');
  variants.add(legal);
  for (const variant of synonymVariants(subject, context.synonyms, MAX_VARIANTS)) {
    if (variants.size < MAX_VARIANTS) variants.add(variant);
  }
  return {
    kind: 'text',
    normalized: plan.normalized,
    variants: [...variants],
    section,
    names,
    words: contentWords(subject),
    concepts,
  };
}

/** 今年, 去年 … as years: documents name the year (2026年), not "this year". */
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };

function withYear(concept: Concept, year: number | undefined): Concept {
  const offset = RELATIVE_YEARS[concept.text];
  if (offset === undefined || year === undefined) return concept;
  return { ...concept, alternatives: [concept.text, `${year + offset}年`] };
}

// The dictionary of known terms is built once per language and synonym list.
const dictionaries = new WeakMap<SearchLanguage, { synonyms: string[][]; terms: TermDictionary }>();
function dictionaryOf(language: SearchLanguage, synonyms: string[][]): TermDictionary {
  let known = dictionaries.get(language);
  if (!known || known.synonyms !== synonyms) {
    known = { synonyms, terms: termDictionary(language.vocabulary, synonyms) };
    dictionaries.set(language, known);
  }
  return known.terms;
}

/** The question words ./query.ts always took out, as frames without a part. */
const QUESTION_FRAMES: SearchLanguage['frames'] = QUESTION_WORDS.map((word) => [word, ''] as [string, '']);
