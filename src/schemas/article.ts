import { z } from 'astro/zod';
import { list, plainDateTime, strictObject, text } from './fields.ts';
import { AttachmentSchema } from './attachment.ts';
import { compareDates } from '../lib/dates.ts';
import { schemaText } from '../i18n/schemas.ts';

/**
 * Front matter of an article (文章) in a column such as 工作动态、资金信息、总结报告,
 * `content/articles/**\/*.md`. The column decides where it is listed and its breadcrumb.
 */
export const ArticleSchema = strictObject(
  {
    /** Title. */
    title: text('文章标题'),
    /** The column (栏目) it belongs to: a `slug` from `columns` in content/site.yaml. Example: `gzdt`. */
    column: text('所属栏目的网址名（content/site.yaml 中 columns 的 slug），例如 gzdt'),
    /** 来源; defaults to the site's publishing body. */
    source: text('来源单位').optional(),
    /** 作者 (or 撰稿). */
    author: text('作者').optional(),
    /** 编辑 (responsible editor). */
    editor: text('编辑姓名').optional(),
    /** 发布时间. Example: `2026-03-12 10:00`. */
    publishDate: plainDateTime(),
    /** 更新时间, when the article was changed after publication; not before 发布时间. */
    updateDate: plainDateTime().optional(),
    /** 索引号, when the article is listed in the disclosure catalogue. */
    indexNo: text('索引号').optional(),
    /** Summary for lists and the description meta tag; at most 300 characters. */
    summary: text('内容概述', { max: 300, multiline: true }).optional(),
    /** Keywords. */
    keywords: list(text('关键词'), '关键词').optional(),
    /** Attachments, each a file under public/. */
    attachments: list(AttachmentSchema, '附件').optional(),
  },
  '文章的字段',
).superRefine((article, ctx) => {
  if (article.updateDate && compareDates(article.updateDate, article.publishDate) < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['updateDate'],
      message: schemaText.article.updatedBeforePublished(article.updateDate, article.publishDate),
    });
  }
});

export type Article = z.output<typeof ArticleSchema>;
