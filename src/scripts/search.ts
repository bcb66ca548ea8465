/**
 * The search page's behaviour (progressive enhancement of a plain GET form).
 *
 * - State lives in the URL: `?q=…&sort=date&类型=政策文件&效力状态=有效`; the back button works.
 * - What was typed is read by src/lib/search/query.ts and src/lib/search/language.ts (numbers,
 *   question frames, everyday words, popular names) and run by src/lib/search/engine.ts.
 * - Results come first; filters with counts follow, beside the results on a wide screen and behind
 *   the 筛选 button on a phone; several values in one facet mean "any of them"; filters alone browse.
 */
import { planQuery, type SearchContext } from '../lib/search/query.ts';
import { readQuestion, type SearchLanguage } from '../lib/search/language.ts';
import { decodeBitmap, hasTraditional } from '../lib/search/traditional.ts';
import {
  SearchEngine,
  rank,
  type Outcome,
  type Pagefind,
  type PagefindFilters,
  type PagefindResultData,
  type Pinned,
  type Ranked,
} from '../lib/search/engine.ts';
import { searchKeys, searchText } from '../i18n/search.ts';
import { chineseExcerpt } from '../lib/search/excerpt.ts';
import { currentBase, withBase } from '../lib/base.ts';

/** Facets shown to readers, in this order (those absent from the index are not shown). */
const FACETS = [
  searchKeys.department,
  searchKeys.type,
  searchKeys.status,
  searchKeys.level,
  searchKeys.year,
  searchKeys.issuer,
  searchKeys.topic,
];
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const filtersBox = document.querySelector<HTMLDivElement>('#search-filters');
const filtersToggle = document.querySelector<HTMLButtonElement>('#search-filters-toggle');
const status = document.querySelector<HTMLParagraphElement>('#search-status');
const resultsList = document.querySelector<HTMLOListElement>('#search-results');
const moreButton = document.querySelector<HTMLButtonElement>('#search-more');
const help = document.querySelector<HTMLDivElement>('#search-help');
const helpRead = document.querySelector<HTMLParagraphElement>('#search-help-read');
const helpTip = document.querySelector<HTMLParagraphElement>('#search-help-tip');
const context = JSON.parse(form?.dataset['context'] ?? '{}') as SearchContext;
const traditional = decodeBitmap(form?.dataset['traditional'] ?? '');
const numberShards = Number(form?.dataset['numberShards'] ?? '1') || 1;
const headingShards = Number(form?.dataset['headingShards'] ?? '0') || 0;
const guideType = form?.dataset['guideType'] ?? '';
const documents = Number(form?.dataset['documents'] ?? '100') || 100;
/**
 * On the portal of a site group the facets load when the reader asks for them (the 筛选 button) or
 * has chosen one: over every department's policies their data weighs more than the search itself.
 */
const facetsOnRequest = form?.dataset['facets'] === 'on-request';
let facetsRequested = false;
/** The site's prefix (`/mzj/` for a member of a site group): Pagefind's files and results are under it. */
const base = currentBase();

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
    const url = withBase(base, '/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 36, baseUrl: base });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

let languagePromise: Promise<SearchLanguage | undefined> | undefined;
/** What the page knows of language (everyday words, question frames, popular names), ~10 KB. */
function loadLanguage(): Promise<SearchLanguage | undefined> {
  languagePromise ??= fetch(withBase(base, '/search/language.json'))
    .then((response) => (response.ok ? (response.json() as Promise<SearchLanguage>) : undefined))
    .catch(() => undefined);
  return languagePromise;
}

let t2sPromise: Promise<Record<string, string> | undefined> | undefined;
function loadT2s(): Promise<Record<string, string> | undefined> {
  t2sPromise ??= fetch(withBase(base, '/search/t2s.json'))
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
      // Outside the form in the page (beside the results), but part of it.
      box.setAttribute('form', form?.id ?? '');
      box.name = facet;
      box.value = value;
      box.checked = checked;
      label.append(box, `${value}（${count}）`);
      fieldset.append(label);
    }
    if (fieldset.childElementCount > 1) filtersBox.append(fieldset);
  }
  showFilters(filtersBox.childElementCount > 0, state);
}

function openFilters(open: boolean) {
  filtersToggle?.setAttribute('aria-expanded', String(open));
  filtersBox?.classList.toggle('open', open);
}

/** The 筛选 button alone, closed: its first click loads the facets (facetsOnRequest). */
function offerFilters() {
  if (!filtersBox || !filtersToggle) return;
  filtersBox.replaceChildren();
  filtersBox.hidden = true;
  filtersToggle.hidden = false;
  filtersToggle.textContent = searchText.filters;
  openFilters(false);
}

