/** 工作简报: `content/bulletins/<year>/<name>.md`, at /bulletins/<series>/<year>/<issue>/. */
import { BulletinSchema } from '../schemas/bulletin.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { urls } from '../lib/urls.ts';
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
});
