/**
 * The search page's behaviour (progressive enhancement of a plain GET form).
 *
 * - State lives in the URL: `?q=…&sort=date&类型=政策文件&效力状态=有效`; the back button works.
 * - What was typed is read by src/lib/search/query.ts: a 文号 or 索引号 is looked up exactly
 *   in its shard of the number list (src/lib/search/numbers.ts), without the index; other queries are searched in every variant (synonyms, short names) and
 *   the results merged; a document named in full goes first.
 * - Filters with counts; several values in one facet mean "any of them"; filters alone browse.
 */
import { planQuery, titleMatch, type QueryPlan, type SearchContext } from '../lib/search/query.ts';
import { decodeBitmap, hasTraditional } from '../lib/search/traditional.ts';
import { numberShard, numberShardUrl, type NumberEntry, type NumberKind } from '../lib/search/numbers.ts';
import { searchKeys, ui } from '../i18n/zh-CN.ts';

type PagefindFilters = Record<string, Record<string, number>>;
type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string }[];
};
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };
type PagefindSearch = { results: PagefindResult[]; filters: PagefindFilters };
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<PagefindFilters>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
};

/** Facets shown to readers, in this order (those absent from the index are not shown). */
const FACETS = [
  searchKeys.type,
  searchKeys.status,
  searchKeys.level,
  searchKeys.year,
  searchKeys.issuer,
  searchKeys.topic,
];
const PAGE_SIZE = 10;
/** How many results are loaded to put a document named in full first, or to sort by date. */
const RERANK_DEPTH = 10;
/** Results from the words as typed that make searching their variants unnecessary. */
const ENOUGH_RESULTS = 100;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const filtersBox = document.querySelector<HTMLDivElement>('#search-filters');
const status = document.querySelector<HTMLParagraphElement>('#search-status');
const resultsList = document.querySelector<HTMLOListElement>('#search-results');
const moreButton = document.querySelector<HTMLButtonElement>('#search-more');
const context = JSON.parse(form?.dataset['context'] ?? '{}') as SearchContext;
const traditional = decodeBitmap(form?.dataset['traditional'] ?? '');
const numberShards = Number(form?.dataset['numberShards'] ?? '1') || 1;

type State = { q: string; sort: string; selected: Record<string, string[]> };

function readState(): State {
  const params = new URLSearchParams(location.search);
  const selected: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) selected[facet] = values;
  }
  return { q: params.get('q')?.trim() ?? '', sort: params.get('sort') ?? '', selected };
}

function writeState(state: State, push: boolean) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const [facet, values] of Object.entries(state.selected)) values.forEach((v) => params.append(facet, v));
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function stateFromForm(): State {
  const data = new FormData(form!);
  const selected: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = data.getAll(facet).map(String);
    if (values.length) selected[facet] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), sort: String(data.get('sort') ?? ''), selected };
}

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 36 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

let t2sPromise: Promise<Record<string, string> | undefined> | undefined;
function loadT2s(): Promise<Record<string, string> | undefined> {
  t2sPromise ??= fetch('/search/t2s.json')
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : undefined))
    .catch(() => undefined);
  return t2sPromise;
}

