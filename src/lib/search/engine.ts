/**
 * Runs a reader's query against the Pagefind index in the browser (the search page's script,
 * src/scripts/search.ts, gives it the index and the page's fetch):
 * - a number (文号, 索引号) is looked up in its shard, without the index (./numbers.ts);
 * - a question (./language.ts) is searched concept by concept, each in all its alternatives
 *   (synonyms, everyday words in legal terms), and combined (./concepts.ts): documents that have
 *   every concept first; when there are too few, documents that have some of them, the most
 *   informative first, and the page says which words they contain. A word no document has
 *   (which Pagefind would quietly leave out) never counts as found, and particles or single
 *   characters alone never make a result;
 * - a popular name of a provision is pinned to its article, and a heading of a law equal to the
 *   question (or containing all its words, for a few laws only) to that heading (./headings.ts);
 * - a question for a part of a document (申请条件, 法律责任) leads service guides and laws there.
 */
import type { AnswerSection } from '../../schemas/questionFrames.ts';
import { searchKeys } from '../../i18n/search.ts';
import type { PopularName, QuestionPlan } from './language.ts';
import { combineConcepts, conceptWeight, coreConcepts, type Concept } from './concepts.ts';
import { headingShard, headingShardUrl, matchHeadings, type HeadingShard } from './headings.ts';
import { numberShard, numberShardUrl, type NumberEntry, type NumberKind } from './numbers.ts';
import { titleMatch, type QueryPlan } from './query.ts';

export type PagefindFilters = Record<string, Record<string, number>>;
export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
};
export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };
export type PagefindSearch = { results: PagefindResult[]; filters: PagefindFilters };
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<PagefindFilters>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
};

/** A result the question itself points at, shown before the index's results. */
export type Pinned = {
  kind: 'name' | 'heading';
  url: string;
  title: string;
  /** What it is: the popular name (离婚冷静期), or the heading (第八章 就业救助). */
  label: string;
  /** Where in the law: the article a popular name means (第一千零七十七条). */
  place?: string | undefined;
  /** A line of explanation (the popular name's meaning). */
  about?: string | undefined;
};

export type Outcome = {
  search: PagefindSearch | null;
  /** Found by its number in the number shards. */
  exact: boolean;
  pinned: Pinned[];
  /** The words the results contain when not all the question's words are in one document. */
  relaxed?: { kept: string[]; dropped: string[]; after: number } | undefined;
  section?: AnswerSection | undefined;
};

/** Results from the words as typed that make searching their variants unnecessary. */
const ENOUGH_RESULTS = 100;
/** Fewer results than this from all the words together: try fewer words too. */
const FEW_RESULTS = 3;
/** A heading shared by more laws than this is too general to pin (总则, 法律责任). */
const MAX_PINNED_LAWS = 8;
const MAX_PINNED_HEADINGS = 3;

type Fetch = (url: string) => Promise<{ ok: boolean; json: () => Promise<unknown> }>;

export class SearchEngine {
  #shards = new Map<string, Promise<HeadingShard | undefined>>();
  private readonly loadIndex: () => Promise<Pagefind>;
  private readonly fetch: Fetch;
  private readonly shards: { numbers: number; headings: number; documents: number };

  /** `shards.documents`: about how many documents the index has (for how informative a word is). */
  constructor(
    loadIndex: () => Promise<Pagefind>,
    fetch: Fetch,
    shards: { numbers: number; headings: number; documents: number },
  ) {
    this.loadIndex = loadIndex;
    this.fetch = fetch;
    this.shards = shards;
  }

