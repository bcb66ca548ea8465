/**
 * The concepts of a question, and results ranked by how many of them a document has (runs in the
 * browser and in tests).
 *
 * A question is cut into concepts: the known terms first (an everyday word of the vocabulary, a
 * word of a synonym group, a legal term; longest first), then the rest as the browser's word
 * segmenter cuts it, particles left out and single characters that stand together kept together
 * (无儿无女, 办丧事: the segmenter would cut them into characters, which match everywhere). Each
 * concept has its alternatives: 看病 is also 医疗, 低保 also 最低生活保障.
 *
 * The search page searches each alternative (one Pagefind search each) and combines them here:
 * documents that have every concept first; when there are too few, documents that have only some,
 * ranked by how informative the concepts they have are (a concept few documents have counts for
 * more, as in BM25's IDF), never a document that has only weak concepts (single characters).
 */

/** A known term and its alternatives (the term itself first). */
export type TermDictionary = Map<string, string[]>;

export type Concept = {
  /** As it stands in the question. */
  text: string;
  /** What to search for it: itself, then the legal terms and synonyms. */
  alternatives: string[];
  /** A single character that is no known term: it alone never makes a result. */
  weak: boolean;
  /** A term of the vocabulary or the synonyms: what the question is about. */
  known?: boolean;
};

