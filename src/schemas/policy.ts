import { z } from 'astro/zod';
import { docNumber, entryRef, list, oneOf, oneOrMore, plainDate, plainDateTime, strictObject, text } from './fields.ts';
import { AttachmentSchema } from './attachment.ts';
import { LegalBasisSchema } from './checklist.ts';
import { changesField } from './change.ts';
import { RelationSchema } from './relation.ts';
import { disclosureValues, genreValues, validityNeedingReplacement, validityValues } from './vocabulary.ts';
import { compareDates, dayOf } from '../lib/dates.ts';
import { schemaText } from '../i18n/schemas.ts';

const m = schemaText.policy;

/** Front matter of a policy document (政策文件), `content/policies/**\/*.md`. */
export const PolicySchema = strictObject(
  {
    /** 名称: the full title, no abbreviations. Example: `关于调整城乡最低生活保障标准的通知`. */
    title: text('文件的完整标题'),
    /**
     * 索引号: unique across the site, never changed once published. Its form is set by
     * `indexNo` in `content/site.yaml`. Example: `013999999/2024-00012`.
     */
    indexNo: text('索引号，格式见 content/site.yaml 的 indexNo'),
    /** 发文字号, GB/T 9704 form; optional. Example: `柳民发〔2024〕12号`. */
    docNumber: docNumber().optional(),
    /** 发文机关: one or more full names (joint documents list every issuer). */
    issuers: oneOrMore(text('发文机关的全称'), '发文机关的全称'),
    /** 成文日期: the signing date. Example: `2024-03-01`. */
    writtenDate: plainDate(),
    /** 发布日期: date and optional time of publication, not before 成文日期. Example: `2024-03-05 09:30`. */
    publishDate: plainDateTime(),
    /** 主题分类: one entry of `topics` in `content/site.yaml`, `一级\二级` or just the second level. */
    topic: text('主题分类，例如 民政\\社会救助'),
    /** 体裁 / 公文种类. Example: `通知`. */
    genre: oneOf(genreValues, '体裁'),
    /** 公开方式; default 主动公开. */
    disclosure: oneOf(disclosureValues, '公开方式').default('主动公开'),
    /** 有效性; default 有效. Anything else needs `validityDate`. */
    validity: oneOf(validityValues, '有效性').default('有效'),
    /** The day the status took effect (for 尚未生效, the day it will take effect). */
    validityDate: plainDate().optional(),
    /** The policy that replaced this one (its file name without extension); required for 已修改 and 废止. */
    replacedBy: entryRef('替代文件', 'policies').optional(),
    /** 施行日期: the day it takes effect, if not the publication day. Before it, the page shows 尚未生效. */
    effectiveDate: plainDate().optional(),
    /** 有效期至: the last day in force. After it, the page shows 失效. */
    expiryDate: plainDate().optional(),
    /** Relations to other policies (修订, 废止, 替代, 依据); their pages show the reverse side. */
    relations: list(RelationSchema, '相关文件').optional(),
    /** 制定依据: the laws and articles it is based on; each links to the article in the regulations library. */
    basis: list(LegalBasisSchema, '制定依据').optional(),
    /** 更新记录: changes after publication. */
    changes: changesField(),
    /** 内容概述: at most 300 characters. */
    summary: text('内容概述', { max: 300, multiline: true }).optional(),
    /** 主题词. */
    keywords: list(text('主题词'), '主题词').optional(),
    /** Attachments, each a file in the repository. */
    attachments: list(AttachmentSchema, '附件').optional(),
  },
  '政策文件的字段',
).superRefine((policy, ctx) => {
  if (policy.validity !== '有效' && !policy.validityDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['validityDate'],
      message: m.validityWithoutDate(policy.validity),
    });
  }
  if (validityNeedingReplacement.includes(policy.validity) && !policy.replacedBy) {
    ctx.addIssue({
      code: 'custom',
      path: ['replacedBy'],
      message: m.validityWithoutReplacement(policy.validity),
    });
  }
  if (policy.effectiveDate && policy.expiryDate && compareDates(policy.expiryDate, policy.effectiveDate) < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['expiryDate'],
      message: m.expiryBeforeEffective(policy.expiryDate, policy.effectiveDate),
    });
  }
  if (policy.effectiveDate && compareDates(policy.effectiveDate, policy.writtenDate) < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['effectiveDate'],
      message: m.effectiveBeforeWritten(policy.effectiveDate, policy.writtenDate),
    });
  }
  if (compareDates(dayOf(policy.publishDate), policy.writtenDate) < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['publishDate'],
      message: m.publishedBeforeWritten(policy.publishDate, policy.writtenDate),
    });
  }
});

export type Policy = z.output<typeof PolicySchema>;
