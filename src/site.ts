/**
 * The site configuration (content/site.yaml) and "today", for pages and components.
 * Both are read once per build. An invalid configuration has already stopped the build in the
 * content check (src/integrations/gongkai.ts); the throw here is a last guard.
 */
import { GROUP_RECORDS_ENV } from './lib/base.ts';
import { loadOrganisation, loadSiteConfig } from './lib/content/load.ts';
import { sitePaths } from './lib/content/paths.ts';
import { formatProblem } from './lib/content/problems.ts';
import { siteToday } from './lib/dates.ts';
import type { SiteConfig } from './schemas/site.ts';
import type { Organisation } from './schemas/organisation.ts';
import {
  columnAt,
  columnCrumbs,
  columnMeta,
  columnTrail,
  columnUrl,
  type ColumnMeta,
  type Crumb,
} from './lib/documents/columns.ts';

function load(): SiteConfig {
  const { site, problems } = loadSiteConfig(sitePaths());
  if (!site) throw new Error(problems.map(formatProblem).join('\n'));
  return site;
}

export const site: SiteConfig = load();

/** Today in the site's time zone (`GONGKAI_NOW` sets the clock, `GONGKAI_TODAY` pins the day: ./lib/dates.ts). */
export const today: string = siteToday(site.timeZone);

/**
 * The portal of a site group searches every member's documents too (GONGKAI_GROUP_RECORDS, set by
 * build:group): its own documents are then filed under its name in the 部门 facet.
 */
export const groupDepartment: string | undefined = process.env[GROUP_RECORDS_ENV] ? site.name : undefined;

/** content/organisation.yaml (checked with the rest of the content), if the site has one. */
export const organisation: Organisation | undefined = loadOrganisation(sitePaths()).organisation;

/**
 * The column served by a built-in page (`/policies/` …): its meta tags and breadcrumb trail.
 * A site whose configuration has no such column still gets sensible values from `fallback`.
 */
export function builtInColumn(href: string, fallback: { title: string; type: string; description: string }) {
  const column = columnAt(site.columns, href);
  const meta: ColumnMeta = column
    ? columnMeta(column)
    : { name: fallback.title, description: fallback.description, keywords: [fallback.title], type: fallback.type };
  /** Crumbs for the column page itself (no `current`) or for a page inside it (`current`, e.g. 正文). */
  const crumbs = (current?: string, extra: Crumb[] = []): Crumb[] => {
    const base = column ? columnCrumbs(site.columns, column.slug) : [{ label: fallback.title }];
    if (!current && extra.length === 0) return base;
    const linked = column
      ? columnTrail(site.columns, column.slug).map((c) => ({ label: c.title, href: columnUrl(c) }))
      : [{ label: fallback.title, href }];
    return [...linked, ...extra, ...(current ? [{ label: current }] : [])];
  };
  return { column, meta, crumbs };
}
