/**
 * The column tree (栏目) from the site configuration: lookups, URLs, breadcrumb trails and the
 * column meta tags of docs/domain.md §1. Pure functions; pages call them with `site.columns`.
 */
import type { Column } from '../../schemas/column.ts';
import { urls } from '../urls.ts';
import { currentBase, withBase } from '../base.ts';

/** Values of the ColumnName / ColumnDescription / ColumnKeywords / ColumnType meta tags. */
export type ColumnMeta = { name: string; description: string; keywords: string[]; type: string };

export type Crumb = { label: string; href?: string | undefined };

export function flattenColumns(columns: readonly Column[]): Column[] {
  return columns.flatMap((column) => [column, ...flattenColumns(column.children ?? [])]);
}

/** The path from the top-level column down to `slug` (empty when there is no such column). */
export function columnTrail(columns: readonly Column[], slug: string): Column[] {
  for (const column of columns) {
    if (column.slug === slug) return [column];
    const below = columnTrail(column.children ?? [], slug);
    if (below.length) return [column, ...below];
  }
  return [];
}

export function findColumn(columns: readonly Column[], slug: string): Column | undefined {
  return flattenColumns(columns).find((column) => column.slug === slug);
}

/** The column served by a built-in page, by the page's address (`urls.policies()`). */
export function columnAt(columns: readonly Column[], address: string): Column | undefined {
  return flattenColumns(columns).find((column) => column.href !== undefined && columnUrl(column) === address);
}

/** The column's page: its own list, or the built-in page or outside link its `href` names. */
export function columnUrl(column: Column): string {
  return column.href === undefined ? urls.column(column.slug) : withBase(currentBase(), column.href);
}

export function columnMeta(column: Column): ColumnMeta {
  return { name: column.title, description: column.description, keywords: column.keywords, type: column.type };
}

/**
 * Breadcrumb for a page inside a column: every column of the trail, linked, then `current`
 * (正文 for a document) unlinked. For the column's own page, pass no `current`.
 */
export function columnCrumbs(columns: readonly Column[], slug: string, current?: string): Crumb[] {
  const trail = columnTrail(columns, slug);
  const crumbs: Crumb[] = trail.map((column) => ({ label: column.title, href: columnUrl(column) }));
  if (current) crumbs.push({ label: current });
  else if (crumbs.length) crumbs[crumbs.length - 1] = { label: crumbs[crumbs.length - 1]!.label };
  return crumbs;
}