  async run(plan: QueryPlan | QuestionPlan, filters: Record<string, unknown>, sort: string): Promise<Outcome> {
    const options: Record<string, unknown> = { filters };
    if (sort === 'date') options['sort'] = { [searchKeys.date]: 'desc' };
    const none: Outcome = { search: null, exact: false, pinned: [] };
    if (plan.kind === 'empty') {
      return {
        ...none,
        search: Object.keys(filters).length ? await (await this.loadIndex()).search(null, options) : null,
      };
    }
    if (plan.kind === 'docNumber' || plan.kind === 'indexNo') {
      // A number identifies a document: looked up in its shard; the facets do not apply.
      const hits = await this.lookupNumber(plan.kind, plan.value);
      if (hits.length > 0) return { ...none, search: { results: hits.map(numberResult), filters: {} }, exact: true };
      // Not a number of this site's documents (国务院令第649号 in a law's history): search its words.
      return { ...none, search: await (await this.loadIndex()).search(plan.value, options) };
    }
    const question = 'concepts' in plan ? plan : undefined;
    const headings = this.headingPins(question?.words ?? [], plan.normalized);
    const pagefind = await this.loadIndex();
    const names = (question?.names ?? []).map(namePin);
    if (!question) return { ...none, search: await this.searchVariants(pagefind, plan.variants, options) };
    if (question.concepts.length === 0) {
      // Only names, frames and particles: the names answer, and the documents that use a name
      // (news, interpretations) follow; particles alone are no result.
      const pinned = [...names, ...(await headings)];
      const search = names.length
        ? await pagefind.search(question.names.map((name) => name.name).join(' '), options)
        : { results: [], filters: {} };
      return { search, exact: false, pinned, section: question.section };
    }
    const { search, relaxed } = await this.searchConcepts(pagefind, question.concepts, options);
    return { search, exact: false, pinned: [...names, ...(await headings)], relaxed, section: question.section };
  }

  /**
   * One search per alternative of each concept, combined: documents with every concept first,
   * then — when they are fewer than FEW_RESULTS — documents with some of them.
   */
  private async searchConcepts(
    pagefind: Pagefind,
    concepts: Concept[],
    options: Record<string, unknown>,
  ): Promise<{ search: PagefindSearch; relaxed?: Outcome['relaxed'] }> {
    const alternatives = [...new Set(concepts.flatMap((concept) => concept.alternatives))];
    // A word the vocabulary does not know must stand in a document as written (see searchWord).
    const unknown = new Set(concepts.filter((concept) => !concept.known).map((concept) => concept.text));
    const searches = new Map(
      await Promise.all(
        alternatives.map(async (term) => [term, await searchWord(pagefind, term, unknown.has(term), options)] as const),
      ),
    );
    const byId = new Map<string, PagefindResult>();
    const filters: PagefindFilters = {};
    const found = concepts.map((concept) => {
      const hits = new Map<string, number>();
      for (const term of concept.alternatives) {
        const search = searches.get(term);
        const top = search?.results[0]?.score || 1;
        for (const result of search?.results ?? []) {
          byId.set(result.id, result);
          hits.set(result.id, Math.max(hits.get(result.id) ?? 0, result.score / top));
        }
        for (const [facet, values] of Object.entries(search?.filters ?? {})) {
          filters[facet] ??= {};
          for (const [value, n] of Object.entries(values))
            filters[facet][value] = Math.max(filters[facet][value] ?? 0, n);
        }
      }
      return hits;
    });
    const total = Math.max(this.shards.documents, ...found.map((hits) => hits.size));
    const core = coreConcepts(concepts);
    const combined = combineConcepts(
      concepts.map((concept, i) => ({
        weight: conceptWeight(found[i]!.size, total),
        weak: concept.weak,
        core: core[i]!,
        hits: found[i]!,
      })),
    );
    // Documents with every word of the question that is not a particle.
    const words = concepts.flatMap((concept, index) => (concept.weak ? [] : [index]));
    const all = combined.full.filter((hit) => words.every((index) => hit.matched.includes(index)));
    if (all.length >= FEW_RESULTS || (all.length === combined.full.length && combined.full.length >= FEW_RESULTS))
      return { search: { results: combined.full.map((hit) => byId.get(hit.id)!), filters } };
    // Few have them all: those first, then the documents that have the words the question is
    // about, then (when those are few too) the documents with some of those — and the page says so.
    const rest = combined.full.filter((hit) => !all.includes(hit));
    const partial = combined.full.length >= FEW_RESULTS ? [] : combined.partial;
    const first = rest[0] ?? partial[0];
    const ordered = [...all, ...rest, ...partial];
    if (!first) return { search: { results: ordered.map((hit) => byId.get(hit.id)!), filters } };
    return {
      search: { results: ordered.map((hit) => byId.get(hit.id)!), filters },
      relaxed: {
        // Every document after the boundary has the question's core words (or, when those are
        // few, some of them: the first one's).
        kept: (rest.length > 0 ? core.flatMap((isCore, index) => (isCore ? [index] : [])) : first.matched)
          .filter((index) => !concepts[index]!.weak)
          .map((index) => concepts[index]!.text),
        dropped: words.filter((index) => !first.matched.includes(index)).map((index) => concepts[index]!.text),
        after: all.length,
      },
    };
  }