/** The facets, and on a phone the 筛选 button that opens them (with how many are chosen). */
function showFilters(visible: boolean, state?: State) {
  if (!filtersBox || !filtersToggle) return;
  if (!visible) filtersBox.replaceChildren();
  filtersBox.hidden = !visible;
  filtersToggle.hidden = !visible;
  const chosen = Object.values(state?.selected ?? {}).flat().length;
  filtersToggle.textContent = chosen ? searchText.filtersChosen(chosen) : searchText.filters;
}

function renderResult(data: PagefindResultData, ranked?: Ranked): HTMLLIElement {
  const li = document.createElement('li');
  const title = document.createElement('a');
  title.className = 'result-title';
  title.href = ranked?.link ?? data.url;
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
  if (ranked?.answer && ranked.link) {
    const answer = document.createElement('p');
    answer.className = 'result-sections';
    answer.append(searchText.answer(ranked.answer));
    const link = document.createElement('a');
    link.href = ranked.link;
    link.textContent = ranked.answer;
    answer.append(link);
    li.append(answer);
  }
  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is text from our own pages, escaped, with <mark> around matches.
    excerpt.innerHTML = chineseExcerpt(data.excerpt);
    li.append(excerpt);
  }
  // Where in a long document (a chapter, an article) the words are.
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 2);
  if (sections.length) {
    const line = document.createElement('p');
    line.className = 'result-sections';
    line.append(searchText.sections);
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

/** Results not yet shown, a page at a time. */
let pending: Ranked[] = [];
/** The words that the results after the relaxed boundary contain (for the line that says so). */
let relaxedKept: string[] = [];
let shown = 0;

async function showMore(focusFirstNew: boolean) {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const items: HTMLLIElement[] = [];
  for (const ranked of batch) {
    if (ranked.relaxed && shown > 0) items.push(relaxedLine(relaxedKept));
    items.push(renderResult(ranked.data ?? (await ranked.result.data()), ranked));
    shown++;
  }
  resultsList!.append(...items);
  moreButton!.hidden = pending.length === 0;
  // Keyboard users continue where the new results start.
  if (focusFirstNew) items[0]?.querySelector('a')?.focus();
}

function relaxedLine(kept: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result-divider';
  li.textContent = searchText.relaxedMore(kept);
  return li;
}

function renderPinned(pin: Pinned): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result-pinned';
  const title = document.createElement('a');
  title.className = 'result-title';
  title.href = pin.url;
  title.textContent = pin.title;
  li.append(title);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent =
    pin.kind === 'name'
      ? `${pin.place ?? ''} · ${searchText.popularName(pin.label)}`
      : `${searchText.heading}：${pin.label}`;
  li.append(meta);
  if (pin.about) {
    const about = document.createElement('p');
    about.className = 'result-excerpt';
    about.textContent = pin.about;
    li.append(about);
  }
  return li;
}

/**
 * Under 没有找到: how the question was read (the words searched for, or that particles alone are
 * not a question), a tip for 文号 and traditional characters when they apply, and the lists.
 */
function showHelp(plan: ReturnType<typeof planQuery> | undefined, q: string, t2s: Record<string, string> | undefined) {
  if (!help || !helpRead || !helpTip) return;
  help.hidden = plan === undefined;
  if (!plan) return;
  const browse = help.querySelector('#search-help-browse');
  if (browse && browse.childElementCount === 0) {
    const links = JSON.parse(help.dataset['browse'] ?? '[]') as { href: string; label: string }[];
    browse.append(
      ...links.map((link) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.label;
        li.append(a);
        return li;
      }),
    );
  }
  const words = 'concepts' in plan ? (plan.concepts as { text: string; weak: boolean }[]) : [];
  const strong = words.filter((word) => !word.weak).map((word) => word.text);
  helpRead.textContent =
    plan.kind === 'text' && 'concepts' in plan && strong.length === 0
      ? searchText.help.onlyParticles
      : searchText.help.readAs(strong.length ? strong : [q]);
  const tips: string[] = [];
  if (t2s) tips.push(searchText.help.traditional([...q].map((c) => t2s[c] ?? c).join('')));
  if (/\d/.test(q) && /[〔〕\[\]()（）【】号发]/.test(q)) tips.push(searchText.help.docNumber);
  helpTip.textContent = tips.join('');
  helpTip.hidden = tips.length === 0;
}

// A search already run on this page (going back, changing the sort and back) is not run again.
const executed = new Map<string, Promise<Outcome>>();
let engine: SearchEngine | undefined;

