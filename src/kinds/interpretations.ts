/** 政策解读: `content/interpretations/<year>/<name>.md`, each explaining one policy. */
import { InterpretationSchema } from '../schemas/interpretation.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
import { defineKind } from './types.ts';

export const interpretations = defineKind({
  name: 'interpretations',
  folder: 'interpretations',
  pattern: '**/*.{md,mdx}',
  schema: InterpretationSchema,
  label: collectionLabels.interpretations,
  page: { url: (entry) => urls.interpretation(entry.id), title: (entry) => entry.data.title },
  catalogue: {
    issuer: (entry, site) => entry.data.publisher ?? site.publisher,
    date: (entry) => entry.data.publishDate,
  },
  bodyLinks: true,
  editor: { path: '{{year}}/{{slug}}', format: 'frontmatter', extension: 'md', body: true },
});
