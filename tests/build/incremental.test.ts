/**
 * Rebuilds reuse unchanged pages (Astro's incremental build with the keys of
 * src/data/cacheKey.ts), and never a page whose content changed: an edited body, a title shown
 * on another page, an attachment's size, the date that decides a status.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixturesDir, outputRoot, type BuildResult } from '../helpers/build.ts';

const name = 'incremental';
const siteDir = join(outputRoot, 'sites', name);
const file = (path: string) => join(siteDir, 'content', path);
/** The newest build: each test edits the site its predecessors left and builds it again. */
let latest: BuildResult;
const build = (env: Record<string, string> = {}) => {
  const result = buildSite(name, { siteDir, env: { GONGKAI_INCREMENTAL: '1', ...env } });
  expect(result.status, result.output).toBe(0);
  latest = result;
  return result;
};
/** Pages Astro took from the previous build instead of rendering them. */
const reused = (result: BuildResult) => result.output.split('\n').filter((l) => /\((cached|restored)\)\s*$/.test(l));

let first: BuildResult;
let firstPages: Record<string, string>;
const pages = [
  'policies/2024/new-standard/index.html',
  'policies/2024/old-standard/index.html',
  'policies/2023/winter-plan/index.html',
];

beforeAll(() => {
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(join(outputRoot, 'cache', name), { recursive: true, force: true });
  cpSync(join(fixturesDir, 'valid-site'), siteDir, { recursive: true });
  first = build();
  firstPages = Object.fromEntries(pages.map((p) => [p, first.read(p)]));
});

describe('a rebuild', () => {
  test('the first build renders every page', () => {
    expect(reused(first)).toEqual([]);
  });

  test('after a body edit, shows the edit on that page and reuses the others unchanged', () => {
    appendFileSync(file('policies/2023/winter-plan.md'), '\n本方案由区民政局负责解释。\n');
    const second = build();
    expect(second.read('policies/2023/winter-plan/index.html')).toContain('本方案由区民政局负责解释。');
    expect(reused(second).length).toBeGreaterThan(10);
    expect(reused(second).join('\n')).not.toContain('winter-plan');
    // Pages taken from the cache are exactly those of the first build.
    expect(second.read('policies/2024/new-standard/index.html')).toBe(
      firstPages['policies/2024/new-standard/index.html'],
    );
    expect(second.read('policies/2024/old-standard/index.html')).toBe(
      firstPages['policies/2024/old-standard/index.html'],
    );
  });

  test('after documents are added, renders the pages that show them and reuses the others', () => {
    writeFileSync(
      file('articles/gzdt/meeting.md'),
      '---\ntitle: 区民政局召开冬季救助工作会议\ncolumn: gzdt\npublishDate: 2026-11-25 09:00\nindexNo: 013000000/2026-00009\n---\n会议部署了冬季救助工作。\n',
    );
    writeFileSync(
      file('policies/2026/follow-up.md'),
      [
        '---',
        'title: 关于做好今冬明春困难群众救助工作的补充通知',
        'indexNo: 013000000/2026-00010',
        'issuers: [测试区民政局]',
        'writtenDate: 2026-11-20',
        'publishDate: 2026-11-21',
        'topic: 社会救助',
        'genre: 通知',
        'relations:',
        '  - type: 依据',
        '    target: 2023/winter-plan',
        '---',
        '请各街道按照冬季救助工作通知做好补充工作。',
        '',
      ].join('\n'),
    );
    const before = first.read('articles/gzdt/visit/index.html');
    const third = build();
    const reusedPages = reused(third).join('\n');
    // Unrelated documents are reused as they were.
    expect(reusedPages).toContain('articles/gzdt/visit/index.html');
    expect(reusedPages).toContain('policies/2024/old-standard/index.html');
    expect(third.read('articles/gzdt/visit/index.html')).toBe(before);
    // The policy the new one rests on lists it; the column lists the new article.
    expect(reusedPages).not.toContain('policies/2023/winter-plan/index.html');
    expect(third.read('policies/2023/winter-plan/index.html')).toContain('关于做好今冬明春困难群众救助工作的补充通知');
    expect(third.read('columns/gzdt/index.html')).toContain('区民政局召开冬季救助工作会议');
  });

  test('after a title edit, shows the new title on the pages that name the document', () => {
    const path = file('policies/2024/old-standard.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        'title: 关于调整最低生活保障标准的通知',
        'title: 关于调整城乡最低生活保障标准的通知',
      ),
    );
    const third = build();
    expect(third.read('policies/2024/new-standard/index.html')).toContain('关于调整城乡最低生活保障标准的通知');
    expect(third.read('catalogue/index.html')).toContain('关于调整城乡最低生活保障标准的通知');
  });

  test('after an attachment changes size, shows the new size', () => {
    writeFileSync(join(siteDir, 'public/files/table.pdf'), '%PDF-1.4 a longer table\n');
    const fourth = build();
    expect(fourth.read('policies/2024/new-standard/index.html')).toContain('（PDF，24 B）');
  });

  test('on a later day, shows the status of that day', () => {
    // The pilot plan takes effect in the fixture's future (2027-01-01); a build after that says so.
    const info = (html: string) => /有效性<\/dt><dd[^>]*>([^<]*)/.exec(html)?.[1];
    expect(info(latest.read('policies/2026/pilot-plan/index.html'))).toBe('尚未生效');
    const later = build({ GONGKAI_NOW: '2029-12-31T16:30:00Z' });
    expect(reused(later)).toEqual([]);
    expect(info(later.read('policies/2026/pilot-plan/index.html'))).toBe('有效');
  });
});
