/**
 * The demo is quiet: its build, check, tests and dev server print no warning about its own
 * content, so a real problem an editor introduces is the only line on screen. Its citations of
 * national laws and ministry documents it does not host are known by name (src/lib/regulations/
 * nationalLaws.ts) or declared in content/site.yaml (`citedElsewhere`).
 */
import { describe, expect, test } from 'vitest';
import { checkSite } from '../../src/lib/check/site.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { projectRoot } from '../helpers/build.ts';

describe('the demo site', () => {
  test('has no problem of its own, not even a warning', { timeout: 60_000 }, () => {
    // A day when every 动态 column of the demo was recently updated (column freshness depends on it).
    const result = checkSite(sitePaths(projectRoot), { today: '2026-12-06', git: false });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});