function renderFilters(available: PagefindFilters, counts: PagefindFilters | undefined, state: State) {
  if (!filtersBox) return;
  filtersBox.replaceChildren();
  for (const facet of FACETS) {
    const values = Object.keys(available[facet] ?? {});
    if (values.length === 0) continue;
    if (facet === searchKeys.year) values.sort((a, b) => Number(b) - Number(a));
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = facet;
    fieldset.append(legend);
    for (const value of values) {
      const count = (counts ?? available)[facet]?.[value] ?? 0;
      const checked = state.selected[facet]?.includes(value) ?? false;
      // Values that would give no result are left out, unless the reader selected them.
      if (count === 0 && !checked) continue;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = checked;
      label.append(box, `${value}（${count}）`);
      fieldset.append(label);
    }
    if (fieldset.childElementCount > 1) filtersBox.append(fieldset);
  }
  filtersBox.hidden = false;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const title = document.createElement('a');
  title.className = 'result-title';
  title.href = data.url;
  title.textContent = data.meta['title'] ?? data.url;
  li.append(title);
  const validity = data.meta[searchKeys.status];
  if (validity && validity !== '有效') {
    const badge = document.createElement('span');
    badge.className = 'result-status';
    badge.textContent = validity;
    li.append(badge);
  }
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [
    data.filters[searchKeys.type]?.[0],
    data.meta[searchKeys.docNumber] ?? data.meta[searchKeys.indexNo],
    data.filters[searchKeys.issuer]?.join('、'),
    data.meta[searchKeys.date],
  ]
    .filter(Boolean)
    .join(' · ');
  li.append(meta);
  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is text from our own pages, escaped, with <mark> around matches.
    excerpt.innerHTML = data.excerpt;
    li.append(excerpt);
  }
  // Where in a long document (a chapter, an article) the words are.
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 2);
  if (sections.length) {
    const line = document.createElement('p');
    line.className = 'result-sections';
    line.append(ui.searchSections);
    sections.forEach((sub, i) => {
      const link = document.createElement('a');
      link.href = sub.url;
      link.textContent = sub.title;
      line.append(...(i ? ['、', link] : [link]));
    });
    li.append(line);
  }
  return li;
}

type Ranked = { result: PagefindResult; data?: PagefindResultData };

/** Results not yet shown, a page at a time. */
let pending: Ranked[] = [];

async function showMore(focusFirstNew: boolean) {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const items = (await Promise.all(batch.map(async (r) => r.data ?? (await r.result.data())))).map(renderResult);
  resultsList!.append(...items);
  moreButton!.hidden = pending.length === 0;
  // Keyboard users continue where the new results start.
  if (focusFirstNew) items[0]?.querySelector('a')?.focus();
}

/** Runs the plan: one search per variant, merged by best score. `exact`: found by its number. */
type Executed = { search: PagefindSearch | null; exact: boolean };

// A search already run on this page (going back, changing the sort and back) is not run again.
const executed = new Map<string, Promise<Executed>>();

function execute(
  pagefind: () => Promise<Pagefind>,
  plan: QueryPlan,
  filters: Record<string, unknown>,
  sort: string,
): Promise<Executed> {
  const key = JSON.stringify([plan, filters, sort]);
  let result = executed.get(key);
  if (!result) {
    result = executeUncached(pagefind, plan, filters, sort);
    executed.set(key, result);
  }
  return result;
}

async function executeUncached(
  loadIndex: () => Promise<Pagefind>,
  plan: QueryPlan,
  filters: Record<string, unknown>,
  sort: string,
): Promise<Executed> {
  // Pagefind is awaited only where it is needed: a number found in its shard needs no index.
  const options: Record<string, unknown> = { filters };
  if (sort === 'date') options['sort'] = { [searchKeys.date]: 'desc' };
  if (plan.kind === 'empty') {
    return {
      search: Object.keys(filters).length ? await (await loadIndex()).search(null, options) : null,
      exact: false,
    };
  }
  if (plan.kind === 'docNumber' || plan.kind === 'indexNo') {
    // A number identifies a document: it is looked up in its shard, and the facets do not apply.
    const hits = await lookupNumber(plan.kind, plan.value);
    if (hits.length > 0) return { search: { results: hits.map(numberResult), filters: {} }, exact: true };
    // Not a number of this site's documents (国务院令第649号 in a law's history): search its words.
    return { search: await (await loadIndex()).search(plan.value, options), exact: false };
  }
  const pagefind = await loadIndex();
  // What was typed first. The variants (synonyms, short names) are for words that find little:
  // when it already finds plenty, they would only double the work of a large index.
  const [typed, ...variants] = plan.variants;
  const first = await pagefind.search(typed ?? '', options);
  if (variants.length === 0 || (first && first.results.length >= ENOUGH_RESULTS))
    return { search: first, exact: false };
  const searches = [first, ...(await Promise.all(variants.map((variant) => pagefind.search(variant, options))))].filter(
    (s): s is PagefindSearch => s !== null,
  );
  if (searches.length <= 1) return { search: searches[0] ?? null, exact: false };
  // Scores of different queries are not on one scale: compare each result with the best
  // result of its own query, so the top of every variant (居民委员会组织法) can reach the top.
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
  return {
    search: { results: [...best.values()].sort((a, b) => b.score - a.score).map((b) => b.result), filters: counts },
    exact: false,
  };
}

