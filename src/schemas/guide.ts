import { z } from 'astro/zod';
import {
  describeValue,
  expecting,
  list,
  oneOf,
  oneOrMore,
  plainDateTime,
  positiveInt,
  strictObject,
  text,
} from './fields.ts';
import { LegalBasisSchema } from './checklist.ts';
import { compareDates } from '../lib/dates.ts';
import { fieldText } from '../i18n/fields.ts';
import { guideText } from '../i18n/guides.ts';

const m = guideText.messages;

/** 原件 / 复印件: in what form an applicant hands a material in. */
export const materialFormValues = ['原件', '复印件', '原件和复印件'] as const;
export type MaterialForm = (typeof materialFormValues)[number];

/**
 * A time limit in working days (工作日). 0 means 即办: the matter is settled on the spot.
 * Editors sometimes write `20个工作日`; the message asks for the number alone.
 */
function workingDays(expected: string) {
  const wanted = `${expected}（工作日天数，只写数字，0 表示即办）`;
  const wrong = (issue: { input?: unknown }) => fieldText.wrong(describeValue(issue.input), wanted);
  return z
    .number({ error: expecting(wanted) })
    .int({ error: wrong })
    .min(0, { error: wrong });
}

/** A phone number as printed for the public; it must at least contain a number to dial. */
function phone(expected: string) {
  return text(`${expected}，例如 0599-8800 1201`).regex(/\d{3}/, {
    error: (issue) => m.noPhoneNumber(String(issue.input), expected),
  });
}

/** One 申请材料: what to bring, in which form, how many copies. */
export const MaterialSchema = strictObject(
  {
    /** 材料名称. Example: `申请人居民身份证`. */
    name: text('材料名称，例如 申请人居民身份证'),
    /** 原件, 复印件 or 原件和复印件 (original shown, copy kept). */
    form: oneOf(materialFormValues, '材料形式'),
    /** 份数; default 1. */
    copies: positiveInt('份数').default(1),
    /** 备注: where to get the material, what it must show. Example: `社区居民委员会出具`. */
    notes: text('备注').optional(),
  },
  '申请材料的名称（name）、形式（form）、份数（copies）和备注（notes）',
);

/** One step of 办理流程. */
export const StepSchema = strictObject(
  {
    /** 环节名称. Example: `受理`. */
    name: text('环节名称，例如 受理'),
    /** What happens in this step and who does it. */
    description: text('环节说明，例如 街道社会救助服务窗口当场审查申请材料'),
    /** 环节时限, as text. Example: `5 个工作日` or `当场`. */
    timeLimit: text('环节时限，例如 5 个工作日').optional(),
  },
  '办理环节的名称（name）、说明（description）和时限（timeLimit）',
);

/** One 常见问题 with its answer. */
export const FaqSchema = strictObject(
  {
    /** The question, as an applicant would ask it. */
    q: text('问题'),
    /** The answer. */
    a: text('解答'),
  },
  '常见问题的问题（q）和解答（a）',
);

/**
 * Front matter of a service guide (办事指南, docs/domain.md §8), `content/guides/<topic>/<name>.md`.
 * The Markdown body, if any, is shown as 补充说明 after the structured sections.
 */
export const GuideSchema = strictObject(
  {
    /** 事项名称. Example: `最低生活保障申请`. */
    title: text('事项名称，例如 最低生活保障申请'),
    /**
     * 事项编码, the same code as in the 权责清单 (`content/checklists/*.yaml`). When a list has an
     * item with this code, the guide page links to it. Example: `MZ-GF-001`.
     */
    itemCode: text('事项编码，例如 MZ-GF-001')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
        error: (issue) => m.badItemCode(String(issue.input)),
      })
      .optional(),
    /** Topic: a `slug` of `guideTopics` in content/site.yaml. Example: `shjz` (社会救助). */
    topic: text('办事指南主题的网址名（content/site.yaml 中 guideTopics 的 slug），例如 shjz'),
    /** 实施主体; default: `publisher` of content/site.yaml. Example: `云川市柳塘区民政局`. */
    department: text('实施主体的全称').optional(),
    /** 设定依据: at least one law or regulation, with the article where known. */
    basis: oneOrMore(LegalBasisSchema, '设定依据'),
    /** 受理条件: who may apply, one condition per entry. */
    conditions: oneOrMore(text('受理条件'), '受理条件'),
    /** 申请材料: at least one. */
    materials: oneOrMore(MaterialSchema, '申请材料'),
    /** 办理流程: the steps in order. */
    steps: oneOrMore(StepSchema, '办理环节'),
    /** 法定办结时限 in working days, as the law sets it; 0 for 即办. */
    statutoryDays: workingDays('法定办结时限'),
    /** 承诺办结时限 in working days; not longer than the statutory limit; 0 for 即办. */
    promisedDays: workingDays('承诺办结时限'),
    /** 收费依据及标准. Example: `不收费`. */
    fee: text('收费依据及标准，例如 不收费'),
    /** 办理地点: the full address and window. Example: `云川市柳塘区兴民路 18 号区民政局一楼 3 号窗口`. */
    place: text('办理地点，例如 云川市柳塘区兴民路 18 号区民政局一楼 3 号窗口'),
    /** 办理时间. Example: `工作日 上午 9:00—12:00，下午 13:30—17:00`. */
    hours: text('办理时间，例如 工作日 上午 9:00—12:00，下午 13:30—17:00'),
    /** 咨询电话. Example: `0599-8800 1201`. */
    phone: phone('咨询电话'),
    /** 监督投诉电话. Example: `0599-8800 1299`. */
    complaintPhone: phone('监督投诉电话'),
    /** 网上办理: the https address where the matter can be applied for online, if it can. */
    onlineUrl: text('网上办理的网址，例如 https://zwfw.example.gov.cn/')
      .regex(/^https:\/\/[^\s]+$/, {
        error: (issue) => m.badOnlineUrl(String(issue.input)),
      })
      .optional(),
    /** 常见问题: question (q) and answer (a) pairs. */
    faq: list(FaqSchema, '常见问题').optional(),
    /** 发布日期. Example: `2026-03-02 09:00`. */
    publishDate: plainDateTime(),
    /** 更新时间, when the guide was revised; not before 发布日期. */
    updateDate: plainDateTime().optional(),
    /** 索引号, when the guide is listed in the disclosure catalogue. */
    indexNo: text('索引号').optional(),
  },
  '办事指南的字段',
).superRefine((guide, ctx) => {
  if (guide.promisedDays > guide.statutoryDays) {
    ctx.addIssue({
      code: 'custom',
      path: ['promisedDays'],
      message: m.promisedLongerThanStatutory(guide.promisedDays, guide.statutoryDays),
    });
  }
  if (guide.updateDate && compareDates(guide.updateDate, guide.publishDate) < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['updateDate'],
      message: m.updatedBeforePublished(guide.updateDate, guide.publishDate),
    });
  }
});

export type Guide = z.output<typeof GuideSchema>;
export type Material = z.output<typeof MaterialSchema>;
export type Step = z.output<typeof StepSchema>;
export type Faq = z.output<typeof FaqSchema>;
