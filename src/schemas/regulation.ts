import { z } from 'astro/zod';
import { list, oneOf, plainDate, strictObject, text } from './fields.ts';
import { compareDates } from '../lib/dates.ts';
import { regulationText } from '../i18n/regulations.ts';

const t = regulationText;

/** 层级: where a text stands in the hierarchy of law, highest first. */
export const regulationLevelValues = [
  '宪法',
  '法律',
  '行政法规',
  '地方性法规',
  '部门规章',
  '地方政府规章',
  '司法解释',
  '规范性文件',
] as const;
export type RegulationLevel = (typeof regulationLevelValues)[number];

/** 时效性, as the national database states it. */
export const regulationStatusValues = ['有效', '已修改', '废止', '尚未生效'] as const;
export type RegulationStatus = (typeof regulationStatusValues)[number];

/** One line of 沿革: a day and what happened on it (通过, 公布, 修正, 修订, 施行). */
export const HistoryEventSchema = strictObject(
  {
    /** The day. Example: `2018-12-29`. */
    date: plainDate(),
    /** What happened, as the text says it. Example: `第十三届全国人民代表大会常务委员会第七次会议修正`. */
    event: text(t.expected.historyEvent),
  },
  t.expected.historyEntry,
);

/**
 * A law, regulation or normative document in the regulations library (法规库),
 * `content/regulations/<title>/<公布日期>.md`: front matter as below, then the text in Markdown,
 * normally written by `npm run import:regulations` (docs/regulations.md). Files with the same
 * `title` (and `part`) are versions of one law; the newest in force is its page.
 */
export const RegulationSchema = strictObject(
  {
    /** 标题, in full. Example: `中华人民共和国城市居民委员会组织法`. */
    title: text(t.expected.title),
    /** The part, for a law published in parts (民法典: 总则, 合同编 …). Example: `婚姻家庭编`. */
    part: text(t.expected.part).optional(),
    /** 层级. Example: `法律`. */
    level: oneOf(regulationLevelValues, t.expected.level),
    /** 制定机关. Example: `全国人民代表大会常务委员会`. */
    issuer: text(t.expected.issuer).optional(),
    /** 公布日期 of this version; also the last part of the file name. Example: `2018-12-29`. */
    publishDate: plainDate().optional(),
    /** 施行日期. Before it, the version is 尚未生效. Example: `2019-01-01`. */
    effectiveDate: plainDate().optional(),
    /**
     * 时效性, when it is not what the dates and versions say: `废止` (with `statusDate`). Left out,
     * it is computed: 尚未生效 before `effectiveDate`, 已修改 once a newer version is in force,
     * else 有效.
     */
    status: oneOf(regulationStatusValues, t.expected.status).optional(),
    /** The day the declared status took effect (for 废止, the day of repeal). */
    statusDate: plainDate().optional(),
    /** 沿革: adoption, promulgation, amendments, entry into force, oldest first. */
    history: list(HistoryEventSchema, t.expected.history).optional(),
    /** 来源: where the text comes from. Example: `国家法律法规数据库：社会法/城市居民委员会组织法(2018-12-29).md`. */
    source: text(t.expected.source).optional(),
  },
  t.expected.fields,
).superRefine((regulation, ctx) => {
  const { status, statusDate, publishDate, effectiveDate } = regulation;
  if (status === '废止' && !statusDate) {
    ctx.addIssue({ code: 'custom', path: ['statusDate'], message: t.messages.repealedWithoutDate });
  }
  if (statusDate && !status) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: t.messages.statusDateWithoutStatus(statusDate) });
  }
  if (publishDate && effectiveDate && compareDates(effectiveDate, publishDate) < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['effectiveDate'],
      message: t.messages.effectiveBeforePublished(effectiveDate, publishDate),
    });
  }
  regulation.history?.forEach((entry, index) => {
    const previous = regulation.history?.[index - 1];
    if (previous && compareDates(entry.date, previous.date) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', index, 'date'],
        message: t.messages.historyOutOfOrder(entry.date, previous.date),
      });
    }
  });
});

export type Regulation = z.output<typeof RegulationSchema>;
export type HistoryEvent = z.output<typeof HistoryEventSchema>;
