import { z } from 'astro/zod';
import { changesField } from './change.ts';
import {
  docNumber,
  entryRef,
  expecting,
  list,
  oneOf,
  oneOrMore,
  plainDate,
  plainDateTime,
  strictObject,
  text,
} from './fields.ts';
import { checklistKindValues, powerTypeValues } from './vocabulary.ts';
import { schemaText } from '../i18n/schemas.ts';

const m = schemaText.checklist;

/** A legal basis: the law's name and, where known, the article. */
export const LegalBasisSchema = strictObject(
  {
    /** Name of the law or regulation, with or without 《》. Example: `中华人民共和国城市居民委员会组织法`. */
    law: text('法律法规名称，例如 中华人民共和国城市居民委员会组织法'),
    /** Article(s). Example: `第三条` or `第三条第一款`. */
    article: text('条款，例如 第三条').optional(),
  },
  '依据的法律法规名称（law）和条款（article）',
);

/** One item of a list. */
export const ChecklistItemSchema = strictObject(
  {
    /** 事项编码: unique within the list; also the item's anchor on the page. Example: `LZ-01`. */
    code: text('事项编码，例如 LZ-01').regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
      error: m.badItemCode,
    }),
    /** 事项名称. */
    name: text('事项名称'),
    /** 类别 (community lists) — items are grouped by it. Example: `社区治理`. */
    category: text('类别').optional(),
    /** 权力类型 (required in a 权责清单). */
    powerType: oneOf(powerTypeValues, '权力类型').optional(),
    /** 事项内容 / 工作要求. */
    content: text('事项内容', { multiline: true }).optional(),
    /** 设定依据: at least one for 权责清单 and 协助政府工作事项. */
    basis: list(LegalBasisSchema, '设定依据').optional(),
    /** 实施主体 / 主管部门 / 责任单位 (required for 协助政府工作事项). */
    department: text('责任单位或主管部门').optional(),
    /** 备注. */
    notes: text('备注').optional(),
  },
  '事项的字段（code、name 等）',
);

/** A duty list (权责清单, 居委会依法履职事项清单, 协助政府工作事项清单), `content/checklists/*.yaml`. */
export const ChecklistSchema = strictObject(
  {
    /** Title. Example: `柳塘区居民委员会依法履职事项清单`. */
    title: text('清单标题'),
    /** Which kind of list it is. */
    kind: oneOf(checklistKindValues, '清单类型'),
    /** 发布机关: one or more full names. */
    issuers: oneOrMore(text('发布机关全称'), '发布机关全称'),
    /** 施行日期. */
    effectiveDate: plainDate(),
    /** 发布日期. */
    publishDate: plainDateTime(),
    /** 文号 of the document that issued the list, if any. */
    docNumber: docNumber().optional(),
    /** 索引号, when listed in the disclosure catalogue. */
    indexNo: text('索引号').optional(),
    /** The earlier version this list replaces (its file name without .yaml); its page then shows what changed. */
    replaces: entryRef('被替代的旧版清单', 'checklists').optional(),
    /** 更新记录. */
    changes: changesField(),
    /** An introduction shown above the table. */
    description: text('清单说明', { multiline: true }).optional(),
    /** The items: at least one. */
    items: z
      .array(ChecklistItemSchema, {
        error: (issue) => (issue.input === undefined ? m.noItemsField : expecting('清单的事项（列表）')(issue)),
      })
      .min(1, { error: m.noItems }),
  },
  '清单的字段',
).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.items.forEach((item, index) => {
    const first = seen.get(item.code);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'code'],
        message: m.duplicateCode(item.code, first + 1),
      });
    } else seen.set(item.code, index);
    const needsBasis = list.kind !== '居委会依法履职事项';
    if (needsBasis && !item.basis?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'basis'],
        message: m.basisRequired(list.kind),
      });
    }
    if (list.kind === '权责清单' && !item.powerType) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'powerType'],
        message: m.powerTypeRequired(powerTypeValues),
      });
    }
    if (list.kind === '协助政府工作事项' && !item.department) {
      ctx.addIssue({
        code: 'custom',
        path: ['items', index, 'department'],
        message: m.departmentRequired,
      });
    }
  });
});

export type Checklist = z.output<typeof ChecklistSchema>;
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;
export type LegalBasis = z.output<typeof LegalBasisSchema>;
