/**
 * `npm run new` for every kind writes a file that passes the check unchanged and builds into
 * the page it announced.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite, prepareFixture, projectRoot } from '../helpers/build.ts';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { scaffoldKinds } from '../../src/kinds/scaffold.ts';

const runNew = (siteDir: string, args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts/new.ts'), ...args, '--site', siteDir], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_NOW: '2026-11-26T16:30:00Z' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const argsFor: Record<string, string[]> = {
  policy: ['--title', '关于新建文件的通知', '--slug', 'new-policy', '--date', '2026-11-27 09:00'],
  interpretation: ['--title', '新建文件的解读', '--slug', 'new-jiedu', '--interprets', '2024/new-standard'],
  bulletin: ['--title', '新建的一期简报'],
  checklist: ['--title', '新建的权责清单', '--slug', 'new-list', '--kind', '权责清单'],
  article: ['--title', '新建的工作动态', '--slug', 'new-article', '--column', 'gzdt'],
  guide: ['--title', '新建的办事指南', '--slug', 'new-guide', '--topic', 'hysy'],
  'annual-report': ['--title', '测试区民政局2026年政府信息公开工作年度报告', '--year', '2026', '--date', '2027-01-15'],
};

test('every kind of new file passes the check and builds into its page', () => {
  const siteDir = prepareFixture('valid-site', 'scaffolded');
  const pages: { url: string; title: string }[] = [];
  // Every kind the descriptors can scaffold is tried (src/kinds/).
  expect(scaffoldKinds).toEqual(Object.keys(argsFor));
  for (const kind of scaffoldKinds) {
    const args = argsFor[kind]!;
    const result = runNew(siteDir, [kind, ...args]);
    expect(result.status, `${kind}: ${result.stderr}`).toBe(0);
    const [, path] = /已新建 (\S+)/.exec(result.stdout) ?? [];
    const [, url] = /页面地址：(\S+)/.exec(result.stdout) ?? [];
    expect(readFileSync(join(siteDir, path!), 'utf8')).toContain(args[1]);
    pages.push({ url: url!, title: args[1]! });
  }
  const errors = checkSite(sitePaths(siteDir), { today: '2026-11-27' }).problems.filter((p) => p.severity === 'error');
  expect(errors).toEqual([]);

  const build = buildSite('scaffolded', { siteDir });
  expect(build.status, build.output).toBe(0);
  for (const { url, title } of pages) {
    const html = parse(build.read(`${decodeURI(url).replace(/^\//, '')}index.html`));
    expect(html.querySelector('h1')?.textContent.trim(), url).toBe(title);
  }
  // The bulletin got the next number of its year: the fixture has 2025 issues only.
  expect(pages[2]!.url).toBe('/bulletins/cs/2026/1/');
});

test('a missing type or title is a clear error', () => {
  const siteDir = prepareFixture('valid-site', 'scaffold-errors');
  expect(runNew(siteDir, []).stderr).toContain('请指明类型');
  expect(runNew(siteDir, ['bulletin']).stderr).toContain('缺少标题；请用 --title 指定。');
});
