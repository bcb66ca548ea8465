/**
 * 权责清单 and the community lists: `content/checklists/<name>.yaml`. Flat: a list's id is its
 * file name, which its data-export addresses use.
 */
import { ChecklistSchema } from '../schemas/checklist.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { scaffoldText } from '../i18n/scaffold.ts';
import { urls } from '../lib/urls.ts';
import { checklistKindValues, type ChecklistKind } from '../schemas/vocabulary.ts';
import { defineKind } from './types.ts';

export const checklists = defineKind({
  name: 'checklists',
  folder: 'checklists',
  pattern: '*.{yaml,yml}',
  schema: ChecklistSchema,
  label: collectionLabels.checklists,
  page: { url: (entry) => urls.checklist(entry.id), title: (entry) => entry.data.title },
  catalogue: { issuer: (entry) => entry.data.issuers.join('、'), date: (entry) => entry.data.publishDate },
  bodyLinks: false,
  editor: { format: 'yaml', extension: 'yaml', body: false },
  scaffold: {
    command: 'checklist',
    label: '权责清单/事项清单',
    order: 4,
    questions: [
      {
        input: 'checklistKind',
        flag: 'kind',
        message: '清单类型',
        options: () => checklistKindValues.map((k) => ({ value: k, label: k })),
        check: (value) =>
          checklistKindValues.includes(value as ChecklistKind)
            ? undefined
            : scaffoldText.badChecklistKind(checklistKindValues),
      },
      {
        input: 'slug',
        flag: 'slug',
        message: '文件名（英文字母、数字和横线）',
        placeholder: 'quanze-2027',
        requiredWithoutTerminal: scaffoldText.checklistSlugRequired,
      },
    ],
    make: ({ site }, input, { day, slug }) => {
      const kind = input.checklistKind ?? '权责清单';
      const item: Record<string, unknown> = { code: 'ITEM-01', name: '（请填写事项名称）' };
      if (kind === '权责清单') item['powerType'] = '行政许可';
      if (kind !== '居委会依法履职事项') item['basis'] = [{ law: '（请填写法律法规名称）', article: '第一条' }];
      if (kind !== '权责清单') item['category'] = '（请填写类别）';
      if (kind === '协助政府工作事项') item['department'] = site.publisher;
      return {
        id: slug,
        data: {
          title: input.title,
          kind,
          issuers: [site.publisher],
          effectiveDate: day,
          publishDate: input.date,
          items: [item],
        },
      };
    },
  },
});
