/** Articles of the site's own columns: `content/articles/<column>/<name>.md`. */
import { ArticleSchema } from '../schemas/article.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
import { flattenColumns } from '../lib/documents/columns.ts';
import { defineKind } from './types.ts';

export const articles = defineKind({
  name: 'articles',
  folder: 'articles',
  pattern: '**/*.{md,mdx}',
  schema: ArticleSchema,
  label: collectionLabels.articles,
  page: { url: (entry) => urls.article(entry.id), title: (entry) => entry.data.title },
  catalogue: { issuer: (entry, site) => entry.data.source ?? site.publisher, date: (entry) => entry.data.publishDate },
  bodyLinks: true,
  editor: {
    path: '{{fields.column}}/{{slug}}',
    format: 'frontmatter',
    extension: 'md',
    body: true,
    choices: (site) => ({
      column: flattenColumns(site.columns)
        .filter((c) => !c.href)
        .map((c) => c.slug),
    }),
  },
});