/** Everyday words → legal terms, and synonym groups (each word → the others), as one dictionary. */
export function termDictionary(vocabulary: [string, string[]][], synonyms: string[][]): TermDictionary {
  const terms: TermDictionary = new Map();
  const add = (term: string, alternatives: string[]) => {
    const known = terms.get(term) ?? [term];
    for (const alternative of alternatives) if (!known.includes(alternative)) known.push(alternative);
    terms.set(term, known);
  };
  for (const [everyday, legal] of vocabulary) {
    add(everyday, legal);
    for (const term of legal) add(term, []);
  }
  for (const group of synonyms) for (const word of group) add(word, group);
  return terms;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Characters that end a noun more often than they start the next word (残疾 + 人, 补助 + 金,
 * 街道 + 办): the segmenter often cuts them off, and a lone character matches everywhere.
 */
const NOUN_ENDINGS = new Set([...'人者员户家站费金证法局院所会办处队区县市乡镇村部厅委费款']);

/**
 * The concepts of `text` (names already taken out). Known terms are found first, so a frame or a
 * particle inside one (多少钱 in 花了多少钱) does not break it; in the rest, question frames are
 * taken out (the first that names a part of a document is returned) and particles left out.
 */
export function conceptsOf(
  text: string,
  terms: TermDictionary,
  particles: ReadonlySet<string>,
  frames: readonly (readonly [string, string])[] = [],
): { concepts: Concept[]; section: string | undefined } {
  const longest = Math.max(0, ...[...terms.keys()].map((term) => term.length));
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  let section: string | undefined;
  /** Adds a concept not seen yet; whether it was added. */
  const push = (concept: Concept): boolean => {
    if (seen.has(concept.text)) return false;
    seen.add(concept.text);
    concepts.push(concept);
    return true;
  };
  let rest = '';
  // The plain word just pushed, that a noun ending may still join; or the word just repeated.
  let lastPlain: Concept | undefined;
  let lastRepeat: string | undefined;
  const flush = () => {
    const stripped = stripFrames(rest, frames);
    section ??= stripped.section;
    let run = '';
    const end = () => {
      if (run) push({ text: run, alternatives: [run], weak: [...run].length === 1 });
      run = '';
    };
    for (const { segment, isWordLike } of segmenter.segment(stripped.text)) {
      if (!isWordLike || particles.has(segment)) {
        end();
        lastPlain = undefined;
        continue;
      }
      // Characters the segmenter leaves alone belong together (无儿无女); a noun's ending stays
      // with its noun (残疾人); other words stand alone.
      if ([...segment].length === 1 && /\p{Script=Han}/u.test(segment)) {
        const last = concepts.at(-1);
        const repeat = lastRepeat;
        lastRepeat = undefined;
        // 残疾人 said again: its ending belongs to the repeat, which is already a concept.
        if (!run && repeat && NOUN_ENDINGS.has(segment) && seen.has(repeat + segment)) continue;
        if (!run && last && !last.known && last === lastPlain && NOUN_ENDINGS.has(segment)) {
          last.text += segment;
          last.alternatives = [last.text];
          seen.add(last.text);
          continue;
        }
        run += segment;
      } else {
        end();
        // A word said twice is one concept; an ending after the repeat is not glued to another word.
        const added = push({ text: segment, alternatives: [segment], weak: false });
        lastPlain = added ? concepts.at(-1) : undefined;
        lastRepeat = added ? undefined : segment;
        continue;
      }
      lastPlain = undefined;
    }
    end();
    lastPlain = undefined;
    rest = '';
  };
  for (let at = 0; at < text.length;) {
    let match: string | undefined;
    for (let length = Math.min(longest, text.length - at); length >= 2; length--) {
      const candidate = text.slice(at, at + length);
      if (terms.has(candidate)) {
        match = candidate;
        break;
      }
    }
    if (match) {
      flush();
      push({ text: match, alternatives: terms.get(match)!, weak: false, known: true });
      at += match.length;
    } else {
      rest += text[at];
      at += 1;
    }
  }
  flush();
  return { concepts, section };
}

/** One-character particles are frames only at the end of the question or before punctuation. */
const isShortParticle = (frame: string) => [...frame].length === 1;

/** Takes question frames out of `text`; the first one that names a part of a document is kept. */
export function stripFrames(
  text: string,
  frames: readonly (readonly [string, string])[],
): { text: string; section?: string | undefined } {
  let rest = text;
  let section: string | undefined;
  for (const [frame, part] of frames) {
    if (isShortParticle(frame)) {
      const end = new RegExp(`${frame.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s,.!?，。！？、；;:：]|$)`, 'gu');
      if (end.test(rest)) rest = rest.replace(end, ' ');
      continue;
    }
    if (!rest.includes(frame)) continue;
    section ??= part || undefined;
    rest = rest.split(frame).join(' ');
  }
  return { text: rest.replace(/\s+/g, ' ').trim(), section };
}

/** How informative a concept is that `found` of about `total` documents have (BM25's IDF, at least 0.1). */
export function conceptWeight(found: number, total: number): number {
  return Math.max(0.1, Math.log(1 + (total - found + 0.5) / (found + 0.5)));
}

export type ConceptHits = {
  weight: number;
  weak: boolean;
  /** A concept every result must have (the known terms of the question, or else all its concepts). */
  core: boolean;
  /** Document id → score relative to the best document of this concept (0–1]. */
  hits: Map<string, number>;
};

export type Combined = {
  /** Documents with every core concept, best first, with the concepts they have. */
  full: { id: string; score: number; matched: number[] }[];
  /** Documents with some of the core concepts (not only weak ones), best first, with which they have. */
  partial: { id: string; score: number; matched: number[] }[];
};

/**
 * Which concepts every result must have: the known terms of the question (what it is about), or,
 * when it has none, every concept that is not a single character.
 */
export function coreConcepts(concepts: readonly Concept[]): boolean[] {
  const known = concepts.some((concept) => concept.known);
  return concepts.map((concept) => (known ? Boolean(concept.known) : !concept.weak));
}

/** How much a concept that is not core counts, next to a core one of the same weight. */
const NON_CORE = 0.25;

/**
 * Combines the documents of each concept: those with all core concepts first, then those with
 * some. Each is ranked by its score in each concept it has (relative to that concept's best, so
 * the index's own ranking — a title that names the concept first — carries over), times how
 * informative the concept is; the other words of the question only add a little.
 */
export function combineConcepts(concepts: ConceptHits[]): Combined {
  const scores = new Map<string, { score: number; matched: number[] }>();
  concepts.forEach((concept, index) => {
    const weight = concept.core ? concept.weight : concept.weight * NON_CORE;
    for (const [id, relative] of concept.hits) {
      const known = scores.get(id) ?? { score: 0, matched: [] };
      known.score += weight * relative;
      known.matched.push(index);
      scores.set(id, known);
    }
  });
  const cores = concepts.flatMap((concept, index) => (concept.core ? [index] : []));
  const full: Combined['full'] = [];
  const partial: Combined['partial'] = [];
  for (const [id, { score, matched }] of scores) {
    if (cores.every((index) => matched.includes(index))) full.push({ id, score, matched });
    else if (matched.some((index) => !concepts[index]!.weak)) partial.push({ id, score, matched });
  }
  const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;
  return { full: full.sort(byScore), partial: partial.sort(byScore) };
}
