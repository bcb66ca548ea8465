import { z } from 'astro/zod';
import { entryRef, oneOf, plainDateTime, strictObject, text } from './fields.ts';
import { interpretationFormValues } from './vocabulary.ts';

/**
 * Front matter of a policy interpretation (政策解读), `content/interpretations/**\/*.md`.
 * The policy page lists its interpretations; that reverse link is computed, never typed.
 */
export const InterpretationSchema = strictObject(
  {
    /** Title. Example: `《关于调整城乡最低生活保障标准的通知》政策解读`. */
    title: text('解读的标题'),
    /** The policy it explains: the policy's file name without extension. Example: `2024/dibao-biaozhun`. */
    interprets: entryRef('所解读的政策', 'policies'),
    /** 解读形式; default 文字. */
    form: oneOf(interpretationFormValues, '解读形式').default('文字'),
    /** Who explains it: a person, an office or 负责人 with their post. Example: `区民政局社会救助科`. */
    author: text('解读人或解读单位'),
    /** 发布机构; defaults to the site's publishing body (`publisher` in `content/site.yaml`). */
    publisher: text('发布机构全称').optional(),
    /** 发布日期. Example: `2024-03-05`. */
    publishDate: plainDateTime(),
    /** 索引号, when the interpretation is listed in the disclosure catalogue. */
    indexNo: text('索引号').optional(),
  },
  '政策解读的字段',
);

export type Interpretation = z.output<typeof InterpretationSchema>;