  /** One search per variant, merged by the best score relative to each variant's best result. */
  private async searchVariants(
    pagefind: Pagefind,
    variants: string[],
    options: Record<string, unknown>,
  ): Promise<PagefindSearch | null> {
    const [typed, ...others] = variants;
    const first = await pagefind.search(typed ?? '', options);
    // Variants are for words that find little: when the words as typed find plenty, they only double the work.
    if (others.length === 0 || (first && first.results.length >= ENOUGH_RESULTS)) return first;
    const searches = [first, ...(await Promise.all(others.map((v) => pagefind.search(v, options))))].filter(
      (s): s is PagefindSearch => s !== null,
    );
    if (searches.length <= 1) return searches[0] ?? null;
    const best = new Map<string, { result: PagefindResult; score: number }>();
    for (const search of searches) {
      const top = search.results[0]?.score || 1;
      for (const result of search.results) {
        const score = result.score / top;
        const known = best.get(result.id);
        if (!known || score > known.score) best.set(result.id, { result, score });
      }
    }
    const counts: PagefindFilters = {};
    for (const search of searches) {
      for (const [facet, values] of Object.entries(search.filters)) {
        counts[facet] ??= {};
        for (const [value, n] of Object.entries(values)) counts[facet][value] = Math.max(counts[facet][value] ?? 0, n);
      }
    }
    return { results: [...best.values()].sort((a, b) => b.score - a.score).map((b) => b.result), filters: counts };
  }

  /** Headings of the regulations library that are the question, as pinned results. */
  private async headingPins(words: string[], question: string): Promise<Pinned[]> {
    if (words.length === 0 || this.shards.headings === 0) return [];
    const shards = new Map<string, HeadingShard | undefined>();
    await Promise.all(words.map(async (word) => shards.set(word, await this.headingShard(word))));
    const matches = matchHeadings(words, (word) => shards.get(word), question);
    const exact = matches.filter((match) => match.exact);
    const chosen = exact.length > 0 ? exact : matches.length <= MAX_PINNED_LAWS ? matches : [];
    return chosen.slice(0, MAX_PINNED_HEADINGS).map((match) => ({
      kind: 'heading',
      url: match.url,
      title: match.title,
      label: match.label,
    }));
  }

  private headingShard(word: string): Promise<HeadingShard | undefined> {
    const url = headingShardUrl(headingShard(word, this.shards.headings));
    let shard = this.#shards.get(url);
    if (!shard) {
      shard = this.fetch(url)
        .then((response) => (response.ok ? (response.json() as Promise<HeadingShard>) : undefined))
        .catch(() => undefined);
      this.#shards.set(url, shard);
    }
    return shard;
  }

