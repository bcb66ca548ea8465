/**
 * Measures search quality in Chromium against a real build: for every query of a query set, the
 * rank of the expected page among the results the search page shows (this project), and among
 * the results of a plain Pagefind index of the same documents (the baseline: title and body
 * text of each indexed page, default settings, the query as typed).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';

/** `expect`: page addresses (starting with /) or exact titles, any of which counts. */
export type QualityQuery = { category: string; q: string; within: number; expect: string[] };
export type QueryOutcome = QualityQuery & { rank: number | undefined; baselineRank: number | undefined };
export type CategoryScore = {
  category: string;
  queries: number;
  success: number;
  mrr: number;
  baselineSuccess: number;
  baselineMrr: number;
};

export const BASELINE_PATH = '/_baseline/pagefind/';
const DEPTH = 20;

export function readQueries(file: string): QualityQuery[] {
  return parseYaml(readFileSync(file, 'utf8')) as QualityQuery[];
}

/** Writes a plain Pagefind index of the pages the site indexes, into <dist>/_baseline/pagefind. */
export async function buildBaselineIndex(distDir: string): Promise<number> {
  const output = join(distDir, BASELINE_PATH);
  rmSync(output, { recursive: true, force: true });
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not create the baseline index');
  let count = 0;
  const pages = globSync('**/*.html', {
    cwd: distDir,
    dot: true,
    ignore: ['**/{_astro,pagefind,_baseline,admin}/**'],
  }).sort();
  try {
    for (const page of pages) {
      const body = parseHtml(readFileSync(join(distDir, page), 'utf8')).querySelector('[data-pagefind-body]');
      if (!body) continue;
      const title = body.querySelector('h1')?.textContent.trim() ?? '';
      const url = `/${page}`.replace(/index\.html$/, '');
      await index.addCustomRecord({
        url,
        content: `${title}\n${body.textContent}`,
        language: 'zh-cn',
        meta: { title },
      });
      count++;
    }
    await index.writeFiles({ outputPath: output });
  } finally {
    await pagefind.close();
  }
  return count;
}

const normalizeUrl = (url: string) => decodeURI(new URL(url, 'http://x').pathname);

/** A result as the quality check sees it: its address and its title. */
type Hit = { url: string; title: string };

// One search page per lane, used as a reader would: the question typed into the box and
// submitted, the results read when the status line says the search is done. (The page is loaded
// once; each submission runs the same reading and ranking as a fresh visit to /search/?q=….)
async function projectResults(page: Page, baseUrl: string, q: string): Promise<Hit[]> {
  if (!page.url().startsWith(`${baseUrl}/search/`)) await page.goto(`${baseUrl}/search/`);
  await page.fill('#search-query', q);
  // Submitting sets the status line to "searching" at once, so the wait below sees this query's end.
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(() =>
    /找到|没有找到|暂时无法/.test(document.querySelector('#search-status')?.textContent ?? ''),
  );
  const hits = await page
    .locator('#search-results .result-title')
    .evaluateAll((links) =>
      links.map((a) => ({ url: a.getAttribute('href') ?? '', title: a.textContent?.trim() ?? '' })),
    );
  return hits.slice(0, DEPTH).map((hit) => ({ ...hit, url: normalizeUrl(hit.url) }));
}

// Sent to the browser as text: a function would be rewritten by test runners' transforms
// (dynamic import() becomes a helper that does not exist in the page).
const BASELINE_SEARCH = `async ({ q, path, depth }) => {
  if (!window.__baseline) {
    const module = await import(path + 'pagefind.js');
    // The index lives under /_baseline/ but its pages are the site's own addresses.
    await module.options({ baseUrl: '/' });
    await module.init();
    window.__baseline = module;
  }
  const search = await window.__baseline.search(q);
  return Promise.all(search.results.slice(0, depth).map(async (r) => {
    const data = await r.data();
    return { url: data.url, title: data.meta.title ?? '' };
  }));
}`;

async function baselineResults(page: Page, q: string): Promise<Hit[]> {
  const hits = (await page.evaluate(
    `(${BASELINE_SEARCH})(${JSON.stringify({ q, path: BASELINE_PATH, depth: DEPTH })})`,
  )) as Hit[];
  return hits.map((hit) => ({ ...hit, url: normalizeUrl(hit.url) }));
}

const rankOf = (results: Hit[], expected: string[]) => {
  const index = results.findIndex((hit) => expected.some((e) => (e.startsWith('/') ? hit.url === e : hit.title === e)));
  return index === -1 ? undefined : index + 1;
};

/** Queries run in this many pages side by side (each query's outcome does not depend on the others). */
const LANES = 2;

export async function measure(browser: Browser, baseUrl: string, queries: QualityQuery[]): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = new Array(queries.length);
  let next = 0;
  const lane = async () => {
    const page = await browser.newPage();
    const baselinePage = await browser.newPage();
    await baselinePage.goto(`${baseUrl}/404.html`);
    for (let i = next++; i < queries.length; i = next++) {
      const query = queries[i]!;
      const rank = rankOf(await projectResults(page, baseUrl, query.q), query.expect);
      const baselineRank = rankOf(await baselineResults(baselinePage, query.q), query.expect);
      outcomes[i] = { ...query, rank, baselineRank };
    }
    await page.close();
    await baselinePage.close();
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  return outcomes;
}

const ok = (rank: number | undefined, within: number) => rank !== undefined && rank <= within;

export function score(outcomes: QueryOutcome[]): { categories: CategoryScore[]; overall: CategoryScore } {
  const summarize = (category: string, list: QueryOutcome[]): CategoryScore => ({
    category,
    queries: list.length,
    success: list.filter((o) => ok(o.rank, o.within)).length / list.length,
    mrr: list.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / list.length,
    baselineSuccess: list.filter((o) => ok(o.baselineRank, o.within)).length / list.length,
    baselineMrr: list.reduce((sum, o) => sum + (o.baselineRank ? 1 / o.baselineRank : 0), 0) / list.length,
  });
  const names = [...new Set(outcomes.map((o) => o.category))];
  return {
    categories: names.map((name) =>
      summarize(
        name,
        outcomes.filter((o) => o.category === name),
      ),
    ),
    overall: summarize('全部', outcomes),
  };
}

export function formatReport(outcomes: QueryOutcome[]): string {
  const { categories, overall } = score(outcomes);
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
  const row = (s: CategoryScore) =>
    `${s.category.padEnd(6, '　')} ${String(s.queries).padStart(3)}  ${pct(s.success)}  ${s.mrr.toFixed(2)}   ${pct(s.baselineSuccess)}  ${s.baselineMrr.toFixed(2)}`;
  const failures = outcomes
    .filter((o) => !ok(o.rank, o.within))
    .map(
      (o) =>
        `  未达标：${o.q}（${o.category}）排名 ${o.rank ?? '无'}，要求前 ${o.within}；基线 ${o.baselineRank ?? '无'}`,
    );
  return [
    '类别　　 查询数  成功率  MRR    基线成功率  基线MRR',
    ...categories.map(row),
    row(overall),
    ...failures,
  ].join('\n');
}
