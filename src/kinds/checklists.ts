/**
 * 权责清单 and the community lists: `content/checklists/<name>.yaml`. Flat: a list's id is its
 * file name, which its data-export addresses use.
 */
import { ChecklistSchema } from '../schemas/checklist.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
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
});
