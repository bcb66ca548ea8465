/** 工作简报: `content/bulletins/<year>/<name>.md`, at /bulletins/<series>/<year>/<issue>/. */
import { BulletinSchema } from '../schemas/bulletin.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
import { bulletinsOf, nextBulletinNumber } from './scaffolding.ts';
import { defineKind } from './types.ts';

/** The address slug of a configured series; `undefined` for a series the site does not have. */
export function seriesSlug(site: SiteConfig, series: string): string | undefined {
  return site.bulletinSeries.find((s) => s.name === series)?.slug;
}

export const bulletins = defineKind({
  name: 'bulletins',
  folder: 'bulletins',
  pattern: '**/*.{md,mdx}',
  schema: BulletinSchema,
  label: collectionLabels.bulletins,
  page: {
    url: (entry, site) => {
      const slug = seriesSlug(site, entry.data.series);
      const { year, issue, supplement } = entry.data;
      return slug ? urls.bulletin(slug, year, issue, supplement) : undefined;
    },
    title: (entry) => entry.data.title,
  },
  bodyLinks: true,
  editor: {
    path: '{{year}}/{{slug}}',
    format: 'frontmatter',
    extension: 'md',
    body: true,
    choices: (site) => ({ series: site.bulletinSeries.map((s) => s.name) }),
  },
  scaffold: {
    command: 'bulletin',
    label: '工作简报',
    order: 3,
    questions: [
      {
        input: 'series',
        flag: 'series',
        message: '简报',
        options: ({ site }) => site.bulletinSeries.map((s) => ({ value: s.name, label: s.name })),
      },
    ],
    make: (source, input, { year, day }) => {
      const { site } = source;
      const series = input.series ?? site.bulletinSeries[0]!.name;
      const { issue, totalIssue } = nextBulletinNumber(source, series, year);
      const latest = bulletinsOf(source)
        .filter((b) => b.data.series === series)
        .sort((a, b) => a.data.date.localeCompare(b.data.date))
        .at(-1);
      return {
        id: `${year}/${input.slug ?? String(issue).padStart(2, '0')}`,
        data: {
          series,
          title: input.title,
          year,
          issue,
          ...(totalIssue !== undefined ? { totalIssue } : {}),
          date: day,
          editingUnit: latest?.data.editingUnit ?? site.publisher,
          ...(latest?.data.editor ? { editor: latest.data.editor } : {}),
        },
      };
    },
  },
});
