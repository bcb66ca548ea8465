import { z } from 'astro/zod';
import { list, plainDate, positiveInt, strictObject, text } from './fields.ts';
import { yearOf } from '../lib/dates.ts';
import { schemaText } from '../i18n/schemas.ts';

const m = schemaText.bulletin;

/**
 * Front matter of one issue of a work bulletin (工作简报), `content/bulletins/**\/*.md`.
 * An issue is identified by (series, year, issue, supplement); numbers restart each year.
 */
export const BulletinSchema = strictObject(
  {
    /** 简报名称: one of `bulletinSeries` in `content/site.yaml`. Example: `柳塘民政工作简报`. */
    series: text('简报名称（须在 content/site.yaml 的 bulletinSeries 中）'),
    /** The headline of the issue. */
    title: text('本期标题'),
    /** 年份 of the issue. */
    year: positiveInt('年份，例如 2025'),
    /** 期号 within the year: 第N期 (for a supplement, 增刊第N期). */
    issue: positiveInt('期号'),
    /** 总第N期, the cumulative number, if the series keeps one. */
    totalIssue: positiveInt('总期号').optional(),
    /** 增刊: true for a supplement, numbered separately; default false. */
    supplement: z
      .boolean({
        error: (issue) => m.badSupplement(issue.input === undefined),
      })
      .default(false),
    /** 日期 of the issue, in its year. */
    date: plainDate(),
    /** 编发单位. Example: `柳塘区民政局办公室`. */
    editingUnit: text('编发单位全称'),
    /** 编辑 (the editor's name). */
    editor: text('编辑姓名').optional(),
    /** 报: recipients the issue is reported to. */
    reportTo: list(text('报送单位'), '报送单位').optional(),
    /** 送: recipients it is sent to. */
    copyTo: list(text('抄送单位'), '抄送单位').optional(),
    /** 发: units it is distributed to. */
    distributeTo: list(text('分发单位'), '分发单位').optional(),
  },
  '简报的字段',
).superRefine((bulletin, ctx) => {
  if (yearOf(bulletin.date) !== bulletin.year) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: m.dateOutsideYear(bulletin.date, bulletin.year),
    });
  }
});

export type Bulletin = z.output<typeof BulletinSchema>;
