/**
 * npm run bench:regulations [-- <export folder>] — the regulations library at full size: imports
 * the 1,500-file corpus (default ../shared/corpus/laws) into a copy of the demo site under
 * bench/.output/regulations/, builds it (content check, pages and Pagefind index), and checks
 * that every file was imported or reported, that the build has no errors, and that every
 * article anchor is unique on its page; then, in Chromium, times a citizen's question and
 * weighs what its first search fetches. Prints the figures; writes them to summary.json.
 * Not part of `npm test`: it takes about a minute and needs the corpus, which is not in the repo.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseArgs } from 'node:util';
import { exportFiles, importRegulations } from '../src/lib/regulations/importer.ts';
import { hasChromium, launchBrowser } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/server.ts';
import { measureSearch, type SearchStep } from './bench/measure-browser.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help) {
  console.log(`用法：npm run bench:regulations [-- <导出文件夹>]

把整个法规语料（默认 ../shared/corpus/laws）导入演示站点的副本（bench/.output/regulations/），
构建网站并检查：每个文件都已导入或在报告中说明、构建没有错误、每个页面上的条文锚点不重复。
输出导入用时、构建用时和页面数量，并写入 bench/.output/regulations/summary.json。`);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(positionals[0] ?? join(root, '../shared/corpus/laws'));
if (!existsSync(corpus)) {
  console.error(`找不到语料文件夹 ${corpus}；请指定导出文件夹：npm run bench:regulations -- <文件夹>`);
  process.exit(1);
}
const work = join(root, 'bench/.output/regulations');
const site = join(work, 'site');
const out = join(work, 'dist');
rmSync(work, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
cpSync(join(root, 'public'), join(site, 'public'), { recursive: true });

// 1. Import.
const files = exportFiles(corpus).length;
const report = importRegulations({
  from: corpus,
  out: join(site, 'content/regulations'),
  source: '国家法律法规数据库',
});
const failed = report.files.filter((f) => f.outcome === 'failed');
const warned = report.files.filter((f) => f.outcome !== 'failed' && f.notes.some((n) => n.severity === 'warning'));
const byCode = new Map<string, number>();
for (const file of report.files) {
  for (const code of new Set(file.notes.map((n) => `${n.severity}:${n.code}`)))
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
}

// 2. Build as npm run build does (the content check runs first, inside the build).
const started = performance.now();
const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    GONGKAI_SITE_DIR: site,
    GONGKAI_OUT_DIR: out,
    GONGKAI_CACHE_DIR: join(work, 'cache'),
  },
});
const buildMs = Math.round(performance.now() - started);
const output = `${build.stdout}\n${build.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
const errors = output.split('\n').filter((line) => /\[gongkai\] content\//.test(line));
const warnings = output.split('\n').filter((line) => /\[gongkai\] 警告 /.test(line));

// 3. The built pages: how many, and article anchors unique on each regulation page.
const pages = globSync('**/index.html', { cwd: out, absolute: true, dot: true });
const regulationPages = pages.filter((p) => relative(out, p).startsWith('regulations/'));
const duplicates: string[] = [];
let largest = { page: '', articles: 0, bytes: 0 };
for (const page of regulationPages) {
  const html = readFileSync(page, 'utf8');
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) duplicates.push(`${relative(out, page)}#${id}`);
    seen.add(id);
  }
  const articles = (html.match(/class="art"/g) ?? []).length;
  if (articles > largest.articles) largest = { page: relative(out, page), articles, bytes: Buffer.byteLength(html) };
}
// Astro prints `/path/index.html (+12ms)` per page: the slowest regulation page.
const renderTimes = [...output.matchAll(/(\/regulations\/\S*index\.html) \(\+(\d+)ms\)/g)].map((m) => ({
  page: decodeURI(m[1]!),
  ms: Number(m[2]),
}));
const slowest = renderTimes.sort((a, b) => b.ms - a.ms)[0];
const pagefind = /搜索索引已生成：(\d+) 个页面，用时 (\d+) 毫秒/.exec(output);

// 3. A citizen's question in Chromium: what the first search fetches for reading questions
// (/search/language.json and heading shards), and how long the same search takes again.
const QUESTION = '社保交满多少年才能领退休金';
const NEXT_QUESTION = '老人去世了丧葬费怎么领';
let question:
  { first: SearchStep; repeat: SearchStep; next: SearchStep; language: number; headings: number } | undefined;
