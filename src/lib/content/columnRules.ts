/**
 * Rules about columns (栏目): slugs unique, articles filed in columns that list articles, and the
 * inspection rules for stale and empty columns (docs/domain.md §2: news columns over 2 weeks, notice and
 * policy columns over 6 months without an update; thresholds in `inspection` of site.yaml).
 */
import type { SiteConfig } from '../../schemas/site.ts';

import { columnUrl, flattenColumns } from '../documents/columns.ts';
import { compareDates, dayOf } from '../dates.ts';
import { urls } from '../urls.ts';
import { fieldName, type Problem } from './problems.ts';
import type { LoadedEntry, LoadedSite } from './load.ts';
import { SITE_FILE } from './load.ts';
import { checkText } from '../../i18n/checks.ts';

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** The newest date of what a built-in page lists, by the page's address. */
function builtInDates(loaded: LoadedSite): Record<string, string[]> {
  const { entries } = loaded;
  const dates: Record<string, string[]> = {
    [urls.policies()]: entries.policies.map((e) => e.data.publishDate),
    [urls.interpretations()]: entries.interpretations.map((e) => e.data.publishDate),
    [urls.checklists()]: entries.checklists.map((e) => e.data.publishDate),
    [urls.bulletins()]: entries.bulletins.map((e) => e.data.date),
    [urls.guides()]: entries.guides.map((e) => e.data.updateDate ?? e.data.publishDate),
    [urls.annualReports()]: entries.annualReports.map((e) => e.data.publishDate),
  };
  for (const guide of entries.guides) {
    const topic = urls.guideTopic(guide.data.topic);
    dates[topic] = [...(dates[topic] ?? []), guide.data.updateDate ?? guide.data.publishDate];
  }
  for (const topic of loaded.site?.guideTopics ?? []) dates[urls.guideTopic(topic.slug)] ??= [];
  return dates;
}

export function checkColumns(loaded: LoadedSite, site: SiteConfig, today: string): Problem[] {
  const problems: Problem[] = [];
  const siteProblem = (message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, file: SITE_FILE, field: fieldName(['columns']), message });
  const columns = flattenColumns(site.columns);

  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.slug)) siteProblem(checkText.duplicateColumnSlug(column.slug));
    seen.add(column.slug);
  }

  const bySlug = new Map(columns.map((c) => [c.slug, c]));
  const articleColumns = columns.filter((c) => !c.href).map((c) => c.slug);
  const articlesIn = new Map<string, LoadedEntry<'articles'>[]>();
  for (const article of loaded.entries.articles) {
    const column = bySlug.get(article.data.column);
    const report = (message: string) =>
      problems.push({ severity: 'error', file: article.file, line: article.lineOf(['column']), field: fieldName(['column']), message });
    if (!column) report(checkText.unknownColumn(article.data.column, articleColumns));
    else if (column.href) {
      report(checkText.builtInColumn(column.title, column.slug, column.href, articleColumns));
    } else articlesIn.set(column.slug, [...(articlesIn.get(column.slug) ?? []), article]);
  }

  const builtIn = builtInDates(loaded);
  for (const column of columns) {
    const dates = column.href
      ? builtIn[columnUrl(column)]
      : (articlesIn.get(column.slug) ?? []).map((a) => a.data.updateDate ?? a.data.publishDate);
    if (dates === undefined) continue; // a page this check does not know (catalogue, guides, links …)
    if (dates.length === 0) {
      if (!column.children?.length) siteProblem(checkText.emptyColumn(column.title, column.slug, columnUrl(column)), 'warning');
      continue;
    }
    if (!column.freshness) continue;
    const newest = dayOf([...dates].sort(compareDates).at(-1)!);
    const limit = column.freshness === 'news' ? site.inspection.newsDays : site.inspection.noticeDays;
    const age = daysBetween(newest, today);
    if (age > limit) {
      const news = column.freshness === 'news';
      siteProblem(checkText.staleColumn(column.title, column.slug, columnUrl(column), newest, age, news, limit), 'warning');
    }
  }
  return problems;
}

