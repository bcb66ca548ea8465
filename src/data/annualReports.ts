/**
 * The annual reports, newest year first, read once per build and shared by the list page and
 * the report pages (the promise is memoised, as in ./index.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type AnnualReportEntry = CollectionEntry<'annualReports'>;

let cached: Promise<AnnualReportEntry[]> | undefined;

export function annualReports(): Promise<AnnualReportEntry[]> {
  cached ??= getCollection('annualReports').then((reports) => reports.sort((a, b) => b.data.year - a.data.year));
  return cached;
}