if (build.status === 0 && hasChromium) {
  const server = await serve(out);
  const browser = await launchBrowser();
  try {
    const measured = await measureSearch(browser, server.url, out, [QUESTION, NEXT_QUESTION]);
    const gzipOf = (test: (path: string) => boolean) =>
      measured.first.resources.filter((r) => test(r.path)).reduce((sum, r) => sum + r.gzip, 0);
    question = {
      ...measured,
      language: gzipOf((path) => path === '/search/language.json'),
      headings: gzipOf((path) => path.startsWith('/search/headings/')),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const summary = {
  corpus,
  files,
  import: {
    ms: report.ms,
    imported: files - failed.length,
    failed: failed.map(
      (f) =>
        `${f.source}: ${f.notes
          .filter((n) => n.severity === 'error')
          .map((n) => n.message)
          .join('；')}`,
    ),
    withWarnings: warned.length,
    laws: report.laws,
    versions: report.versions,
    notes: Object.fromEntries([...byCode].sort()),
  },
  build: {
    ok: build.status === 0,
    ms: buildMs,
    pagefindMs: pagefind ? Number(pagefind[2]) : undefined,
    pagesIndexed: pagefind ? Number(pagefind[1]) : undefined,
    pages: pages.length,
    regulationPages: regulationPages.length,
    contentErrors: errors.length,
    contentWarnings: warnings.length,
  },
  anchors: { duplicates: duplicates.length, examples: duplicates.slice(0, 10) },
  largestPage: largest,
  slowestRegulationPage: slowest,
  question: question && {
    query: QUESTION,
    firstMs: question.first.ms,
    firstGzip: question.first.totals.gzip,
    languageGzip: question.language,
    headingsGzip: question.headings,
    repeatMs: question.repeat.ms,
    nextMs: question.next.ms,
    nextGzip: question.next.totals.gzip,
    results: question.first.results,
  },
};
writeFileSync(join(work, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(join(work, 'build.log'), output);

const everyFileAccounted = report.files.length === files;
const ok = everyFileAccounted && build.status === 0 && duplicates.length === 0;
console.log(`语料：${files} 个文件（${corpus}）
导入：${summary.import.imported} 个已导入（其中 ${warned.length} 个有警告），${failed.length} 个未能导入；${report.laws} 部法规 ${report.versions} 个版本；用时 ${(report.ms / 1000).toFixed(1)} 秒
构建：${build.status === 0 ? '成功' : `失败（退出码 ${build.status}）`}，用时 ${(buildMs / 1000).toFixed(1)} 秒${pagefind ? `（其中搜索索引 ${(Number(pagefind[2]) / 1000).toFixed(1)} 秒，${pagefind[1]} 个页面）` : ''}；内容检查 ${errors.length} 个错误、${warnings.length} 个警告
页面：共 ${pages.length} 个，其中法规库 ${regulationPages.length} 个；最长的一页 ${largest.page}（${largest.articles} 条，${Math.round(largest.bytes / 1024)} KB）${slowest ? `；法规页面最慢 ${slowest.ms} 毫秒（${slowest.page}）` : ''}
${
  question
    ? `群众提问“${QUESTION}”：首次搜索 ${Math.round(question.first.ms)} 毫秒，传输 ${(question.first.totals.gzip / 1024).toFixed(1)} KB（gzip），其中用语表 ${(question.language / 1024).toFixed(1)} KB、章节标题 ${(question.headings / 1024).toFixed(1)} KB；再搜一次 ${Math.round(question.repeat.ms)} 毫秒；接着搜“${NEXT_QUESTION}” ${Math.round(question.next.ms)} 毫秒（${(question.next.totals.gzip / 1024).toFixed(1)} KB）`
    : '群众提问：没有 Chromium，未测量'
}
锚点：${duplicates.length === 0 ? '每个页面上都不重复' : `${duplicates.length} 个重复，例如 ${duplicates.slice(0, 3).join('、')}`}
${errors.slice(0, 10).join('\n')}
详细结果：${relative(process.cwd(), join(work, 'summary.json'))}，构建日志：${relative(process.cwd(), join(work, 'build.log'))}`);
if (!ok) {
  console.error(
    !everyFileAccounted
      ? '有文件既没有导入也没有报告；请检查导入程序。'
      : build.status !== 0
        ? '构建失败；请看 build.log 中的错误行。'
        : '有重复的锚点；请检查 src/lib/regulations/body.ts。',
  );
  process.exit(1);
}
