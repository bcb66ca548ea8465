/**
 * Search quality on the demo site, as readers would see it: the query set of
 * tests/search/demo-queries.yaml (names, numbers, topics) and the citizens' questions of
 * tests/search/demo-citizen-queries.yaml, run through the search page in Chromium, against a
 * plain Pagefind index of the same documents. The figures are printed; the test holds the
 * threshold.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { buildBaselineIndex, formatReport, measure, readQueries, score } from '../../scripts/lib/search-quality.ts';

let browser: Browser;
beforeAll(async () => {
  if (!hasChromium) return;
  browser = await launchBrowser();
  await buildBaselineIndex(inject('demoDir'));
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasChromium)('search quality', () => {
  test('at least 95% of the demo queries find their page, clearly more than plain Pagefind', async () => {
    const queries = readQueries('tests/search/demo-queries.yaml');
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const outcomes = await measure(browser, inject('demoUrl'), queries);
    console.log(formatReport(outcomes));
    const { overall, categories } = score(outcomes);
    expect(overall.success).toBeGreaterThanOrEqual(0.95);
    // Every kind of query holds on its own: a small category (traditional characters, numbers)
    // cannot sink behind a good overall score.
    expect(categories.filter((c) => c.success < 0.9).map((c) => `${c.category} ${c.success}`)).toEqual([]);
    expect(overall.success - overall.baselineSuccess).toBeGreaterThanOrEqual(0.1);
  }, 300_000);

  test('at least 90% of the citizens’ questions in everyday words find their page', async () => {
    const queries = readQueries('tests/search/demo-citizen-queries.yaml');
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const outcomes = await measure(browser, inject('demoUrl'), queries);
    console.log(formatReport(outcomes));
    const { overall, categories } = score(outcomes);
    expect(overall.success).toBeGreaterThanOrEqual(0.9);
    expect(categories.filter((c) => c.success < 0.9).map((c) => `${c.category} ${c.success}`)).toEqual([]);
    expect(overall.success - overall.baselineSuccess).toBeGreaterThanOrEqual(0.5);
  }, 300_000);
});
