/**
 * The search page's behaviour (progressive enhancement of a plain GET form).
 *
 * - State lives in the URL: `?q=…&sort=date&类型=政策文件&效力状态=有效`; the back button works.
 * - A query that is a document number (文号, in any common variant) is looked up exactly through
 *   the `文号` filter instead of being split into single characters.
 * - Filters with counts; several values in one facet mean "any of them".
 */
import { parseDocNumber } from '../lib/docNumber.ts';
import { searchKeys, ui } from '../i18n/zh-CN.ts';

type PagefindFilters = Record<string, Record<string, number>>;
type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
};
type PagefindSearch = {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: PagefindFilters;
  unfilteredResultCount: number;
};
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<PagefindFilters>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
};

/** Facets shown to readers, in this order. */
const FACETS = [searchKeys.type, searchKeys.status, searchKeys.year, searchKeys.issuer, searchKeys.topic];
const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const filtersBox = document.querySelector<HTMLDivElement>('#search-filters');
const status = document.querySelector<HTMLParagraphElement>('#search-status');
const resultsList = document.querySelector<HTMLOListElement>('#search-results');
const moreButton = document.querySelector<HTMLButtonElement>('#search-more');

/** Results of the current search not yet shown (loaded a page at a time). */
let pending: PagefindSearch['results'] = [];

async function showMore(focusFirstNew: boolean) {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const items = (await Promise.all(batch.map((r) => r.data()))).map(renderResult);
  resultsList!.append(...items);
  moreButton!.hidden = pending.length === 0;
  // Keyboard users continue where the new results start.
  if (focusFirstNew) items[0]?.querySelector('a')?.focus();
}

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
    data.meta[searchKeys.docNumber],
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
  return li;
}

let generation = 0;

async function run(state: State) {
  const current = ++generation;
  if (input) input.value = state.q;
  if (sortSelect) sortSelect.value = state.sort;
  status!.textContent = ui.searchLoading;
  try {
    const pagefind = await loadPagefind();
    const available = await pagefind.filters();
    const filters: Record<string, unknown> = {};
    for (const [facet, values] of Object.entries(state.selected)) filters[facet] = { any: values };
    let term: string | null = state.q || null;
    let note = '';
    const docNumber = state.q ? parseDocNumber(state.q) : undefined;
    if (docNumber?.ok) {
      // Exact lookup by the canonical 文号; the words of a 文号 would match many documents.
      filters[searchKeys.docNumber] = docNumber.value.canonical;
      term = null;
      note = ui.searchDocNumberHit(docNumber.value.canonical);
    }
    const options: Record<string, unknown> = { filters };
    if (state.sort === 'date') options['sort'] = { [searchKeys.date]: 'desc' };
    let search = term === null && Object.keys(filters).length === 0 ? null : await pagefind.search(term, options);
    if (docNumber?.ok && search && search.results.length === 0) {
      // Not a number this site knows: fall back to the words as a phrase.
      delete filters[searchKeys.docNumber];
      search = await pagefind.search(`"${state.q}"`, options);
      note = '';
    }
    if (current !== generation) return;
    renderFilters(available, search?.filters, state);
    if (!search) {
      status!.textContent = '';
      resultsList!.replaceChildren();
      moreButton!.hidden = true;
      return;
    }
    resultsList!.replaceChildren();
    pending = search.results;
    await showMore(false);
    if (current !== generation) return;
    const count = search.results.length;
    status!.textContent = count === 0 ? ui.searchNoResults : `${note ? `${note}：` : ''}${ui.searchResultCount(count)}`;
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
  const initial = readState();
  writeState(initial, false);
  void run(initial);
}
