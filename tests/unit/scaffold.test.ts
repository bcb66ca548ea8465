import { expect, test } from 'vitest';
import { loadContent, type LoadedSite } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { nextBulletinNumber, nextIndexNo } from '../../src/kinds/scaffold.ts';

const base = new URL('../fixtures/valid-site', import.meta.url).pathname;
const fixture = (): LoadedSite => loadContent(sitePaths(base));

/** The fixture with extra bulletins (series, year, issue, total) added in memory. */
function withBulletins(loaded: LoadedSite, issues: [number, number, number][]): LoadedSite {
  const template = loaded.entries.bulletins[0]!;
  const extra = issues.map(([year, issue, totalIssue]) => ({
    ...template,
    id: `${year}/${issue}`,
    data: { ...template.data, year, issue, totalIssue, date: `${year}-06-01` },
  }));
  return { ...loaded, entries: { ...loaded.entries, bulletins: [...loaded.entries.bulletins, ...extra] } };
}

test('bulletin numbers restart each year while the cumulative number keeps counting', () => {
  const loaded = withBulletins(fixture(), [
    [2025, 3, 13],
    [2025, 4, 14],
  ]);
  expect(nextBulletinNumber(loaded, '测试工作简报', 2025)).toEqual({ issue: 5, totalIssue: 15 });
  expect(nextBulletinNumber(loaded, '测试工作简报', 2026)).toEqual({ issue: 1, totalIssue: 15 });
  expect(nextBulletinNumber(withBulletins(loaded, [[2026, 1, 15]]), '测试工作简报', 2026)).toEqual({
    issue: 2,
    totalIssue: 16,
  });
});

test('a series that keeps no cumulative number gets none', () => {
  const loaded = fixture();
  expect(nextBulletinNumber(loaded, '另一个简报', 2026)).toEqual({ issue: 1, totalIssue: undefined });
});

test('索引号 continue within a year and restart in a new year', () => {
  const loaded = fixture();
  const site = loaded.site!;
  // The fixture has 2024-00001 and 2024-00002; 2026 has 00001, 00002 and the report's 00090.
  expect(nextIndexNo(loaded, site, 2024)).toBe('013000000/2024-00003');
  expect(nextIndexNo(loaded, site, 2026)).toBe('013000000/2026-00091');
  expect(nextIndexNo(loaded, site, 2027)).toBe('013000000/2027-00001');
});
