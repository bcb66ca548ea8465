/**
 * npm run bench:check — the content check's time on one large hostile file. Each shape is a
 * 1.5 MB article (nested lists, one long paragraph, tables, raw HTML, links on one line, deep
 * quotes, emphasis, brackets, empty links, spam, foreign links) laid over the base fixture site
 * alone; the check must end in bounded time with a clear result, never a crash. Prints one line
 * per shape. Not part of `npm test` (timings belong in benchmarks, docs/benchmarks.md).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSite } from '../src/lib/check/site.ts';
import { sitePaths } from '../src/lib/content/paths.ts';

const { values } = parseArgs({
  options: { help: { type: 'boolean', short: 'h', default: false }, size: { type: 'string', default: '1.5' } },
});
if (values.help) {
  console.log(`用法：npm run bench:check [-- --size 1.5]

用一个很大的文件（默认 1.5 MB，各种写法：多层列表、长段落、表格、原始 HTML、一行中的大量链接、
两万层引用、大量违禁词等）测量内容检查的用时，逐行输出。检查必须在有限时间内给出明确结果。`);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const target = Number(values.size) * 1_000_000;
const site = mkdtempSync(join(tmpdir(), 'gongkai-bench-check-'));
cpSync(join(root, 'tests/fixtures/valid-site'), site, { recursive: true });

/** Repeats `unit` until the text is `target` bytes of UTF-8. */
function fill(unit: (i: number) => string): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const text = unit(i);
    parts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return parts.join('');
}

const shapes: Record<string, () => string> = {
  多层列表: () => fill((i) => `${'  '.repeat(i % 40)}- 第 ${i} 项：最低生活保障申请材料\n`),
  一段长文字: () => fill((i) => `第${i}句，城乡居民最低生活保障标准按月发放。`),
  Markdown表格: () => `| 序号 | 姓名 | 金额 |\n| --- | --- | --- |\n${fill((i) => `| ${i} | 张三 | ${i * 3} 元 |\n`)}`,
  HTML表格: () =>
    `<table>\n${fill((i) => `<tr><td>${i}</td><td>李四</td><td><a href="/policies/">政策</a></td></tr>\n`)}</table>`,
  一行中的链接: () => fill((i) => `[链接${i}](/policies/) `),
  两万层引用: () => `${'>'.repeat(20_000)} 文字\n${fill(() => '文字。')}`,
  强调符号: () => fill((i) => `*${i}**${i}_`),
  方括号: () => `${'['.repeat(200_000)}x`,
  空链接: () => fill(() => '[](https://www.mca.gov.cn/) '),
  违禁词: () => fill(() => '百家乐，'),
  外部链接: () => `<div>\n${fill(() => '<a href="https://evil.example/">x</a>')}\n</div>`,
};

console.log(`内容检查用时（每种写法一个约 ${values.size} MB 的文件，加在测试站点上）：`);
let slowest = 0;
for (const [name, make] of Object.entries(shapes)) {
  const text = `---\ntitle: 大文件\ncolumn: gzdt\npublishDate: 2026-11-20\nindexNo: 013000000/2026-80001\n---\n\n${make()}\n`;
  writeFileSync(join(site, 'content/articles/gzdt/big.md'), text);
  const started = performance.now();
  const result = checkSite(sitePaths(site), { today: '2026-11-27' });
  const ms = Math.round(performance.now() - started);
  slowest = Math.max(slowest, ms);
  const problems = result.problems.filter((problem) => problem.file.endsWith('big.md'));
  const verdict = problems.length === 0 ? '通过' : `${problems.length} 个问题：${problems[0]!.message.slice(0, 30)}…`;
  console.log(
    `  ${name.padEnd(8, '　')} ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB  ${String(ms).padStart(5)} 毫秒  ${verdict}`,
  );
}
console.log(`最慢 ${slowest} 毫秒。`);
rmSync(site, { recursive: true, force: true });
