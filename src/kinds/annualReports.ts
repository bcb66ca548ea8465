/** 政府信息公开工作年度报告: `content/annual-reports/<year>.yaml`, at /annual-reports/<year>/. */
import { AnnualReportSchema } from '../schemas/annualReport.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
import { defineKind } from './types.ts';

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
});
