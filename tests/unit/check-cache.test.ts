/**
 * The content check remembers what each body contained (src/lib/content/bodyCache.ts): a second
 * check reports exactly what the first did, and an edited body is read again.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { bodyCacheFile } from '../../src/lib/content/bodyCache.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { prepareFixture } from '../helpers/build.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'gongkai-check-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const lines = (dir: string, cacheFile?: string) =>
  checkSite(sitePaths(dir), { today: '2026-11-27', ...(cacheFile ? { cacheFile } : {}) }).problems.map(formatProblem);

describe('the content check with its cache', () => {
  test('reports the same problems from the cache as without it, and an edited body afresh', () => {
    const dir = prepareFixture('guard-hidden-link', 'check-cache');
    const cacheFile = bodyCacheFile(cacheDir);
    const fresh = lines(dir);
    expect(fresh.some((line) => line.includes('链接'))).toBe(true);
    expect(lines(dir, cacheFile)).toEqual(fresh);
    // One result per body and kind (links, guard) was remembered.
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries).length).toBeGreaterThan(5);
    expect(lines(dir, cacheFile)).toEqual(fresh);

    appendFileSync(join(dir, 'content/policies/2024/new-standard.md'), '\n详见[办理指南](/guides/nowhere/)。\n');
    const edited = lines(dir, cacheFile);
    expect(edited).toEqual(lines(dir));
    expect(edited.filter((line) => !fresh.includes(line))).toEqual([
      expect.stringMatching(/^content\/policies\/2024\/new-standard\.md:\d+: .*\/guides\/nowhere\/ 指向的页面不存在/),
    ]);
  });
});
