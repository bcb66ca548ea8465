/** 政策解读: `content/interpretations/<year>/<name>.md`, each explaining one policy. */
import { InterpretationSchema } from '../schemas/interpretation.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { scaffoldText } from '../i18n/scaffold.ts';
import { urls } from '../lib/urls.ts';
import type { PolicySchema } from '../schemas/policy.ts';
import type { KindEntry } from './types.ts';
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
  scaffold: {
    command: 'interpretation',
    label: '政策解读',
    order: 2,
    questions: [
      {
        input: 'interprets',
        flag: 'interprets',
        message: '解读哪一个政策文件？',
        options: ({ entries }) =>
          ((entries['policies'] ?? []) as readonly KindEntry<typeof PolicySchema>[]).map((p) => ({
            value: p.id,
            label: p.data.title,
          })),
      },
    ],
    make: ({ site, entries }, input, { year, slug }) => {
      const interprets = input.interprets ?? entries['policies']?.[0]?.id;
      if (!interprets) throw new Error(scaffoldText.noPolicyToInterpret);
      return {
        id: `${year}/${slug}`,
        data: { title: input.title, interprets, form: '文字', author: site.publisher, publishDate: input.date },
      };
    },
  },
});
