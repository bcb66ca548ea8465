/**
 * The benchmark's printed report and its budgets (docs/benchmarks.md). Budgets are checked here
 * and printed as PASS/FAIL lines; the benchmark is a measurement, not a test, and never fails a
 * test run.
 */
import type { PageLoad, SearchStep, Totals } from './measure-browser.ts';
import type { Budget, Results, SizeResult } from './results.ts';

export const KB = 1024;
export const GB = 1024 ** 3;

export const limits = {
  pageKb: 30,
  /** Any HTML page, lists included: every list is split into pages (src/lib/paginate.ts). */
  htmlPageKb: 100,
  /** Full cold build against plain Astro + the Pagefind CLI on the same documents, same run. */
  ratioIndexed: 1.3,
  /** Peak memory of the build's process tree against the larger of plain Astro's and Pagefind's own peaks. */
  memoryRatio: 1.1,
  /** T ∝ N^k between the two largest sizes: above this, build time grows faster than N. */
  scalingExponent: 1.15,
  /** A rebuild after one edit is "much faster" when it takes at most this share of a full build. */
  rebuildShare: 0.5,
  /** First search against Pagefind's own API on the same build, same browser run. */
  searchBytesRatio: 1.1,
  searchTimeRatio: 1.2,
  repeatSearchMs: 50,
} as const;

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
export const gb = (bytes: number) => `${(bytes / GB).toFixed(2)} GB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const msText = (ms: number) => `${Math.round(ms)} ms`;
const count = (n: number) => n.toLocaleString('en-US');
const pad = (text: string, width: number) => text.padEnd(width);
const lpad = (text: string, width: number) => text.padStart(width);

/** Rows of label and value columns, aligned. */
function table(rows: string[][], indent = '  '): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows
    .map(
      (row) =>
        indent + row.map((cell, col) => (col === 0 ? pad(cell, widths[col]!) : lpad(cell, widths[col]!))).join('   '),
    )
    .join('\n');
}

const kindLabels: Record<string, string> = {
  html: 'HTML',
  css: 'CSS',
  js: 'JS',
  font: 'fonts',
  image: 'images',
  json: 'JSON',
  'pagefind-js': 'Pagefind JS',
  'pagefind-wasm': 'WASM',
  'pagefind-index': 'index chunks',
  'pagefind-filter': 'filter chunks',
  'pagefind-meta': 'index meta',
  'pagefind-fragment': 'fragments',
  other: 'other',
};

function breakdown(totals: Totals): string {
  return Object.entries(totals.byKind)
    .map(([kind, t]) => `${kindLabels[kind] ?? kind} ${kb(t.gzip)}${t.requests > 1 ? ` (${t.requests})` : ''}`)
    .join(', ');
}

function pageLines(label: string, load: PageLoad): string[] {
  return [
    `${label} ${load.path} (first load, empty cache)`,
    `  ${load.totals.requests} requests, ${kb(load.totals.gzip)} gzip (${kb(load.totals.transferred)} as served): ${breakdown(load.totals)}`,
    `  fonts ${load.fontRequests} requested / ${load.webFontsLoaded} loaded, scripts ${load.scriptRequests}, CLS ${load.cls.toFixed(3)} (worst of ${load.clsPerLoad.length} loads: ${load.clsPerLoad.map((c) => c.toFixed(3)).join(', ')}), ` +
      `TTFB ${msText(load.timings.ttfb)}, FCP ${msText(load.timings.firstContentfulPaint)}, load ${msText(load.timings.load)}`,
    ...load.shifts.map(
      (shift) => `  layout shift ${shift.value.toFixed(4)} at ${msText(shift.at)}: ${shift.sources.join(', ')}`,
    ),
    `  without JavaScript: ${load.noJs.readable ? 'readable' : 'NOT readable'} (heading “${load.noJs.heading}”, ${load.noJs.textChars} of ${load.noJs.textCharsWithJs} characters of main)`,
    ...load.consoleMessages.map((m) => `  console ${m}`),
  ];
}

function searchLines(label: string, step: SearchStep): string[] {
  const bytes =
    step.totals.requests > 0
      ? `${step.totals.requests} requests, ${kb(step.totals.gzip)}: ${breakdown(step.totals)}`
      : 'no requests';
  const lines = [
    `  ${pad(label, 7)} ${pad(`“${step.query}”`, 10)} ${lpad(msText(step.ms), 7)}  ${step.results}; ${bytes}`,
  ];
  if (step.waterfall.length > 0) {
    const spans = step.waterfall.map(
      (s) => `${kindLabels[s.kind] ?? s.kind} ${Math.round(s.from)}–${Math.round(s.to)}`,
    );
    lines.push(`          loaded at (ms): ${spans.join(', ')}; first result ${msText(step.ms)}`);
  }
  return lines;
}

export function formatSize(size: SizeResult): string {
  const lines: string[] = [];
  const counts = Object.entries(size.counts)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${count(n)}`)
    .join(', ');
  const corpus = size.corpus
    ? `, corpus ${size.corpus.path}: ${count(size.corpus.laws)} laws in ${count(size.corpus.versions)} versions${size.corpus.failed ? `, ${size.corpus.failed} files not imported` : ''}`
    : '';
  lines.push(`== ${count(size.documents)} documents (${counts}; ${mb(size.contentBytes)} of content${corpus}) ==`);
  const project = size.builds.at(-1)!;
  const baseline = size.baselineBuilds.at(-1);
  const runs = size.builds.length > 1 ? ` (median of ${size.builds.length})` : '';
  const rows: string[][] = [['Build', 'gongkai', 'plain Astro', 'ratio']];
  const ratio = size.baselineMs ? `${(size.fullMs / size.baselineMs).toFixed(2)}×` : '';
  rows.push([`full build, cold${runs}`, sec(size.fullMs), size.baselineMs ? sec(size.baselineMs) : '–', ratio]);
  if (size.baselineIndexedMs) {
    rows.push([
      '  vs plain Astro + Pagefind CLI',
      '',
      sec(size.baselineIndexedMs),
      `${(size.fullMs / size.baselineIndexedMs).toFixed(2)}×`,
    ]);
  }
  rows.push([
    'time per 1k documents',
    sec((size.fullMs / size.documents) * 1000),
    size.baselineMs ? sec((size.baselineMs / size.documents) * 1000) : '–',
    '',
  ]);
  rows.push(['pages built', count(size.pages), size.baselinePages ? count(size.baselinePages) : '–', '']);
  rows.push([
    'pages per second',
    (size.pages / (size.fullMs / 1000)).toFixed(0),
    size.baselineMs && size.baselinePages ? (size.baselinePages / (size.baselineMs / 1000)).toFixed(0) : '–',
    '',
  ]);
  rows.push([
    'peak memory, process tree',
    gb(size.peakTreeRssBytes),
    baseline ? gb(Math.max(...size.baselineBuilds.map((b) => b.peakTreeRssBytes))) : '–',
    '',
  ]);
  rows.push([
    'peak memory, largest process',
    gb(project.peakProcessRssBytes),
    baseline ? gb(baseline.peakProcessRssBytes) : '–',
    '',
  ]);
  rows.push([
    'output folder',
    `${mb(size.dist.bytes)} / ${count(size.dist.files)} files`,
    size.baselineDist ? `${mb(size.baselineDist.bytes)} / ${count(size.baselineDist.files)} files` : '–',
    '',
  ]);
  rows.push(['  of which HTML', `${mb(size.htmlPages.bytes)} / ${count(size.htmlPages.files)} files`, '', '']);
  rows.push(['  of which search index', `${mb(size.pagefind.bytes)} / ${count(size.pagefind.files)} files`, '', '']);
  if (size.rebuild) {
    rows.push([
      'rebuild after editing one text',
      sec(size.rebuild.wallMs),
      '',
      `${(size.rebuild.wallMs / size.fullMs).toFixed(2)} of full`,
    ]);
  }
  if (size.rebuildTitle) {
    rows.push([
      'rebuild after editing its title',
      sec(size.rebuildTitle.wallMs),
      '',
      `${(size.rebuildTitle.wallMs / size.fullMs).toFixed(2)} of full`,
    ]);
  }
  lines.push(table(rows));

  lines.push(
    `  largest pages: ${size.largestPages.map((p) => `${p.path.replace(/index\.html$/, '')} ${kb(p.bytes)}`).join(', ')}`,
  );
  lines.push('', 'Where the time went (last full build; rebuild after one edit; last plain Astro build)');
  const rebuildPhase = new Map(size.rebuild?.phases.map((p) => [p.name, p.ms]) ?? []);
  const baselinePhase = new Map(baseline?.phases.map((p) => [p.name, p.ms]) ?? []);
  const optional = (map: Map<string, number>, name: string) => (map.has(name) ? sec(map.get(name)!) : '');
  lines.push(
    table([
      ['phase', 'full', 'rebuild', 'plain Astro'],
      ...project.phases.map((p) => [
        p.name,
        sec(p.ms),
        optional(rebuildPhase, p.name),
        optional(baselinePhase, p.name),
      ]),
      ...project.loggedSteps.map((step, i) => {
        const again = size.rebuild?.loggedSteps[i];
        return [
          `  logged: [${step.source}] ${step.text}`,
          sec(step.ms),
          again && again.source === step.source ? sec(again.ms) : '',
          '',
        ];
      }),
    ]),
  );
  lines.push('', 'Render time by kind of page (last full build, from Astro’s per-page log)');
  lines.push(
    table([
      ['pages', 'count', 'total', 'mean', 'max', 'slowest'],
      ...project.routes
        .slice(0, 12)
        .map((r) => [
          r.route,
          count(r.pages),
          msText(r.totalMs),
          `${r.meanMs.toFixed(1)} ms`,
          msText(r.maxMs),
          r.slowest,
        ]),
    ]),
  );
  if (size.article) lines.push('', ...pageLines('Article page', size.article));
  if (size.policy) lines.push('', ...pageLines('Policy page', size.policy));
  if (size.search) {
    lines.push('', 'Search (/search/?q=…, empty cache; bytes gzip)');
    lines.push(
      ...searchLines('first', size.search.first),
      `          Pagefind's own API on the same build: first result's data in ${msText(size.search.pagefindApiMs)} (the search page: ${msText(size.search.first.ms)}, ${(size.search.first.ms / size.search.pagefindApiMs).toFixed(2)}×)`,
      ...(size.search.pagefindApiTotals
        ? [
            `          Pagefind's own API transferred ${size.search.pagefindApiTotals.requests} requests, ${kb(size.search.pagefindApiTotals.gzip)}: ${breakdown(size.search.pagefindApiTotals)} (the search page: ${kb(size.search.first.totals.gzip)}, ${(size.search.first.totals.gzip / size.search.pagefindApiTotals.gzip).toFixed(2)}×)`,
          ]
        : []),
      ...searchLines('repeat', size.search.repeat),
      ...searchLines('next', size.search.next),
    );
    lines.push(...size.search.consoleMessages.map((m) => `  console ${m}`));
  }
  return lines.join('\n');
}

