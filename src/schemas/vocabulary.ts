/**
 * Fixed vocabularies of Chinese government publishing (docs/domain.md §3–§5). Defined once;
 * schemas, pages and search filters use these lists.
 */

/** 有效性: whether a document is in force. Anything but 有效 needs the date it changed. */
export const validityValues = ['有效', '尚未生效', '已修改', '失效', '废止'] as const;
export type Validity = (typeof validityValues)[number];

/** States whose replacement document must be named (已修改 and 废止). */
export const validityNeedingReplacement: readonly Validity[] = ['已修改', '废止'];

/** 体裁 / 公文种类 (GB/T 9704 kinds plus the forms departments commonly publish). */
export const genreValues = [
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
  '办法',
  '规定',
  '细则',
  '方案',
  '规划',
  '计划',
  '指南',
  '其他',
] as const;
export type Genre = (typeof genreValues)[number];

/** 公开方式. */
export const disclosureValues = ['主动公开', '依申请公开'] as const;

/** 解读形式. */
export const interpretationFormValues = ['文字', '图解', '音视频', '新闻发布会', '负责人解读'] as const;

/** Kinds of duty list (权责清单 and the two community lists). */
export const checklistKindValues = ['权责清单', '居委会依法履职事项', '协助政府工作事项'] as const;
export type ChecklistKind = (typeof checklistKindValues)[number];

/** 权力类型 of a 权责清单 item. */
export const powerTypeValues = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政征收',
  '行政给付',
  '行政检查',
  '行政确认',
  '行政奖励',
  '行政裁决',
  '其他行政权力',
  '公共服务',
] as const;