  /** The heading of each law page among `urls` whose text is `text` (法律责任), by page address. */
  async headingsOf(text: string): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const shard = await this.headingShard(text);
    for (const index of shard?.words[text] ?? []) {
      const entry = shard!.headings[index]!;
      if (entry.text.includes(text)) found.set(entry.url.replace(/#.*$/, ''), entry.url);
    }
    return found;
  }

  /** The documents with this number, from the one shard it can be in (a few KB). */
  private async lookupNumber(kind: NumberKind, number: string): Promise<NumberEntry[]> {
    const response = await this.fetch(numberShardUrl(numberShard(kind, number, this.shards.numbers)));
    if (!response.ok) return [];
    const shard = (await response.json()) as NumberEntry[];
    return shard.filter((entry) => entry.kind === kind && entry.number === number);
  }
}

function namePin(name: PopularName): Pinned {
  return { kind: 'name', url: name.url, title: name.title, label: name.name, place: name.article, about: name.about };
}

/** A number's document as a search result, with what Pagefind's data would have shown. */
function numberResult(entry: NumberEntry): PagefindResult {
  const data: PagefindResultData = {
    url: entry.url,
    excerpt: '',
    meta: {
      title: entry.title,
      [entry.kind === 'docNumber' ? searchKeys.docNumber : searchKeys.indexNo]: entry.number,
      [searchKeys.date]: entry.date,
      [searchKeys.status]: entry.status,
    },
    filters: { [searchKeys.type]: [entry.type], ...(entry.issuer ? { [searchKeys.issuer]: [entry.issuer] } : {}) },
  };
  return { id: entry.url, score: 1, data: async () => data };
}

export type Ranked = {
  result: PagefindResult;
  data?: PagefindResultData;
  link?: string | undefined;
  answer?: string | undefined;
  /** The first result that lacks some words of the question (after those that have them all). */
  relaxed?: boolean;
};

/** How many results are loaded to put a document named in full first, or to sort by date. */
const RERANK_DEPTH = 10;
/** For a question, more: a law that names its subject in its title may start further down. */
const QUESTION_RERANK_DEPTH = 15;

/**
 * National laws and regulations before local ones when nothing else tells them apart: a citizen's
 * question is first answered by the law that applies everywhere. The site's own documents rank
 * with the State Council's regulations.
 */
const LEVEL_RANK: Record<string, number> = {
  宪法: 0,
  法律: 0,
  行政法规: 1,
  司法解释: 2,
  部门规章: 2,
  地方性法规: 3,
  地方政府规章: 3,
  规范性文件: 3,
};
const levelRank = (r: Ranked) => {
  const level = r.data?.filters[searchKeys.level]?.[0];
  return level === undefined ? 1 : (LEVEL_RANK[level] ?? 3);
};

/** The anchors of a service guide's sections that answer a kind of question (src/components/GuideSections.astro). */
const GUIDE_SECTIONS: Partial<Record<AnswerSection, { anchor: string; label: string }>> = {
  申请条件: { anchor: 'conditions', label: '受理条件' },
  申请材料: { anchor: 'materials', label: '申请材料' },
  办理流程: { anchor: 'steps', label: '办理流程' },
  收费标准: { anchor: 'fee', label: '收费依据及标准' },
  办理机构: { anchor: 'place', label: '办理地点和时间' },
  办理时限: { anchor: 'time-limits', label: '办理时限' },
};

/**
 * Orders the first results: a document named in full first (relevance), or by date; results
 * pinned above are left out; a question for a part of a document puts the service guides first
 * and leads to that part. `guideType`: the 类型 of service guides in the index.
 */
export async function rank(
  engine: SearchEngine,
  outcome: Outcome,
  plan: QueryPlan | QuestionPlan,
  sort: string,
  guideType: string,
): Promise<Ranked[]> {
  const pinnedPages = new Set(outcome.pinned.map((pin) => pin.url.replace(/#.*$/, '')));
  const ranked: Ranked[] = (outcome.search?.results ?? []).map((result) => ({ result }));
  const question = 'concepts' in plan ? plan : undefined;
  const depth = question ? QUESTION_RERANK_DEPTH : RERANK_DEPTH;
  const head = ranked.slice(0, depth + pinnedPages.size);
  await Promise.all(head.map(async (r) => (r.data = await r.result.data())));
  const visible = head.filter((r) => !pinnedPages.has(r.data?.url.replace(/#.*$/, '') ?? ''));
  // Where the results that contain only some of the words begin, among those shown.
  const withAll = new Set(ranked.slice(0, outcome.relaxed?.after ?? ranked.length).map((r) => r.result));
  const keep = visible.filter((r) => withAll.has(r.result)).length;
  // Results that contain all the words stay before those that contain only some.
  const [full, partial] = [visible.slice(0, keep), visible.slice(keep)];
  for (const part of [full, partial]) {
    if (sort === 'date') {
      part.sort((a, b) => (b.data?.meta[searchKeys.date] ?? '').localeCompare(a.data?.meta[searchKeys.date] ?? ''));
    } else if (plan.kind === 'text') {
      const names = [plan.normalized, ...plan.variants.filter((v) => !v.startsWith('"'))];
      const match = (r: Ranked) => Math.max(...names.map((name) => titleMatch(r.data?.meta['title'] ?? '', name)));
      const section = outcome.section;
      // How many of the question's core concepts a title names (残疾人就业条例 for 残疾人).
      const core = question ? coreConcepts(question.concepts) : [];
      const named = (r: Ranked) => {
        const title = r.data?.meta['title'] ?? '';
        return (question?.concepts ?? []).filter(
          (concept, i) => core[i] && concept.alternatives.some((term) => title.includes(term)),
        ).length;
      };
      // A question for a part of a service guide puts the guides first, those whose title names
      // what the question is about: 怎么申请 alone does not make every guide an answer.
      const guideFirst = (r: Ranked) =>
        section && GUIDE_SECTIONS[section] && isGuide(r, guideType) && (!core.some(Boolean) || named(r) > 0) ? 1 : 0;
      // Stable: equally good results keep the order of relevance they came in.
      part.sort(
        (a, b) =>
          guideFirst(b) - guideFirst(a) ||
          match(b) - match(a) ||
          (question ? named(b) - named(a) || levelRank(a) - levelRank(b) : 0),
      );
    }
  }
  const ordered = [...full, ...partial];
  const section = outcome.section;
  if (section) {
    const guide = GUIDE_SECTIONS[section];
    const laws = section === '法律责任' ? await engine.headingsOf('法律责任') : undefined;
    for (const r of ordered) {
      const url = r.data?.url ?? '';
      if (guide && isGuide(r, guideType)) {
        r.link = `${url.replace(/#.*$/, '')}#${guide.anchor}`;
        r.answer = guide.label;
      } else if (laws?.has(url.replace(/#.*$/, ''))) {
        r.link = laws.get(url.replace(/#.*$/, ''));
        r.answer = '法律责任';
      }
    }
  }
  const all = [...ordered, ...ranked.slice(head.length)];
  const boundary = outcome.relaxed ? all.find((r) => !withAll.has(r.result)) : undefined;
  if (boundary) boundary.relaxed = true;
  return all;
}

const isGuide = (r: Ranked, guideType: string) => r.data?.filters[searchKeys.type]?.includes(guideType) ?? false;

/**
 * A word of two or more Chinese characters that no vocabulary knows is first looked up as a
 * phrase: Pagefind cuts a word its index does not hold (火箭) into single characters and would
 * match any document with 火 or 箭, so a question about rockets would "find" cremation rules.
 * When no document has the characters together, the word has no result; when some do, it is
 * searched as usual (which also finds the longer words it begins, 申请 → 申请人).
 */
async function searchWord(pagefind: Pagefind, term: string, unknown: boolean, options: Record<string, unknown>) {
  const phrase = asPhrase(term);
  if (unknown && phrase !== term) {
    const together = await pagefind.search(phrase, options);
    if (!together || together.results.length === 0) return together;
  }
  return pagefind.search(term, options);
}

/** A word of two or more Chinese characters, quoted: Pagefind's exact-phrase search. */
export function asPhrase(term: string): string {
  return /^[\u3400-\u9fff]{2,}$/.test(term) ? `"${term}"` : term;
}