function execute(plan: Parameters<SearchEngine['run']>[0], filters: Record<string, unknown>, sort: string) {
  engine ??= new SearchEngine(loadPagefind, (url) => fetch(withBase(base, url)), {
    numbers: numberShards,
    headings: headingShards,
    documents,
  });
  const key = JSON.stringify([plan, filters, sort]);
  let outcome = executed.get(key);
  if (!outcome) {
    outcome = engine.run(plan, filters, sort);
    executed.set(key, outcome);
  }
  const current = engine;
  // The order, the links to sections and the loaded first results are kept with it.
  const ranked = (result: Outcome) => {
    let list = rankedLists.get(key);
    if (!list) {
      list = rank(current, result, plan, sort, guideType);
      rankedLists.set(key, list);
    }
    return list.then((all) => [...all]);
  };
  return { engine, outcome, ranked };
}
const rankedLists = new Map<string, Promise<Ranked[]>>();

let generation = 0;

async function run(state: State) {
  const current = ++generation;
  if (input) input.value = state.q;
  if (sortSelect) sortSelect.value = state.sort;
  status!.textContent = searchText.loading;
  try {
    const t2s = hasTraditional(state.q, traditional) ? await loadT2s() : undefined;
    const filters: Record<string, unknown> = {};
    for (const [facet, values] of Object.entries(state.selected)) filters[facet] = { any: values };
    const language = state.q ? await loadLanguage() : undefined;
    const plan = language
      ? readQuestion(state.q, { ...context, t2s }, language)
      : planQuery(state.q, { ...context, t2s });
    const { engine, outcome, ranked } = execute(plan, filters, state.sort);
    const result = await outcome;
    const { search, exact, pinned } = result;
    if (current !== generation) return;
    resultsList!.replaceChildren();
    shown = 0;
    showHelp(undefined, state.q, t2s);
    if (!search && pinned.length === 0) {
      // Nothing to search for in what was typed (particles only): said so, with help.
      status!.textContent = state.q ? searchText.noResults : '';
      if (state.q) showHelp(plan, state.q, t2s);
      moreButton!.hidden = true;
      renderFilters(await (await loadPagefind()).filters(), undefined, state);
      return;
    }
    pending = await ranked(result);
    relaxedKept = result.relaxed?.kept ?? [];
    if (current !== generation) return;
    resultsList!.append(...pinned.map(renderPinned));
    const firstRelaxed = pending[0]?.relaxed === true;
    await showMore(false);
    const count = pinned.length + pending.length + shown;
    const exactLabel = !exact
      ? ''
      : plan.kind === 'docNumber'
        ? `${searchText.docNumberHit(plan.value)}：`
        : plan.kind === 'indexNo'
          ? `${searchText.indexNoHit(plan.value)}：`
          : '';
    // No result has all the words: the status line says which ones they have.
    const relaxedLabel = result.relaxed && firstRelaxed ? searchText.relaxed(result.relaxed.kept) : '';
    status!.textContent =
      count === 0
        ? searchText.noResults
        : `${exactLabel}${searchText.resultCount(count)}${relaxedLabel ? `。${relaxedLabel}` : ''}`;
    if (count === 0) showHelp(plan, state.q, t2s);
    if (exact || !search) {
      // One document by its number: there is nothing to narrow.
      showFilters(false);
      return;
    }
    if (facetsOnRequest && !facetsRequested && Object.keys(state.selected).length === 0) {
      offerFilters();
      return;
    }
    // The facets come after the results: readers see results first, and the index chunks the
    // search needs are not queued behind every filter chunk. Pagefind counts filter values only
    // once the filters are loaded, so the search runs again (from cache) for the counts.
    const pagefind = await loadPagefind();
    const available = await pagefind.filters();
    const recount = engine.run(plan, filters, state.sort);
    executed.set(JSON.stringify([plan, filters, state.sort]), recount);
    const counted = (await recount).search;
    if (current === generation) {
      renderFilters(available, counted?.filters, state);
      // Asked for, or chosen in the address: shown open.
      if (facetsOnRequest) openFilters(true);
    }
  } catch (error) {
    console.warn(error);
    status!.textContent = searchText.failed;
  }
}

if (form) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateFromForm();
    writeState(state, true);
    void run(state);
  });
  const onChange = (event: Event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') form.requestSubmit();
    if (target === sortSelect) form.requestSubmit();
  };
  form.addEventListener('change', onChange);
  filtersBox?.addEventListener('change', onChange);
  filtersToggle?.addEventListener('click', () => {
    if (facetsOnRequest && !facetsRequested) {
      // The first click loads the facets; the results stay as they are (the search is cached).
      facetsRequested = true;
      void run(readState());
      return;
    }
    openFilters(filtersToggle.getAttribute('aria-expanded') !== 'true');
  });
  window.addEventListener('popstate', () => void run(readState()));
  moreButton?.addEventListener('click', () => void showMore(true));
  // Start loading the index and the language data while the rest of the page settles.
  void loadPagefind();
  void loadLanguage();
  const initial = readState();
  writeState(initial, false);
  void run(initial);
}
