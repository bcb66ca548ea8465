/**
 * Text as a spam filter should see it. Injected spam hides its words from simple filters:
 * full-width letters (ｂｅｔ３６５), HTML entities (&#98;et365), zero-width and other invisible
 * characters (b\u200Bet365), accents and strike-through marks (b̶é̶t̶), traditional characters
 * (百家樂), spaces, dots, symbols, emoji, brackets or punctuation between the characters
 * (b.e.t 3 6 5, 百🎲家【乐】, 六，合，彩), upper case. The normal form undoes all of these: entities
 * decoded, compatibility decomposition (NFKD: full-width → ASCII, ① → 1, é → e + accent), lower
 * case, traditional → simplified characters (OpenCC's TSCharacters, the table the search uses),
 * and then only letters and digits kept. Where sentence punctuation or a line break was dropped,
 * the normal form remembers a phrase break: a combination rule (澳门 + 娱乐) does not reach across
 * one, so 访问澳门。娱乐活动另行安排 is not spam; and a word is found across sentence punctuation only
 * when it separates every character of a word of three or more (六，合，彩), so 互联网，投诉 is not
 * 网投 (./denylist.ts).
 *
 * `normalText` is the fast form for searching whole bodies; `normalize` also remembers where each
 * character came from, so a problem can quote exactly what the editor's file contains. Both give
 * the same text and breaks.
 */
import { t2sMap } from '../search/t2s.ts';

export type BreakKind = 'sentence' | 'line';
export type Breaks = Map<number, BreakKind>;

export type NormalText = {
  /** The normal form. */
  text: string;
  /** Offsets in `text` before which sentence punctuation (`sentence`) or only a line break (`line`) was dropped. */
  breaks: Breaks;
  /** For each UTF-16 unit of `text`, the start and end offsets in the original. */
  start: number[];
  end: number[];
};

/**
 * Named entities that spam uses to break up words, and the common typographic ones. Numeric
 * entities (&#98; &#x62;) are decoded whatever the code point; an unknown name stays as written.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00AD',
  zwsp: '\u200B',
  ZeroWidthSpace: '\u200B',
  NegativeThinSpace: '\u200B',
  NegativeMediumSpace: '\u200B',
  NegativeThickSpace: '\u200B',
  NegativeVeryThinSpace: '\u200B',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  NoBreak: '\u2060',
  InvisibleTimes: '\u2062',
  InvisibleComma: '\u2063',
  middot: '\u00B7',
  bull: '\u2022',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  period: '.',
  dot: '.',
  hyphen: '-',
  dash: '-',
  lowbar: '_',
  ast: '*',
  sol: '/',
  bsol: '\\',
  vert: '|',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  times: '\u00D7',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/y;
const ENTITIES = new RegExp(ENTITY.source, 'g');

/**
 * Characters nobody sees: format characters (zero-width space and joiners, direction marks, word
 * joiner, BOM, soft hyphen), combining marks used to decorate letters (b̶e̶t̶), variation
 * selectors and the Hangul fillers that render as blanks.
 */
const INVISIBLE_CLASS = '\\p{Cf}\\p{Mn}\\p{Me}\\u115F\\u1160\\u3164\\uFFA0\\u180E';
const INVISIBLE = new RegExp(`^[${INVISIBLE_CLASS}]$`, 'u');

/**
 * What is kept: letters and digits (not the Hangul fillers, letters that show as blanks). Everything
 * else separates, or hides, the characters of a word.
 */
const KEPT = /^(?![\u115F\u1160\u3164\uFFA0])[\p{L}\p{N}]$/u;
const DROPPED = /(?:[^\p{L}\p{N}]|[\u115F\u1160\u3164\uFFA0])+/gu;
/** Sentence punctuation (after NFKD), and line breaks: the end of a phrase. */
const SENTENCE_BREAK = /[,。!?;:、\u3002\uFF61]/;
const LINE_BREAK = /\n/;

