/** Articles of the site's own columns: `content/articles/<column>/<name>.md`. */
import { ArticleSchema } from '../schemas/article.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { scaffoldText } from '../i18n/scaffold.ts';
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
  scaffold: {
    command: 'article',
    label: '栏目文章',
    order: 5,
    questions: [
      {
        input: 'column',
        flag: 'column',
        message: '栏目',
        options: ({ site }) =>
          flattenColumns(site.columns)
            .filter((c) => !c.href)
            .map((c) => ({ value: c.slug, label: c.title })),
      },
    ],
    make: ({ site }, input, { slug }) => {
      const column = input.column ?? flattenColumns(site.columns).find((c) => !c.href)?.slug;
      if (!column) throw new Error(scaffoldText.noArticleColumn);
      return { id: `${column}/${slug}`, data: { title: input.title, column, publishDate: input.date } };
    },
  },
});
