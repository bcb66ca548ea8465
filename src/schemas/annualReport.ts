import { z } from 'astro/zod';
import { plainDateTime, positiveInt, strictObject, text } from './fields.ts';

// Initial shape; the tables of the 2021 official format are filled in with the report pages.
/** An annual report on government information disclosure, `content/annual-reports/<year>.yaml`. */
export const AnnualReportSchema = strictObject(
  {
    /** Title. */
    title: text('报告标题'),
    /** The year reported on. */
    year: positiveInt('报告年度'),
    /** 发布日期. */
    publishDate: plainDateTime(),
  },
  '年度报告的字段',
);

export type AnnualReport = z.output<typeof AnnualReportSchema>;
