/** 政策文件: `content/policies/<year>/<name>.md`, each at /policies/<id>/. */
import { PolicySchema } from '../schemas/policy.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
import { allTopics } from '../lib/topics.ts';
import { nextIndexNo } from './scaffolding.ts';
import { defineKind } from './types.ts';

export const policies = defineKind({
  name: 'policies',
  folder: 'policies',
  pattern: '**/*.{md,mdx}',
  schema: PolicySchema,
  label: collectionLabels.policies,
  page: { url: (entry) => urls.policy(entry.id), title: (entry) => entry.data.title },
  catalogue: { issuer: (entry) => entry.data.issuers.join('、'), date: (entry) => entry.data.publishDate },
  bodyLinks: true,
  editor: {
    path: '{{year}}/{{slug}}',
    format: 'frontmatter',
    extension: 'md',
    body: true,
    choices: (site) => ({ topic: allTopics(site.topics) }),
  },
  scaffold: {
    command: 'policy',
    label: '政策文件',
    order: 1,
    questions: [
      {
        input: 'topic',
        flag: 'topic',
        message: '主题分类',
        options: ({ site }) => allTopics(site.topics).map((t) => ({ value: t, label: t })),
      },
    ],
    make: ({ site, entries }, input, { year, day, slug }) => ({
      id: `${year}/${slug}`,
      data: {
        title: input.title,
        indexNo: nextIndexNo({ entries }, site, year, Number(day.slice(5, 7))),
        issuers: [site.publisher],
        writtenDate: day,
        publishDate: input.date,
        topic: input.topic ?? allTopics(site.topics)[0] ?? '',
        genre: '通知',
      },
    }),
  },
});
