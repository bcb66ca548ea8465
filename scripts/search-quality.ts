/**
 * npm run search:quality — builds nothing itself: measures search on a built site folder.
 *
 *   npm run build && npm run search:quality
 *   npm run search:quality -- --dist dist --queries tests/search/demo-queries.yaml --min 0.95
 *
 * Prints success (expected page within the required rank) and mean reciprocal rank per
 * category, for this project and for a plain Pagefind index of the same documents. Exit 1 when
 * overall success is below --min or not above the baseline.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { serve } from '../tests/helpers/server.ts';
import { launchBrowser, hasChromium } from '../tests/helpers/browser.ts';
import { buildBaselineIndex, formatReport, measure, readQueries, score } from './lib/search-quality.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string', default: 'tests/search/demo-queries.yaml' },
    min: { type: 'string', default: '0.95' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('用法：npm run search:quality -- [--dist dist] [--queries 文件] [--min 0.95] [--json 结果.json]');
  process.exit(0);
}
if (!hasChromium) {
  console.error('需要 Chromium（/usr/bin/chromium 或 CHROMIUM_PATH）。');
  process.exit(1);
}
const documents = await buildBaselineIndex(values.dist);
const server = await serve(values.dist);
const browser = await launchBrowser();
try {
  const outcomes = await measure(browser, server.url, readQueries(values.queries));
  console.log(`基线索引：${documents} 个页面\n${formatReport(outcomes)}`);
  const { overall } = score(outcomes);
  if (values.json) writeFileSync(values.json, JSON.stringify({ overall, outcomes }, null, 2));
  if (overall.success < Number(values.min) || overall.success <= overall.baselineSuccess) {
    console.error(
      `总成功率 ${(overall.success * 100).toFixed(1)}% 未达到要求（至少 ${Number(values.min) * 100}%，且高于基线）。`,
    );
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
