/**
 * What the kinds' scaffolds share (`npm run new`): the next 索引号 and bulletin number, and the
 * text of a new file. The dispatcher is ./scaffold.ts.
 */
import { stringify } from 'yaml';
import type { SiteConfig } from '../schemas/site.ts';
import type { BulletinSchema } from '../schemas/bulletin.ts';
import { formatIndexNo, parseIndexNo } from '../lib/indexNo.ts';
import type { KindEntry, ScaffoldSource } from './types.ts';

/** The next 索引号 for a document published in `year` (largest sequence of that year + 1). */
export function nextIndexNo(
  source: Pick<ScaffoldSource, 'entries'>,
  site: SiteConfig,
  year: number,
  month = 1,
): string {
  let max = 0;
  for (const entry of Object.values(source.entries).flat()) {
    const indexNo = (entry?.data as { indexNo?: string } | undefined)?.indexNo;
    const parts = indexNo ? parseIndexNo(site.indexNo, indexNo) : undefined;
    if (parts && parts.year === year) max = Math.max(max, parts.seq);
  }
  return formatIndexNo(site.indexNo, { year, month, seq: max + 1 });
}

export const bulletinsOf = (source: Pick<ScaffoldSource, 'entries'>) =>
  (source.entries['bulletins'] ?? []) as readonly KindEntry<typeof BulletinSchema>[];

/** The next issue of a series in a year (numbers restart every year) and the next cumulative number. */
export function nextBulletinNumber(
  source: Pick<ScaffoldSource, 'entries'>,
  series: string,
  year: number,
): { issue: number; totalIssue: number | undefined } {
  const ofSeries = bulletinsOf(source).filter((b) => b.data.series === series && !b.data.supplement);
  const issue = Math.max(0, ...ofSeries.filter((b) => b.data.year === year).map((b) => b.data.issue)) + 1;
  const totals = ofSeries.map((b) => b.data.totalIssue).filter((n): n is number => n !== undefined);
  return { issue, totalIssue: totals.length ? Math.max(...totals) + 1 : undefined };
}

/** The body of a new Markdown document until the editor writes it (the check warns while it is there). */
export const PLACEHOLDER = '（请在此撰写正文。）';

/** The text of a new file: front matter and body, or the whole file as YAML. */
export function fileText(format: 'frontmatter' | 'yaml', data: Record<string, unknown>, body = PLACEHOLDER): string {
  const yaml = stringify(data, { lineWidth: 0 });
  return format === 'yaml' ? yaml : `---\n${yaml}---\n\n${body}\n`;
}
