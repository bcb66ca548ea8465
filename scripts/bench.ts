/**
 * npm run bench — how fast gongkai builds and serves a department's archive as it grows
 * (docs/benchmarks.md). A measurement, not a test: it prints a report with PASS/FAIL lines for
 * the budgets and writes every figure to bench/.output/results.json.
 *
 *   npm run bench                                   1,000 generated documents
 *   npm run bench -- --docs 1000,5000,10000         sizes in sequence, with growth per 1k documents
 *   npm run bench -- --corpus ../shared/corpus/laws a real corpus, through the regulations importer
 *   npm run bench -- --docs 300 --no-browser        builds only
 *   npm run bench -- --group 20x5000                a site group: 20 members of 5,000 documents
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSite, mix, type GeneratedSite } from './bench/generate.ts';
import { baselineEnv, writeBaselineProject } from './bench/baseline.ts';
import { folderSize, largestFiles, measureBuild, type BuildMeasurement } from './bench/measure-build.ts';
import { measurePage, measureSearch } from './bench/measure-browser.ts';
import { budgets, formatBudgets, formatScaling, formatSize, sec } from './bench/report.ts';
import { formatGroupBench, runGroupBench } from './bench/group.ts';
import type { Results, SizeResult } from './bench/results.ts';
import { hasChromium, launchBrowser } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/server.ts';

const repoRoot = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  allowNegative: true,
  options: {
    docs: { type: 'string' },
    corpus: { type: 'string' },
    group: { type: 'string' },
    'corpus-docs': { type: 'string', default: '100' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20261127' },
    today: { type: 'string', default: '2026-11-27' },
    queries: { type: 'string', default: '临时救助,养老服务补贴' },
    work: { type: 'string', default: join(tmpdir(), 'gongkai-bench') },
    json: { type: 'string', default: join(repoRoot, 'bench/.output/results.json') },
    project: { type: 'string', default: repoRoot },
    baseline: { type: 'boolean', default: true },
    browser: { type: 'boolean', default: true },
    rebuild: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run bench -- [options]

Generates a synthetic site of N documents (or imports a real corpus), builds it with gongkai and
with a plain Astro baseline, rebuilds it after editing one document, serves it and measures an
article page, a policy page and search in Chromium. Prints a report with the budgets as PASS/FAIL
lines and writes every figure to bench/.output/results.json. See docs/benchmarks.md.

  --docs N[,N…]        sizes to run in sequence (default 1000; 1000,5000,10000 shows growth)
  --corpus DIR         also build a real corpus (e.g. ../shared/corpus/laws) imported with
                       scripts/import-regulations.ts into a generated site of --corpus-docs
                       documents (default 100); alone, runs only the corpus
  --runs N             full builds per size, gongkai and baseline alternating; the median counts (default 1)
  --seed N             seed of the generator (default 20261127); same seed, same site
  --today YYYY-MM-DD   "today" of the generated site and the builds (default 2026-11-27)
  --queries A,B        first query (searched, then searched again) and the next query typed
  --group NxM          a site group instead (docs/site-groups.md): N generated members of M documents,
                       each built in its own process, then the portal; per-member and portal time
                       and peak memory, the first group search against one member's, and the wall
                       time projected for 1, 4 and 20 CI runners; results in bench/.output/group-results.json
  --no-baseline        skip the plain Astro baseline
  --no-rebuild         skip the rebuild after one edit
  --no-browser         skip the Chromium measurements
  --work DIR           where sites and builds are written (default ${join(tmpdir(), 'gongkai-bench')})
  --json FILE          results file (default bench/.output/results.json)
  --project DIR        build another checkout of gongkai (with its node_modules), e.g. to compare versions

The machine should be otherwise idle: timings on a busy machine are not comparable.`);
  process.exit(0);
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const positiveInt = (text: string, what: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) fail(`${what} must be a positive whole number, not “${text}”.`);
  return n;
};

const projectRoot = resolve(values.project);
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
if (!existsSync(astroBin)) fail(`No Astro in ${projectRoot}/node_modules: run npm install there first.`);
if (values.group !== undefined) {
  const match = /^(\d+)x(\d+)$/.exec(values.group);
  if (!match) fail(`--group must be members x documents, e.g. 20x5000, not “${values.group}”.`);
  const [members, docs] = [positiveInt(match![1]!, '--group members'), positiveInt(match![2]!, '--group documents')];
  const [first = '临时救助'] = values.queries.split(',').map((q) => q.trim());
  console.log(
    `gongkai benchmark: a site group of ${members} members × ${docs} documents; ${cpus().length} cores, Node ${process.version}`,
  );
  const result = await runGroupBench({
    members,
    docs,
    seed: positiveInt(values.seed, '--seed'),
    today: values.today,
    work: resolve(values.work),
    projectRoot: resolve(values.project),
    query: first,
    browser: values.browser && hasChromium,
    log: (message) => console.log(`[group] ${message}`),
  });
  console.log(`\n${formatGroupBench(result)}`);
  const file = join(dirname(resolve(values.json)), 'group-results.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Results written to ${relative(process.cwd(), file) || file}.`);
  process.exit(0);
}

const sizes =
  values.docs === undefined && values.corpus
    ? []
    : (values.docs ?? '1000').split(',').map((d) => positiveInt(d.trim(), '--docs'));
const runs = positiveInt(values.runs, '--runs');
const seed = positiveInt(values.seed, '--seed');
const corpusDocs = positiveInt(values['corpus-docs'], '--corpus-docs');
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) fail(`--today must be YYYY-MM-DD, not “${values.today}”.`);
const [query = '临时救助', nextQuery = '养老服务补贴'] = values.queries.split(',').map((q) => q.trim());
const work = resolve(values.work);
const useBrowser = values.browser && hasChromium;
if (values.browser && !hasChromium) console.log('No Chromium: the page and search measurements are skipped.');

const versionOf = (pkg: string) => {
  try {
    return (
      JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'unknown';
  }
};
const results: Results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, memoryBytes: totalmem(), loadAverage: loadavg() },
  versions: { node: process.version, astro: versionOf('astro'), pagefind: versionOf('pagefind'), chromium: '' },
  options: {
    sizes,
    corpus: values.corpus,
    runs,
    seed,
    today: values.today,
    queries: [query, nextQuery],
    project: projectRoot,
  },
  sizes: [],
  scaling: [],
  budgets: [],
};

console.log(
  `gongkai benchmark: ${sizes.length ? `${sizes.join(', ')} documents` : ''}${values.corpus ? `${sizes.length ? ' and ' : ''}corpus ${values.corpus}` : ''}; ` +
    `${cpus().length} cores, Node ${process.version}, astro ${results.versions['astro']}, pagefind ${results.versions['pagefind']}; work folder ${work}`,
);
const [load1] = loadavg();
if ((load1 ?? 0) > cpus().length * 0.5) {
  console.log(
    `Note: load average ${load1?.toFixed(2)} on ${cpus().length} cores; other work is running and timings will be noisy.`,
  );
}

const step = (label: string, text: string) => console.log(`[${label}] ${text}`);

/** A cold build of the project: empty output and cache folders. */
async function buildProject(site: string, out: string, cache: string, cold: boolean): Promise<BuildMeasurement> {
  if (cold) {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
  // As editors and CI build: npm run build (scripts/build.ts).
  const result = await measureBuild({
    cwd: projectRoot,
    args: [join(projectRoot, 'scripts/build.ts')],
    env: { GONGKAI_SITE_DIR: site, GONGKAI_OUT_DIR: out, GONGKAI_CACHE_DIR: cache, GONGKAI_TODAY: values.today },
  });
  if (!result.ok) {
    console.error(result.tail);
    fail(
      `The build of ${site} failed (exit ${result.exitCode}): see its last lines above. Fix the project's build, or the generator if the content check names a generated file.`,
    );
  }
  return result;
}

async function buildBaseline(contentDir: string, out: string, cache: string): Promise<BuildMeasurement> {
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const dir = writeBaselineProject(join(work, 'baseline-project'), projectRoot);
  const result = await measureBuild({ cwd: dir, args: [astroBin, 'build'], env: baselineEnv(contentDir, out, cache) });
  if (!result.ok) {
    console.error(result.tail);
    fail(`The plain Astro baseline failed to build (exit ${result.exitCode}): see its last lines above.`);
  }
  return result;
}

/** Pagefind's CLI over the baseline's output, as a plain Astro site would add search. */
async function indexBaseline(out: string): Promise<BuildMeasurement> {
  const result = await measureBuild({
    cwd: projectRoot,
    args: [join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', out],
    env: {},
  });
  if (!result.ok) {
    console.error(result.tail);
    fail(`Pagefind could not index the plain Astro baseline (exit ${result.exitCode}): see its last lines above.`);
  }
  return result;
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs the importer as editors do (npm run import:regulations), into the generated site. */
async function importCorpus(corpus: string, site: string): Promise<NonNullable<SizeResult['corpus']>> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'scripts/import-regulations.ts'), corpus, '--out', join(site, 'content/regulations'), '--json'],
    { cwd: projectRoot, env: { ...process.env, GONGKAI_SITE_DIR: site }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  let report: { files: { outcome: string }[]; laws: number; versions: number } | undefined;
  try {
    report = JSON.parse(stdout) as typeof report;
  } catch {
    report = undefined;
  }
  if (!report)
    fail(`scripts/import-regulations.ts did not import ${corpus} (exit ${code}):\n${stderr || stdout.slice(0, 2000)}`);
  return {
    path: corpus,
    laws: report!.laws,
    versions: report!.versions,
    failed: report!.files.filter((f) => f.outcome === 'failed').length,
    importMs: performance.now() - started,
  };
}

async function runSize(mode: 'synthetic' | 'corpus', docs: number): Promise<SizeResult> {
  const label = mode === 'corpus' ? 'corpus' : `${docs} docs`;
  const dir = join(work, mode === 'corpus' ? 'corpus' : `docs-${docs}`);
  const site = join(dir, 'site');
  const out = join(dir, 'dist');
  const cache = join(dir, 'cache');
  const baselineOut = join(dir, 'baseline-dist');
  const baselineCache = join(dir, 'baseline-cache');
  mkdirSync(dir, { recursive: true });

  let started = performance.now();
  const generated: GeneratedSite = generateSite({ docs, seed, siteDir: site, projectRoot, today: values.today });
  step(label, `generated ${generated.documents} documents in ${sec(performance.now() - started)} (${site})`);
  let corpus: SizeResult['corpus'];
  let documents = generated.documents;
  const counts = { ...generated.counts };
  if (mode === 'corpus') {
    corpus = await importCorpus(resolve(values.corpus!), site);
    documents += corpus.versions;
    counts['regulations'] = corpus.versions;
    step(
      label,
      `imported ${corpus.versions} regulation versions (${corpus.laws} laws) in ${sec(corpus.importMs)}${corpus.failed ? `; ${corpus.failed} files could not be imported` : ''}`,
    );
  }

  const builds: BuildMeasurement[] = [];
  const baselineBuilds: BuildMeasurement[] = [];
  const baselineIndexBuilds: BuildMeasurement[] = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['project', 'baseline'] as const) : (['baseline', 'project'] as const);
    for (const which of order) {
      if (which === 'project') {
        started = performance.now();
        builds.push(await buildProject(site, out, cache, true));
        step(label, `gongkai full build ${run + 1}/${runs}: ${sec(builds.at(-1)!.wallMs)}`);
      } else if (values.baseline) {
        baselineBuilds.push(await buildBaseline(join(site, 'content'), baselineOut, baselineCache));
        baselineIndexBuilds.push(await indexBaseline(baselineOut));
        step(
          label,
          `plain Astro build ${run + 1}/${runs}: ${sec(baselineBuilds.at(-1)!.wallMs)}, then Pagefind ${sec(baselineIndexBuilds.at(-1)!.wallMs)}`,
        );
      }
    }
  }
  // The rebuild starts from the cache of the last project build (the baseline has its own).

  let rebuild: BuildMeasurement | undefined;
  let rebuildTitle: BuildMeasurement | undefined;
  if (values.rebuild) {
    // The common edit: a sentence of the text. Only that page is rendered again.
    const file = join(site, generated.editable);
    appendFileSync(file, '\n云川市柳塘区民政局将根据本文件的执行情况适时组织评估。\n');
    rebuild = await buildProject(site, out, cache, false);
    step(label, `rebuild after editing the text of ${generated.editable}: ${sec(rebuild.wallMs)}`);
    // A title (front matter) appears on other pages: every page is rendered again.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1（修订）'));
    rebuildTitle = await buildProject(site, out, cache, false);
    step(label, `rebuild after editing its title: ${sec(rebuildTitle.wallMs)}`);
  }

  const result: SizeResult = {
    mode,
    documents,
    counts,
    contentBytes: folderSize(join(site, 'content')).bytes,
    ...(corpus ? { corpus } : {}),
    builds,
    baselineBuilds,
    ...(rebuild ? { rebuild } : {}),
    ...(rebuildTitle ? { rebuildTitle } : {}),
    ...(baselineIndexBuilds.length
      ? {
          baselineIndexBuilds,
          baselineIndexedMs: median(baselineBuilds.map((b, i) => b.wallMs + baselineIndexBuilds[i]!.wallMs)),
        }
      : {}),
    fullMs: median(builds.map((b) => b.wallMs)),
    ...(baselineBuilds.length ? { baselineMs: median(baselineBuilds.map((b) => b.wallMs)) } : {}),
    peakTreeRssBytes: Math.max(...builds.map((b) => b.peakTreeRssBytes)),
    pages: builds.at(-1)!.pagesBuilt ?? 0,
    ...(baselineBuilds.at(-1)?.pagesBuilt !== undefined ? { baselinePages: baselineBuilds.at(-1)!.pagesBuilt! } : {}),
    dist: folderSize(out),
    htmlPages: folderSize(out, (path) => path.endsWith('.html') && !path.startsWith(join(out, 'pagefind'))),
    pagefind: folderSize(join(out, 'pagefind')),
    largestPages: largestFiles(out, 5, (path) => path.endsWith('.html')),
    ...(baselineBuilds.length ? { baselineDist: folderSize(baselineOut) } : {}),
  };

  if (useBrowser) {
    const server = await serve(out);
    const browser = await launchBrowser();
    results.versions['chromium'] = browser.version();
    try {
      result.article = await measurePage(browser, server.url, out, generated.samples.article);
      result.policy = await measurePage(browser, server.url, out, generated.samples.policy);
      result.search = await measureSearch(browser, server.url, out, [query, nextQuery]);
      step(
        label,
        `browser: article ${(result.article.totals.gzip / 1024).toFixed(1)} KB, first search ${Math.round(result.search.first.ms)} ms (Pagefind's own API ${Math.round(result.search.pagefindApiMs)} ms)`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  }
  return result;
}

for (const docs of sizes) results.sizes.push(await runSize('synthetic', docs));
if (values.corpus) {
  if (!existsSync(join(projectRoot, 'scripts/import-regulations.ts'))) {
    console.log(
      `scripts/import-regulations.ts does not exist yet in ${projectRoot}: the --corpus measurement is skipped.`,
    );
  } else if (!existsSync(resolve(values.corpus))) {
    fail(`No corpus folder at ${resolve(values.corpus)}.`);
  } else {
    results.sizes.push(await runSize('corpus', corpusDocs));
  }
}

const synthetic = results.sizes.filter((s) => s.mode === 'synthetic').sort((a, b) => a.documents - b.documents);
results.scaling = synthetic.map((s, i) => {
  const previous = synthetic[i - 1];
  return {
    documents: s.documents,
    fullMs: s.fullMs,
    msPer1k: (s.fullMs / s.documents) * 1000,
    ...(previous
      ? { marginalMsPer1k: ((s.fullMs - previous.fullMs) / (s.documents - previous.documents)) * 1000 }
      : {}),
  };
});
results.budgets = budgets(results);

console.log('');
for (const size of results.sizes) console.log(`${formatSize(size)}\n`);
const scaling = formatScaling(results);
if (scaling) console.log(`${scaling}\n`);
console.log(formatBudgets(results.budgets));
results.machine.loadAverageAtEnd = loadavg();
const loads = (list: number[]) => list.map((l) => l.toFixed(2)).join(' ');
const shares = Object.entries(mix).map(([k, v]) => `${k} ${Math.round(v * 100)}%`);
console.log(`\nGenerated documents: ${shares.join(', ')}; the demo's other folders copied as they are.`);
console.log(
  `Load average ${loads(results.machine.loadAverage)} at the start, ${loads(results.machine.loadAverageAtEnd)} at the end, on ${cpus().length} cores.`,
);

mkdirSync(dirname(resolve(values.json)), { recursive: true });
writeFileSync(resolve(values.json), `${JSON.stringify(results, null, 2)}\n`);
console.log(`Results written to ${relative(process.cwd(), resolve(values.json)) || values.json}.`);
