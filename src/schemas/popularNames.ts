import { z } from 'astro/zod';
import { list, strictObject, text } from './fields.ts';
import { schemaText } from '../i18n/schemas.ts';

/**
 * Popular names of legal provisions (src/search/popular-names.yaml; a site adds its own in
 * content/popular-names.yaml): what people call an article that no legal text says, like 离婚冷静期
 * or 常回家看看. Search shows that article first, marked as what the popular name means.
 */
export const PopularNamesSchema = strictObject(
  {
    names: list(
      strictObject(
        {
          /** The popular name. Example: `离婚冷静期`. */
          name: text('俗称'),
          /** The law's exact title in the regulations library. Example: `中华人民共和国民法典 婚姻家庭编`. */
          law: text('法律法规标题'),
          /** The article, as the law writes it. Example: `第一千零七十七条`. */
          article: text('条文序号').regex(/^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?$/, {
            error: schemaText.popularNames.badArticle,
          }),
          /** What the article says, in the project's own words (shown with the result). */
          about: text('说明'),
        },
        '俗称条目：name、law、article、about',
      ),
      '俗称列表',
    ),
  },
  '条文俗称表：names（俗称列表）',
).superRefine((data, ctx) => {
  const seen = new Set<string>();
  data.names.forEach((entry, index) => {
    if (seen.has(entry.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['names', index, 'name'],
        message: schemaText.popularNames.duplicateName(entry.name),
      });
    }
    seen.add(entry.name);
  });
});

export type PopularNames = z.output<typeof PopularNamesSchema>;
