import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const base = new URL('../fixtures/valid-site', import.meta.url).pathname;
let dir: string;
const file = () => join(dir, 'content/policies/2024/new-standard.md');
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
const unrecorded = () =>
  checkSite(sitePaths(dir), { today: '2026-11-27', git: true })
    .problems.map(formatProblem)
    .filter((line) => line.includes('更新记录'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-git-'));
  cpSync(base, dir, { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'published');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an edited body of a published policy without a new change entry is a warning', () => {
  const original = readFileSync(file(), 'utf8');
  writeFileSync(file(), original.replace('980 元', '990 元'));
  expect(unrecorded()).toMatchInlineSnapshot(`
    [
      "警告 content/policies/2024/new-standard.md:12: changes（更新记录）: 已发布文件的正文有改动，但没有新增更新记录；请在 changes 中添加一条（date、kind、note），说明改了什么。",
    ]
  `);
  writeFileSync(file(), original);
});

test('adding a change entry with the edit clears the warning; front-matter-only edits need none', () => {
  const original = readFileSync(file(), 'utf8');
  writeFileSync(
    file(),
    original.replace('980 元', '990 元').replace('changes:', 'changes:\n  - date: 2026-11-27\n    note: 调整保障标准'),
  );
  expect(unrecorded()).toEqual([]);
  writeFileSync(
    file(),
    original.replace('summary: 自 2024 年 7 月起提高城乡低保标准。', 'summary: 提高城乡低保标准。'),
  );
  expect(unrecorded()).toEqual([]);
  writeFileSync(file(), original);
});

test('a new, unpublished file needs no change entry', () => {
  writeFileSync(
    join(dir, 'content/policies/2024/draft.md'),
    readFileSync(file(), 'utf8').replace('2024-00002', '2024-00009').replace('测民发〔2024〕7号', '测民发〔2024〕9号'),
  );
  expect(unrecorded()).toEqual([]);
});
