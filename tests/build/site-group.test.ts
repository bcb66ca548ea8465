/**
 * A site group built with `npm run build:group` (scripts/build-group.ts): a member that fails
 * stops the group and is named; a member can be built alone (a CI job), and the portal only
 * beside members already built. The demo group's pages, search and signatures: tests/e2e/site-group.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildGroup, prepareGroup, projectRoot } from '../helpers/build.ts';

const demoGroup = join(projectRoot, 'examples/group');
const lines = (output: string, label: string) => output.split('\n').filter((line) => line.startsWith(`[${label}] `));

describe('building a site group', () => {
  test('a member with a broken file stops the group, and the message names the member and the file', () => {
    const dir = prepareGroup(demoGroup, 'group-broken');
    const file = join(dir, 'members/rsj/content/policies/2026/chuangye-danbao-daikuan.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('publishDate: 2026-02-26 09:00', 'publishDate: 2026-13-45 09:00'),
    );
    const build = buildGroup('broken', dir);
    expect(build.status).toBe(1);
    expect(build.output).toContain('成员 rsj（柳塘区人力资源和社会保障局，');
    expect(build.output).toContain('构建失败，站群未发布；原因见上面以 [rsj] 开头的信息。');
    const rsj = lines(build.output, 'rsj').join('\n');
    expect(rsj).toContain('content/policies/2026/chuangye-danbao-daikuan.md:7: publishDate（发布日期）');
    expect(rsj).toContain('2026-13-45');
    // The member before it was built; none after it, and no portal.
    expect(build.exists('mzj/index.html')).toBe(true);
    expect(build.exists('czj/index.html')).toBe(false);
    expect(build.exists('index.html')).toBe(false);
  });

  test('one member alone, then the portal only beside all its members', () => {
    const dir = prepareGroup(demoGroup, 'group-jobs');
    const one = buildGroup('jobs', dir, ['--member', 'czj']);
    expect(one.status, one.output).toBe(0);
    expect(one.exists('czj/policies/2026/zhengfu-caigou-yixiang/index.html')).toBe(true);
    expect(one.exists('mzj/index.html')).toBe(false);
    expect(one.exists('index.html')).toBe(false);
    expect(one.output).toContain('成员 czj（柳塘区财政局）已构建到 /czj/');

    const portal = buildGroup('jobs', dir, ['--portal'], true);
    expect(portal.status).toBe(1);
    expect(portal.output).toContain('门户要在成员之后构建，但');
    expect(portal.output).toContain('里还没有这些成员的网页：mzj（/mzj/）、rsj（/rsj/）。');
    // What was built stays.
    expect(portal.exists('czj/index.html')).toBe(true);
  });

  test('a member that is not in group.yaml is named, with the members that are', () => {
    const build = buildGroup('unknown', demoGroup, ['--member', 'sjj']);
    expect(build.status).toBe(1);
    expect(build.output.trim()).toBe('没有代码为 sjj 的成员；group.yaml 里的成员是 mzj、rsj、czj。');
  });
});
