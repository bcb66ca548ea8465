/**
 * What a reader's browser does with a build, measured in headless Chromium against the built
 * folder served on 127.0.0.1 (tests/helpers/server.ts):
 *
 * - a document page on first load (empty cache), three times: every request with its bytes,
 *   timings, layout shift (CLS, from a PerformanceObserver for `layout-shift`; the worst of the
 *   loads, since a shift can depend on whether a script runs before the first paint), font and
 *   script requests, and whether the page can be read with JavaScript switched off;
 * - search: the first search on /search/?q=… (from navigation to the first result on screen), the
 *   same search again and another query typed into the box (from submit to the first result).
 *
 * Bytes: `transferred` is the encoded body size Chromium received (Playwright's request.sizes(),
 * which comes from CDP's Network.loadingFinished; unlike a CDP session on the page it also sees
 * the requests of Pagefind's Web Worker). The test server sends files uncompressed, as they are
 * on disk, so `gzip` gives what a compressing server would send: each text file gzipped (level 6)
 * from dist/, while files that are already compressed (Pagefind's .pf_* chunks and its WASM) count
 * as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

export type Kind =
  | 'html'
  | 'css'
  | 'js'
  | 'font'
  | 'image'
  | 'json'
  | 'pagefind-js'
  | 'pagefind-wasm'
  | 'pagefind-index'
  | 'pagefind-filter'
  | 'pagefind-meta'
  | 'pagefind-fragment'
  | 'other';

export type Resource = {
  path: string;
  kind: Kind;
  status: number;
  transferred: number;
  gzip: number;
  /** When the request started and its response ended, ms since the epoch (from request.timing()). */
  startedAt: number;
  endedAt: number;
};
/** The span of one kind of resource within a step, ms from the step's start. */
export type Span = { kind: Kind; requests: number; from: number; to: number };
export type KindTotal = { requests: number; transferred: number; gzip: number };
export type Totals = { requests: number; transferred: number; gzip: number; byKind: Partial<Record<Kind, KindTotal>> };

export type PageLoad = {
  path: string;
  resources: Resource[];
  totals: Totals;
  /** Milliseconds from navigation start (the load with the median load time). */
  timings: { ttfb: number; firstContentfulPaint: number; domContentLoaded: number; load: number };
  /** The largest cumulative layout shift of the loads. */
  cls: number;
  clsPerLoad: number[];
  /** Each layout shift of that load: when (ms), its score, and the elements that moved. */
  shifts: { at: number; value: number; sources: string[] }[];
  fontRequests: number;
  scriptRequests: number;
  /** Font faces the page loaded (document.fonts with status `loaded`). */
  webFontsLoaded: number;
  noJs: { readable: boolean; heading: string; textChars: number; textCharsWithJs: number };
  consoleMessages: string[];
};

export type SearchStep = {
  query: string;
  ms: number;
  results: string;
  resources: Resource[];
  totals: Totals;
  /** When each kind of resource loaded, from the step's start (navigation, or submit). */
  waterfall: Span[];
};

export function waterfall(resources: Resource[], start: number): Span[] {
  const spans = new Map<Kind, Span>();
  for (const r of resources) {
    const span = spans.get(r.kind) ?? { kind: r.kind, requests: 0, from: Infinity, to: -Infinity };
    span.requests++;
    span.from = Math.min(span.from, r.startedAt - start);
    span.to = Math.max(span.to, r.endedAt - start);
    spans.set(r.kind, span);
  }
  return [...spans.values()].sort((a, b) => a.from - b.from);
}
export type SearchMeasurement = {
  /** From navigation start to the first result on screen. */
  first: SearchStep;
  /**
   * What Pagefind's own API takes on the same build, in the same browser: from navigation start
   * (a page with no script of ours) to the first result's data in hand, for the same query. The
   * floor any search page on Pagefind can reach; the search page adds reading the question and
   * drawing the results.
   */
  pagefindApiMs: number;
  /** What Pagefind's own API transferred for that search (the plain file it starts from left out). */
  pagefindApiTotals?: Totals;
  /** The same query submitted again on the same page. */
  repeat: SearchStep;
  /** A different query typed into the box and submitted. */
  next: SearchStep;
  consoleMessages: string[];
};

const precompressed = new Set<Kind>([
  'pagefind-wasm',
  'pagefind-index',
  'pagefind-filter',
  'pagefind-meta',
  'pagefind-fragment',
]);