export function formatScaling(results: Results): string {
  if (results.scaling.length < 2) return '';
  return [
    '== Growth with the number of documents (full build, cold) ==',
    table([
      ['documents', 'full build', 'per 1k docs', 'marginal per 1k', 'plain Astro', 'ratio', 'peak memory'],
      ...results.scaling.map((s) => {
        const size = results.sizes.find((r) => r.documents === s.documents)!;
        return [
          count(s.documents),
          sec(s.fullMs),
          sec(s.msPer1k),
          s.marginalMsPer1k !== undefined ? sec(s.marginalMsPer1k) : '–',
          size.baselineMs ? sec(size.baselineMs) : '–',
          size.baselineMs ? `${(size.fullMs / size.baselineMs).toFixed(2)}×` : '–',
          gb(size.peakTreeRssBytes),
        ];
      }),
    ]),
  ].join('\n');
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function pageBudgets(label: string, load: PageLoad | undefined, docs: number): Budget[] {
  if (!load) return [{ status: 'SKIP', name: `${label}: first load`, measured: 'not measured (no browser)' }];
  const at = `${label} ${load.path} [${count(docs)} docs]`;
  return [
    {
      status: pass(load.totals.gzip <= limits.pageKb * KB),
      name: `${at}: at most ${limits.pageKb} KB compressed on first load`,
      measured: kb(load.totals.gzip),
    },
    {
      status: pass(load.noJs.readable),
      name: `${at}: readable without JavaScript`,
      measured: `${load.noJs.textChars}/${load.noJs.textCharsWithJs} characters`,
    },
    {
      status: pass(load.fontRequests === 0 && load.webFontsLoaded === 0),
      name: `${at}: no web fonts downloaded`,
      measured: `${load.fontRequests} font requests`,
    },
    { status: pass(load.cls === 0), name: `${at}: no layout shift`, measured: `CLS ${load.cls.toFixed(4)}` },
  ];
}

export function budgets(results: Results): Budget[] {
  const out: Budget[] = [];
  const synthetic = results.sizes.filter((s) => s.mode === 'synthetic');
  for (const size of results.sizes) {
    out.push(
      ...pageBudgets('article page', size.article, size.documents),
      ...pageBudgets('policy page', size.policy, size.documents),
    );
    const largest = size.largestPages[0];
    if (largest) {
      out.push({
        status: pass(largest.bytes <= limits.htmlPageKb * KB),
        name: `no HTML page over ${limits.htmlPageKb} KB [${count(size.documents)} docs]`,
        measured: `largest ${largest.path.replace(/index\.html$/, '')} ${kb(largest.bytes)}`,
      });
    }
  }

  for (const documents of [1000, 10000]) {
    const size = synthetic.find((s) => s.documents === documents);
    const name = `full cold build of ${count(documents)} documents at most ${limits.ratioIndexed}× plain Astro + Pagefind CLI`;
    if (!size?.baselineIndexedMs) {
      out.push({ status: 'SKIP', name, measured: 'not measured', note: `run with --docs ${documents}` });
      continue;
    }
    const ratio = size.fullMs / size.baselineIndexedMs;
    out.push({
      status: pass(ratio <= limits.ratioIndexed),
      name,
      measured: `${ratio.toFixed(2)}× (${sec(size.fullMs)} vs ${sec(size.baselineIndexedMs)}; plain Astro alone ${sec(size.baselineMs ?? 0)})`,
    });
  }

  const at10k = synthetic.find((s) => s.documents === 10000);
  const memoryName = `peak memory at 10,000 documents at most ${limits.memoryRatio}× the larger of plain Astro's and Pagefind's own`;
  if (at10k?.baselineBuilds.length && at10k.baselineIndexBuilds?.length) {
    const astroPeak = Math.max(...at10k.baselineBuilds.map((b) => b.peakTreeRssBytes));
    const pagefindPeak = Math.max(...at10k.baselineIndexBuilds.map((b) => b.peakTreeRssBytes));
    const floor = Math.max(astroPeak, pagefindPeak);
    out.push({
      status: pass(at10k.peakTreeRssBytes <= limits.memoryRatio * floor),
      name: memoryName,
      measured: `${gb(at10k.peakTreeRssBytes)} = ${(at10k.peakTreeRssBytes / floor).toFixed(2)}× (plain Astro ${gb(astroPeak)}, Pagefind ${gb(pagefindPeak)})`,
    });
  } else {
    out.push({ status: 'SKIP', name: memoryName, measured: 'not measured', note: 'run with --docs 10000' });
  }

  if (results.scaling.length >= 2) {
    const [a, b] = results.scaling.slice(-2) as [Results['scaling'][number], Results['scaling'][number]];
    const exponent = Math.log(b.fullMs / a.fullMs) / Math.log(b.documents / a.documents);
    out.push({
      status: pass(exponent <= limits.scalingExponent),
      name: `build time grows linearly with N (T ∝ N^k, k ≤ ${limits.scalingExponent} between ${count(a.documents)} and ${count(b.documents)})`,
      measured: `k = ${exponent.toFixed(2)}; per 1k docs ${results.scaling.map((s) => `${sec(s.msPer1k)} at ${count(s.documents)}`).join(', ')}`,
    });
  } else {
    out.push({
      status: 'SKIP',
      name: 'build time grows linearly with N',
      measured: 'needs two sizes or more',
      note: 'run with --docs 1000,10000,20000',
    });
  }

  for (const size of results.sizes) {
    if (!size.rebuild) continue;
    const share = size.rebuild.wallMs / size.fullMs;
    out.push({
      status: pass(share <= limits.rebuildShare),
      name: `rebuild after editing one document's text at most ${limits.rebuildShare} of a full build [${count(size.documents)} docs]`,
      measured: `${share.toFixed(2)} (${sec(size.rebuild.wallMs)} vs ${sec(size.fullMs)})`,
    });
  }

  for (const size of results.sizes) {
    const search = size.search;
    const at = `[${count(size.documents)} docs]`;
    if (!search) {
      out.push({ status: 'SKIP', name: `search ${at}`, measured: 'not measured (no browser)' });
      continue;
    }
    const api = search.pagefindApiTotals;
    out.push(
      api
        ? {
            status: pass(search.first.totals.gzip <= limits.searchBytesRatio * api.gzip),
            name: `first search transfers at most ${limits.searchBytesRatio}× Pagefind's own API ${at}`,
            measured: `${(search.first.totals.gzip / api.gzip).toFixed(2)}× (${kb(search.first.totals.gzip)} vs ${kb(api.gzip)})`,
          }
        : { status: 'SKIP', name: `first search bytes against Pagefind's own API ${at}`, measured: 'not measured' },
      {
        status: pass(search.first.ms >= 0 && search.first.ms <= limits.searchTimeRatio * search.pagefindApiMs),
        name: `first search shows its first result within ${limits.searchTimeRatio}× Pagefind's own API ${at}`,
        measured: `${(search.first.ms / search.pagefindApiMs).toFixed(2)}× (${msText(search.first.ms)} vs ${msText(search.pagefindApiMs)})`,
      },
      {
        status: pass(search.repeat.ms >= 0 && search.repeat.ms < limits.repeatSearchMs),
        name: `repeated search in under ${limits.repeatSearchMs} ms ${at}`,
        measured: msText(search.repeat.ms),
      },
    );
  }
  return out;
}

export function formatBudgets(list: Budget[]): string {
  return [
    '== Budgets ==',
    ...list.map((b) => `${b.status}  ${b.name}: ${b.measured}${b.note ? ` (${b.note})` : ''}`),
  ].join('\n');
}
