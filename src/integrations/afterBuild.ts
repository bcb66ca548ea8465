/**
 * The work after Astro has written the pages: the search index (Pagefind), then the page check
 * and the signed manifest (./integrity.ts), which must list the index.
 *
 * `npm run build` (scripts/build.ts) does it in a process of its own, after Astro's has exited:
 * Pagefind needs about 4 GB for 10,000 pages, and the renderer's memory is then already free, so
 * the two never add up. Astro's process leaves a plan for it once the pages are written (the file
 * named by GONGKAI_AFTER_BUILD): the output folder, and what each document page must be called,
 * computed with the content check.
 * A plain `astro build` (no plan file asked for) does the same work at astro:build:done.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Expectations } from '../lib/integrity/pages.ts';
import type { SearchRecord } from '../lib/integrity/records.ts';
import { GROUP_RECORDS_ENV } from '../lib/base.ts';

/** Set by scripts/build.ts: the plan file, and a sign that the work after the build is its own. */
export const AFTER_BUILD_ENV = 'GONGKAI_AFTER_BUILD';

/** The plan file when the work after the build runs in its own process, else undefined. */
export function afterBuildPlanFile(): string | undefined {
  return process.env[AFTER_BUILD_ENV] || undefined;
}

/** What Astro's process hands over once it has written the pages: where, and what each is called. */
type Plan = { outDir: string; siteName: string; documents: [string, string][] };

export function writePlan(file: string, outDir: string, expect: Expectations): void {
  const plan: Plan = { outDir, siteName: expect.siteName, documents: [...expect.documents] };
  writeFileSync(file, JSON.stringify(plan));
}

export function readPlan(file: string): { outDir: string; expect: Expectations } {
  const plan = JSON.parse(readFileSync(file, 'utf8')) as Plan;
  return { outDir: plan.outDir, expect: { siteName: plan.siteName, documents: new Map(plan.documents) } };
}

/** The logger methods the work after the build uses: Astro's integration logger, or consoleLog. */
export type Log = {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
};

/** Lines as Astro's logger prints them (`12:00:00 [WARN] [gongkai] …`), for the process after Astro's. */
export function consoleLog(label: string): Log {
  const time = () => new Date().toTimeString().slice(0, 8);
  const line = (level: string) => (message: string) => {
    const text = `${time()} ${level}[${label}] ${message}\n`;
    (level ? process.stderr : process.stdout).write(text);
  };
  return { info: line(''), warn: line('[WARN] '), error: line('[ERROR] ') };
}

/**
 * Pagefind writes its ready-made interfaces too; the search page has its own (src/scripts/search.ts)
 * and loads only pagefind.js, its worker, its WebAssembly and the index. What no page loads is not
 * published (nor listed in the integrity manifest).
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The language Pagefind reads from every page's `lang="zh-CN"`: records must join the same index. */
const PAGE_LANGUAGE = 'zh-cn';

/** The members' search records for the portal (GONGKAI_GROUP_RECORDS, written by build:group). */
function groupRecords(): SearchRecord[] {
  const file = process.env[GROUP_RECORDS_ENV];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[]) : [];
}

/**
 * Indexes the built pages with Pagefind's Node API (after Starlight's integrations/pagefind.ts:
 * check `errors`, always `close()`).
 */
export async function indexSite(outDir: string, log: Log): Promise<void> {
  const started = performance.now();
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind 无法创建索引：${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind 索引页面时出错：${added.errors.join('; ')}`);
    // The portal of a site group: every member's documents too, from their search records, so
    // that one index answers for the whole group (docs/site-groups.md).
    const records = groupRecords();
    for (const record of records) {
      const { errors } = await index.addCustomRecord({ ...record, language: PAGE_LANGUAGE });
      if (errors.length > 0) throw new Error(`Pagefind 索引成员文件 ${record.url} 时出错：${errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入索引时出错：${written.errors.join('; ')}`);
    for (const name of UNUSED_PAGEFIND_FILES) rmSync(join(outDir, 'pagefind', name), { force: true });
    const members = records.length ? `和成员部门的 ${records.length} 个文件` : '';
    log.info(
      `搜索索引已生成：${added.page_count} 个页面${members}，用时 ${Math.round(performance.now() - started)} 毫秒。`,
    );
  } finally {
    await pagefind.close();
  }
}