export function kindOf(path: string, resourceType: string): Kind {
  // Also under a site's prefix (a member of a site group: /mzj/pagefind/…).
  if (/^\/(?:[a-z0-9-]+\/)*pagefind\//.test(path)) {
    if (path.endsWith('.js')) return 'pagefind-js';
    if (/wasm\.[^/]*\.pagefind$/.test(path)) return 'pagefind-wasm';
    if (path.endsWith('.pf_index')) return 'pagefind-index';
    if (path.endsWith('.pf_filter')) return 'pagefind-filter';
    if (path.endsWith('.pf_meta') || path.endsWith('.json')) return 'pagefind-meta';
    if (path.endsWith('.pf_fragment')) return 'pagefind-fragment';
  }
  if (resourceType === 'document' || path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (resourceType === 'script' || path.endsWith('.js')) return 'js';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (resourceType === 'image' || /\.(svg|png|jpe?g|gif|webp|ico)$/.test(path)) return 'image';
  if (path.endsWith('.json')) return 'json';
  return 'other';
}

/** The file of dist/ a URL path is served from (sirv: `/a/` → a/index.html, `/a` → a.html). */
function fileFor(distDir: string, path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [`${decoded}index.html`]
    : [decoded, `${decoded}.html`, `${decoded}/index.html`];
  return candidates.map((c) => join(distDir, c)).find((file) => existsSync(file) && statSync(file).isFile());
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export function totalsOf(resources: Resource[]): Totals {
  const byKind: Partial<Record<Kind, KindTotal>> = {};
  for (const r of resources) {
    const total = (byKind[r.kind] ??= { requests: 0, transferred: 0, gzip: 0 });
    total.requests++;
    total.transferred += r.transferred;
    total.gzip += r.gzip;
  }
  return {
    requests: resources.length,
    transferred: resources.reduce((sum, r) => sum + r.transferred, 0),
    gzip: resources.reduce((sum, r) => sum + r.gzip, 0),
    byKind,
  };
}

/** Records every finished request of a context's pages (and their workers) as a Resource. */
function recordRequests(context: BrowserContext, distDir: string, into: () => Resource[]): () => Promise<void> {
  const pending = new Set<Promise<void>>();
  const onFinished = (request: Request) => {
    const task = (async () => {
      const url = new URL(request.url());
      if (url.protocol === 'data:') return;
      const response = await request.response();
      const sizes = await request.sizes();
      const file = fileFor(distDir, url.pathname);
      const onDisk = file ? statSync(file).size : 0;
      const kind = kindOf(url.pathname, request.resourceType());
      const status = response?.status() ?? 0;
      // Chromium reports 0 for a worker's own script; count the file then.
      const transferred = sizes.responseBodySize > 0 || status !== 200 ? sizes.responseBodySize : onDisk;
      const gzip = !file || status !== 200 ? transferred : precompressed.has(kind) ? onDisk : gzipSize(file);
      const timing = request.timing();
      const startedAt = timing.startTime;
      const endedAt = timing.startTime + Math.max(0, timing.responseEnd);
      into().push({
        path: decodeURIComponent(url.pathname + url.search),
        kind,
        status,
        transferred,
        gzip,
        startedAt,
        endedAt,
      });
    })();
    pending.add(task);
    void task.finally(() => pending.delete(task));
  };
  context.on('requestfinished', onFinished);
  return async () => {
    await Promise.all([...pending]);
  };
}

function watchConsole(page: Page, into: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') into.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => into.push(`pageerror: ${error.message}`));
}

// Runs in the page before any of its scripts: sums layout shifts not caused by input, and notes
// which elements moved (tag.class, old → new position).
const CLS_OBSERVER = `
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls += entry.value;
      window.__shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        sources: (entry.sources || []).map((source) => {
          const node = source.node;
          const name = node && node.nodeType === 1
            ? node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.classList.length ? '.' + [...node.classList].join('.') : '')
            : 'text';
          const from = source.previousRect;
          const to = source.currentRect;
          return name + ' (' + Math.round(from.x) + ',' + Math.round(from.y) + ' → ' + Math.round(to.x) + ',' + Math.round(to.y) + ')';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

type Measured = {
  ttfb: number;
  firstContentfulPaint: number;
  domContentLoaded: number;
  load: number;
  cls: number;
  shifts: PageLoad['shifts'];
  webFontsLoaded: number;
  textChars: number;
};

/** One first load of a page in a fresh context (empty cache). */
async function loadOnce(browser: Browser, baseUrl: string, distDir: string, path: string) {
  const resources: Resource[] = [];
  const consoleMessages: string[] = [];
  const context = await browser.newContext();
  const settle = recordRequests(context, distDir, () => resources);
  const page = await context.newPage();
  watchConsole(page, consoleMessages);
  await page.addInitScript(CLS_OBSERVER);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  // Late work (scripts after load, a font swap) would shift the layout within this time.
  await page.waitForTimeout(700);
  await settle();
  // Functions, not strings: a string would be eval()ed in the page, which its CSP forbids.
  const measured: Measured = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: PageLoad['shifts'] };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      ttfb: nav ? nav.responseStart : -1,
      firstContentfulPaint: fcp ? fcp.startTime : -1,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : -1,
      load: nav ? nav.loadEventEnd : -1,
      cls: w.__cls,
      shifts: w.__shifts,
      webFontsLoaded: [...document.fonts].filter((font) => font.status === 'loaded').length,
      textChars: (document.querySelector('main')?.innerText ?? '').length,
    };
  });
  await context.close();
  return { resources, consoleMessages, measured };
}

/** Loads the page `loads` times (a layout shift may depend on when the first paint happens). */
export async function measurePage(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  path: string,
  loads = 3,
): Promise<PageLoad> {
  const runs: Awaited<ReturnType<typeof loadOnce>>[] = [];
  for (let i = 0; i < loads; i++) runs.push(await loadOnce(browser, baseUrl, distDir, path));
  const { resources, consoleMessages } = runs[0]!;
  const middle = <T>(values: T[], key: (value: T) => number) =>
    [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!;
  const measured = middle(runs, (run) => run.measured.load).measured;
  const worst = runs.reduce((a, b) => (b.measured.cls > a.measured.cls ? b : a)).measured;

  // The same page with JavaScript switched off: the heading and all the text must be there.
  const noJsContext = await browser.newContext({ javaScriptEnabled: false });
  const noJsPage = await noJsContext.newPage();
  await noJsPage.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  const heading = (
    (await noJsPage
      .locator('main h1')
      .first()
      .textContent({ timeout: 2000 })
      .catch(() => '')) ?? ''
  ).trim();
  const textChars = await noJsPage.evaluate(() => (document.querySelector('main')?.innerText ?? '').length);
  await noJsContext.close();

  return {
    path,
    resources,
    totals: totalsOf(resources),
    timings: {
      ttfb: measured.ttfb,
      firstContentfulPaint: measured.firstContentfulPaint,
      domContentLoaded: measured.domContentLoaded,
      load: measured.load,
    },
    cls: worst.cls,
    clsPerLoad: runs.map((run) => run.measured.cls),
    shifts: worst.shifts,
    fontRequests: resources.filter((r) => r.kind === 'font').length,
    scriptRequests: resources.filter((r) => r.kind === 'js').length,
    webFontsLoaded: Math.max(...runs.map((run) => run.measured.webFontsLoaded)),
    noJs: {
      readable: heading.length > 0 && textChars >= measured.textChars * 0.95,
      heading,
      textChars,
      textCharsWithJs: measured.textChars,
    },
    consoleMessages,
  };
}

// Runs in the page before any of its scripts: notes when the first result appears.
const FIRST_RESULT_OBSERVER = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('#search-results .result-title')) {
      window.__firstResultAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

// Submits a query on the loaded search page; resolves with the milliseconds from submit until a
// result is added to the list (-1 after 30 s).
function submitAndTime(query: string): Promise<number> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-query')!;
  const list = document.querySelector('#search-results')!;
  input.value = query;
  return new Promise((resolve) => {
    let started = 0;
    const observer = new MutationObserver((records) => {
      const added = records.some((record) =>
        [...record.addedNodes].some(
          (node) =>
            node instanceof Element && (node.matches('.result-title') || node.querySelector('.result-title') !== null),
        ),
      );
      if (added) {
        observer.disconnect();
        resolve(performance.now() - started);
      }
    });
    observer.observe(list, { childList: true, subtree: true });
    setTimeout(() => resolve(-1), 30_000);
    started = performance.now();
    form.requestSubmit();
  });
}

const statusSettled = () => /找到|没有找到|暂时无法/.test(document.querySelector('#search-status')?.textContent ?? '');
const firstResultAt = () => (window as unknown as { __firstResultAt?: number }).__firstResultAt;

export async function measureSearch(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  queries: readonly [string, string],
): Promise<SearchMeasurement> {
  const consoleMessages: string[] = [];
  let current: Resource[] = [];
  const context = await browser.newContext();
  const settle = recordRequests(context, distDir, () => current);
  const page = await context.newPage();
  watchConsole(page, consoleMessages);
  await page.addInitScript(FIRST_RESULT_OBSERVER);
  const status = async () => ((await page.locator('#search-status').textContent()) ?? '').trim();
  const quiet = async () => {
    await page.waitForFunction(statusSettled, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await settle();
  };

  const [query, nextQuery] = queries;
  const firstResources: Resource[] = (current = []);
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  // Serialised into the page on its own: it cannot call functions of this module.
  await page.waitForFunction(
    () => (window as unknown as { __firstResultAt?: number }).__firstResultAt !== undefined,
    undefined,
    {
      timeout: 30_000,
    },
  );
  const firstMs = (await page.evaluate(firstResultAt)) ?? -1;
  await quiet();
  const navigationStart = Math.min(...firstResources.map((r) => r.startedAt));
  const first: SearchStep = {
    query,
    ms: firstMs,
    results: await status(),
    resources: firstResources,
    totals: totalsOf(firstResources),
    waterfall: waterfall(firstResources, navigationStart),
  };

  const step = async (q: string): Promise<SearchStep> => {
    const resources: Resource[] = (current = []);
    const submittedAt = Date.now();
    const ms = await page.evaluate(submitAndTime, q);
    await quiet();
    return {
      query: q,
      ms,
      results: await status(),
      resources,
      totals: totalsOf(resources),
      waterfall: waterfall(resources, submittedAt),
    };
  };
  const repeat = await step(query);
  const next = await step(nextQuery);
  await context.close();
  const api = await measurePagefindApi(browser, baseUrl, distDir, query);
  return { first, pagefindApiMs: api.ms, pagefindApiTotals: api.totals, repeat, next, consoleMessages };
}

/**
 * Pagefind's API alone, in a fresh context (empty cache, like the first search): navigate to a
 * plain file of the site (robots.txt: no script of ours, no policy), then import pagefind.js,
 * search and load the first result's data; milliseconds from navigation start.
 */
export async function measurePagefindApi(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  query: string,
): Promise<{ ms: number; totals: Totals }> {
  const context = await browser.newContext();
  const resources: Resource[] = [];
  const settle = recordRequests(context, distDir, () => resources);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/robots.txt`, { waitUntil: 'commit' });
  const ms = await page.evaluate(async (q) => {
    type Api = {
      init: () => Promise<void>;
      search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
    };
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Api;
    await pagefind.init();
    const search = await pagefind.search(q);
    await search.results[0]?.data();
    return performance.now();
  }, query);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await settle();
  await context.close();
  return { ms, totals: totalsOf(resources.filter((r) => !r.path.endsWith('/robots.txt'))) };
}

