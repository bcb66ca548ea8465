/**
 * Every kind of content, in the order the check reads them and the editor lists them. A new
 * kind is a descriptor (./types.ts) with its schema, added here and to src/content.config.ts
 * (whose table must name every kind), plus its page templates under src/pages/, whose
 * `getStaticPaths` read the descriptor's addresses (./routes.ts).
 */
import { policies } from './policies.ts';
import { interpretations } from './interpretations.ts';
import { checklists } from './checklists.ts';
import { bulletins } from './bulletins.ts';
import { articles } from './articles.ts';
import { guides } from './guides.ts';
import { annualReports } from './annualReports.ts';
import { regulations } from './regulations.ts';
import type { ContentKind, KindEntry } from './types.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { compareDates } from '../lib/dates.ts';

export const kinds = [
  policies,
  interpretations,
  checklists,
  bulletins,
  articles,
  guides,
  annualReports,
  regulations,
] as const;

export type Kind = (typeof kinds)[number];
export type KindName = Kind['name'];

/** The kinds by name. */
export const kindByName = Object.fromEntries(kinds.map((kind) => [kind.name, kind])) as {
  [K in Kind as K['name']]: K;
};

/** Entries of every kind, as Astro or the check holds them. */
export type KindEntries = { readonly [N in KindName]: readonly KindEntry<(typeof kindByName)[N]['schema']>[] };

/** A page a kind's entry has, with the title it must show. */
export type EntryPage = { kind: KindName; url: string; title: string };

/** Every entry's own page (the regulations library lists its pages itself). */
export function entryPages(
  entries: Partial<KindEntries>,
  site: SiteConfig,
  list: readonly ContentKind[] = kinds,
): EntryPage[] {
  return list.flatMap((kind) => {
    const page = kind.page;
    if (!page) return [];
    return (entries[kind.name as KindName] ?? []).flatMap((entry) => {
      const url = page.url(entry, site);
      return url ? [{ kind: kind.name as KindName, url, title: page.title(entry) }] : [];
    });
  });
}

/** A row of the 信息公开目录. */
export type CatalogueItem = {
  indexNo: string;
  title: string;
  issuer: string;
  date: string;
  /** The kind's name, also its slug under /catalogue/type/. */
  type: string;
  typeLabel: string;
  url: string;
};

/** The 信息公开目录: every entry with a 索引号 of a catalogued kind, newest first, then by 索引号. */
export function catalogueRows(
  entries: Partial<KindEntries>,
  site: SiteConfig,
  list: readonly ContentKind[] = kinds,
): CatalogueItem[] {
  return list
    .flatMap((kind) => {
      const { page, catalogue } = kind;
      if (!page || !catalogue) return [];
      return (entries[kind.name as KindName] ?? []).flatMap((entry): CatalogueItem[] => {
        const indexNo = (entry.data as { indexNo?: string }).indexNo;
        const url = page.url(entry, site);
        if (!indexNo || !url) return [];
        const row = {
          indexNo,
          title: page.title(entry),
          issuer: catalogue.issuer(entry, site),
          date: catalogue.date(entry),
        };
        return [{ ...row, type: kind.name, typeLabel: kind.label, url }];
      });
    })
    .sort((a, b) => compareDates(b.date, a.date) || a.indexNo.localeCompare(b.indexNo));
}
