/** 办事指南: `content/guides/<topic>/<name>.md`, at /guides/<topic>/<name>/. */
import { GuideSchema } from '../schemas/guide.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { guideUrl } from '../lib/documents/guides.ts';
import { defineKind } from './types.ts';

export const guides = defineKind({
  name: 'guides',
  folder: 'guides',
  pattern: '**/*.{md,mdx}',
  schema: GuideSchema,
  label: collectionLabels.guides,
  page: { url: (entry) => guideUrl(entry.id, entry.data.topic), title: (entry) => entry.data.title },
  catalogue: {
    issuer: (entry, site) => entry.data.department ?? site.publisher,
    date: (entry) => entry.data.publishDate,
  },
  bodyLinks: true,
  editor: {
    path: '{{fields.topic}}/{{slug}}',
    format: 'frontmatter',
    extension: 'md',
    body: true,
    choices: (site) => ({ topic: site.guideTopics.map((t) => t.slug) }),
  },
});