/**
 * The alternative the portal's one index replaces (docs/site-groups.md): Pagefind's own API on the
 * first member's index with every other member's merged in (`mergeIndex`), in a fresh context
 * (empty cache): from navigation to the first result's data, and what it transferred.
 */
export async function measureMergeIndex(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  prefixes: string[],
  query: string,
): Promise<{ ms: number; results: number; totals: Totals }> {
  const context = await browser.newContext();
  const resources: Resource[] = [];
  const settle = recordRequests(context, distDir, () => resources);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/robots.txt`, { waitUntil: 'commit' });
  const { ms, results } = await page.evaluate(
    async ({ prefixes, q }) => {
      type Api = {
        options: (o: Record<string, unknown>) => Promise<void>;
        init: () => Promise<void>;
        mergeIndex: (url: string, o: Record<string, unknown>) => Promise<void>;
        search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const [first, ...others] = prefixes;
      const url = `${first}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Api;
      await pagefind.options({ baseUrl: first });
      for (const prefix of others) await pagefind.mergeIndex(`${prefix}pagefind/`, { baseUrl: prefix });
      await pagefind.init();
      const search = await pagefind.search(q);
      await search.results[0]?.data();
      return { ms: performance.now(), results: search.results.length };
    },
    { prefixes, q: query },
  );
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await settle();
  await context.close();
  return { ms, results, totals: totalsOf(resources.filter((r) => !r.path.endsWith('/robots.txt'))) };
}
