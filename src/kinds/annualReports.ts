/** 政府信息公开工作年度报告: `content/annual-reports/<year>.yaml`, at /annual-reports/<year>/. */
import { AnnualReportSchema } from '../schemas/annualReport.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
import {
  applicantColumns,
  outcomeColumns,
  resultSubRows,
  reviewGroups,
  type ApplicantRow,
  type OutcomeRow,
} from '../lib/annualReport.ts';
import { defineKind, type KindEntry, type ScaffoldSource } from './types.ts';

export const annualReports = defineKind({
  name: 'annualReports',
  folder: 'annual-reports',
  pattern: '**/*.{yaml,yml}',
  schema: AnnualReportSchema,
  label: collectionLabels.annualReports,
  page: { url: (entry) => urls.annualReport(entry.data.year), title: (entry) => entry.data.title },
  catalogue: {
    issuer: (entry, site) => entry.data.publisher ?? site.publisher,
    date: (entry) => entry.data.publishDate,
  },
  bodyLinks: false,
  editor: { format: 'yaml', extension: 'yaml', body: false },
  scaffold: {
    command: 'annual-report',
    label: '政府信息公开年度报告',
    order: 7,
    make: (source, input, { year }) => {
      const reportYear = input.year ?? year - 1;
      return { id: String(reportYear), data: annualReportTemplate(source, input.title, reportYear, input.date) };
    },
  },
});

/**
 * A report whose sums all hold: every number 0, except what carries over from last year
 * (结转 and 现行有效件数), so that the cross-year checks pass until the editor fills it in.
 */
function annualReportTemplate(source: ScaffoldSource, title: string, year: number, publishDate: string) {
  const reports = (source.entries['annualReports'] ?? []) as readonly KindEntry<typeof AnnualReportSchema>[];
  const last = reports.find((r) => r.data.year === year - 1)?.data;
  const zeros = (): ApplicantRow =>
    Object.fromEntries([...applicantColumns, 'total'].map((c) => [c, 0])) as ApplicantRow;
  const carried: ApplicantRow = last ? { ...last.applications.carriedForward } : zeros();
  const outcome = (): OutcomeRow => Object.fromEntries(outcomeColumns.map((c) => [c, 0])) as OutcomeRow;
  const group = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, zeros()]));
  const todo = '（请填写。）';
  const inForce = (row: 'regulations' | 'normativeDocuments') => last?.activeDisclosure[row].inForce ?? 0;
  return {
    year,
    title,
    publishDate,
    overview: todo,
    activeDisclosure: {
      regulations: { issued: 0, repealed: 0, inForce: inForce('regulations') },
      normativeDocuments: { issued: 0, repealed: 0, inForce: inForce('normativeDocuments') },
      licensing: 0,
      punishment: 0,
      enforcement: 0,
      feeAmount: 0,
    },
    applications: {
      received: zeros(),
      carriedOver: carried,
      results: {
        disclosed: zeros(),
        partlyDisclosed: zeros(),
        ...Object.fromEntries(Object.entries(resultSubRows).map(([name, rows]) => [name, group(rows)])),
        total: zeros(),
      },
      carriedForward: { ...carried },
    },
    reviewAndLitigation: Object.fromEntries(reviewGroups.map((g) => [g, outcome()])),
    problemsAndImprovements: todo,
    otherMatters: todo,
  };
}
