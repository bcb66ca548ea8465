/** 政策文件: `content/policies/<year>/<name>.md`, each at /policies/<id>/. */
import { PolicySchema } from '../schemas/policy.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
import { allTopics } from '../lib/topics.ts';
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
});