/** Records a dropped run at `at` of the normal form: a sentence break wins over a line break. */
function addBreak(breaks: Breaks, at: number, dropped: string) {
  if (at === 0) return;
  if (SENTENCE_BREAK.test(dropped)) breaks.set(at, 'sentence');
  else if (LINE_BREAK.test(dropped) && !breaks.has(at)) breaks.set(at, 'line');
}

/** Traditional → simplified, one character for one (the map and its pattern are built on first use). */
let simplified: { map: Record<string, string>; pattern: RegExp } | undefined;
function traditional() {
  if (!simplified) {
    const map = t2sMap();
    const chars = Object.keys(map).map((char) => char.replace(/[\\\]^-]/g, '\\$&'));
    simplified = { map, pattern: new RegExp(`[${chars.join('')}]`, 'gu') };
  }
  return simplified;
}
const simplify = (char: string) => traditional().map[char] ?? char;

/** The normal form alone (compact), quickly: the same text and breaks as `normalize(source)`. */
export function normalText(source: string): { text: string; breaks: Breaks } {
  const decoded = source.includes('&')
    ? source.replace(ENTITIES, (whole: string) => entityAt(whole, 0)?.text ?? whole)
    : source;
  const folded = decoded.normalize('NFKD').toLowerCase().replace(traditional().pattern, simplify);
  const breaks: Breaks = new Map();
  let text = '';
  let last = 0;
  for (const match of folded.matchAll(DROPPED)) {
    text += folded.slice(last, match.index);
    last = match.index + match[0].length;
    addBreak(breaks, text.length, match[0]);
  }
  text += folded.slice(last);
  return { text, breaks };
}

/** Decodes one entity at `index` of `source`, or returns undefined. */
function entityAt(source: string, index: number): { text: string; length: number } | undefined {
  ENTITY.lastIndex = index;
  const match = ENTITY.exec(source);
  if (!match) return undefined;
  const [whole, decimal, hex, name] = match;
  if (name !== undefined) {
    const text = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
    return text === undefined ? undefined : { text, length: whole.length };
  }
  const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
  if (!Number.isFinite(codePoint) || codePoint > 0x10ffff) return undefined;
  return { text: String.fromCodePoint(codePoint), length: whole.length };
}

/**
 * The normal form of `source`, with the place in `source` of every character. `compact`
 * (default) drops everything but letters and digits; without it, what is dropped becomes single
 * spaces (for showing text, not for matching).
 */
export function normalize(source: string, { compact = true }: { compact?: boolean } = {}): NormalText {
  const out: NormalText = { text: '', breaks: new Map(), start: [], end: [] };
  const push = (chars: string, from: number, to: number) => {
    for (const unit of chars) {
      for (let i = 0; i < unit.length; i++) {
        out.start.push(from);
        out.end.push(to);
      }
      out.text += unit;
    }
  };
  let index = 0;
  while (index < source.length) {
    let piece: string;
    let length: number;
    const entity = source[index] === '&' ? entityAt(source, index) : undefined;
    if (entity) {
      piece = entity.text;
      length = entity.length;
    } else {
      const codePoint = source.codePointAt(index)!;
      piece = String.fromCodePoint(codePoint);
      length = piece.length;
    }
    for (const char of piece) {
      for (const folded of char.normalize('NFKD').toLowerCase()) {
        const normal = simplify(folded);
        if (KEPT.test(normal)) {
          push(normal, index, index + length);
          continue;
        }
        addBreak(out.breaks, out.text.length, normal);
        if (!compact && !INVISIBLE.test(normal) && out.text.length > 0 && !out.text.endsWith(' ')) {
          push(' ', index, index + length);
        }
      }
    }
    index += length;
  }
  return out;
}

/** The original text behind `[from, to)` of a normal form, with invisible characters made visible. */
export function originalOf(source: string, normal: NormalText, from: number, to: number): string {
  const start = normal.start[from] ?? 0;
  const end = normal.end[to - 1] ?? source.length;
  return showInvisible(source.slice(start, end));
}

/** `b\u200Bet` → `b[U+200B]et`: what an editor cannot see in the file, spelt out. */
export function showInvisible(text: string): string {
  return text.replace(
    new RegExp(`[${INVISIBLE_CLASS}]`, 'gu'),
    (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
