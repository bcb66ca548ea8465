import { z } from 'astro/zod';
import { list, oneOf, plainDate, strictObject, text } from './fields.ts';

/**
 * One entry of a document's change history (更新记录). A `major` change is shown on the page and
 * moves the shown 更新时间; a `minor` one (a typo, a broken link) is kept in the file only.
 */
export const ChangeSchema = strictObject(
  {
    /** Day of the change. */
    date: plainDate(),
    /** `major` (default) or `minor`. */
    kind: oneOf(['major', 'minor'] as const, '更新类别（major 重要，minor 次要）').default('major'),
    /** What changed, for readers. Example: `更正附件2中的咨询电话`. */
    note: text('更新说明'),
  },
  '更新记录：日期（date）、类别（kind）、说明（note）',
);

export const changesField = () => list(ChangeSchema, '更新记录').optional();

export type Change = z.output<typeof ChangeSchema>;