/** The documents with this number, from the one shard it can be in (a few KB). */
async function lookupNumber(kind: NumberKind, number: string): Promise<NumberEntry[]> {
  const response = await fetch(numberShardUrl(numberShard(kind, number, numberShards)));
  if (!response.ok) return [];
  const shard = (await response.json()) as NumberEntry[];
  return shard.filter((entry) => entry.kind === kind && entry.number === number);
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

/** Puts a document named in full first (relevance), or orders merged results by date. */
async function rank(search: PagefindSearch, plan: QueryPlan, sort: string): Promise<Ranked[]> {
  const ranked: Ranked[] = search.results.map((result) => ({ result }));
  const head = ranked.slice(0, RERANK_DEPTH);
  await Promise.all(head.map(async (r) => (r.data = await r.result.data())));
  if (sort === 'date') {
    head.sort((a, b) => (b.data?.meta[searchKeys.date] ?? '').localeCompare(a.data?.meta[searchKeys.date] ?? ''));
  } else if (plan.kind === 'text') {
    // The best match over what was typed and its variants (居委会 → 居民委员会).
    const names = [plan.normalized, ...plan.variants.filter((v) => !v.startsWith('"'))];
    const match = (r: Ranked) => Math.max(...names.map((name) => titleMatch(r.data?.meta['title'] ?? '', name)));
    // Stable: equally good titles keep the order of relevance they came in.
    head.sort((a, b) => match(b) - match(a));
  }
  return [...head, ...ranked.slice(RERANK_DEPTH)];
}

let generation = 0;

async function run(state: State) {
  const current = ++generation;
  if (input) input.value = state.q;
  if (sortSelect) sortSelect.value = state.sort;
  status!.textContent = ui.searchLoading;
  try {
    const t2s = hasTraditional(state.q, traditional) ? await loadT2s() : undefined;
    const filters: Record<string, unknown> = {};
    for (const [facet, values] of Object.entries(state.selected)) filters[facet] = { any: values };
    const plan = planQuery(state.q, { ...context, t2s });
    const { search, exact } = await execute(loadPagefind, plan, filters, state.sort);
    if (current !== generation) return;
    resultsList!.replaceChildren();
    if (!search) {
      status!.textContent = '';
      moreButton!.hidden = true;
      renderFilters(await (await loadPagefind()).filters(), undefined, state);
      return;
    }
    pending = await rank(search, plan, state.sort);
    if (current !== generation) return;
    await showMore(false);
    const count = search.results.length;
    const exactLabel = !exact
      ? ''
      : plan.kind === 'docNumber'
        ? `${ui.searchDocNumberHit(plan.value)}：`
        : plan.kind === 'indexNo'
          ? `${ui.searchIndexNoHit(plan.value)}：`
          : '';
    status!.textContent = count === 0 ? ui.searchNoResults : `${exactLabel}${ui.searchResultCount(count)}`;
    if (exact) {
      // One document by its number: there is nothing to narrow.
      filtersBox?.replaceChildren();
      if (filtersBox) filtersBox.hidden = true;
      return;
    }
    // The facets come after the results: readers see results first, and the index chunks the
    // search needs are not queued behind every filter chunk. Pagefind counts filter values only
    // once the filters are loaded, so the search runs again (from cache) for the counts.
    const pagefind = await loadPagefind();
    const available = await pagefind.filters();
    const recount = executeUncached(loadPagefind, plan, filters, state.sort);
    executed.set(JSON.stringify([plan, filters, state.sort]), recount);
    const counted = (await recount).search;
    if (current === generation) renderFilters(available, counted?.filters, state);
  } catch (error) {
    console.warn(error);
    status!.textContent = ui.searchFailed;
  }
}

if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateFromForm();
    writeState(state, true);
    void run(state);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') form.requestSubmit();
    if (target === sortSelect) form.requestSubmit();
  });
  window.addEventListener('popstate', () => void run(readState()));
  moreButton?.addEventListener('click', () => void showMore(true));
  // Start loading the index while the rest of the page settles.
  void loadPagefind();
  const initial = readState();
  writeState(initial, false);
  void run(initial);
}
