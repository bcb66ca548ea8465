/**
 * What the program knows about a kind of content, declared once per kind (./policies.ts …) and
 * listed in ./index.ts. The check's table of files and schemas, the addresses the link check
 * knows, the titles the page check expects, the 信息公开目录, the link check's bodies and the
 * browser editor are all derived from the list; a field left out of a descriptor fails the type
 * check. Page templates under src/pages/ take their paths from it too (./routes.ts, kindPaths).
 */
import type { z } from 'astro/zod';
import type { SiteConfig } from '../schemas/site.ts';
import type { ChecklistKind } from '../schemas/vocabulary.ts';

/** An entry as Astro (`CollectionEntry`) and the check (`LoadedEntry`) both hold it. */
export type KindEntry<S extends z.ZodType = z.ZodType> = { readonly id: string; readonly data: z.output<S> };

export interface ContentKind<N extends string = string, S extends z.ZodType = z.ZodType> {
  /** The collection's name: Astro's collection, the check's `entries` key, the catalogue's type slug. */
  readonly name: N;
  /** Folder under content/. */
  readonly folder: string;
  /** Which files of the folder are entries, as Astro's glob loader reads it; without `**` the folder is flat. */
  readonly pattern: string;
  readonly schema: S;
  /** The Chinese name readers and editors know (catalogue 类型, editor). */
  readonly label: string;
  /**
   * The page each entry has, and the title that page must show (`<title>`, ArticleTitle, `<h1>`;
   * src/lib/integrity/pages.ts). `undefined` for an entry without a page of its own (a bulletin of
   * a series the site does not configure). Kinds whose pages are not one per entry (the
   * regulations library: one page per law) leave it out and list their pages themselves.
   */
  readonly page?: {
    url: (entry: KindEntry<S>, site: SiteConfig) => string | undefined;
    title: (entry: KindEntry<S>) => string;
  };
  /** In the 信息公开目录 when an entry has a 索引号: who published it and on which day. */
  readonly catalogue?: {
    issuer: (entry: KindEntry<S>, site: SiteConfig) => string;
    date: (entry: KindEntry<S>) => string;
  };
  /** Whether the Markdown body's links are checked (src/lib/content/links.ts). */
  readonly bodyLinks: boolean;
  /** The browser editor's collection (src/lib/cms/config.ts). */
  readonly editor: {
    /** Where new files go inside the folder (`{{year}}/{{slug}}`); absent: in the folder itself. */
    readonly path?: string;
    readonly format: 'frontmatter' | 'yaml';
    readonly extension: 'md' | 'yaml';
    /** A Markdown body (正文) after the fields. */
    readonly body: boolean;
    /** Fields whose values come from content/site.yaml, offered as selects. */
    readonly choices?: (site: SiteConfig) => Record<string, string[]>;
  };
  /** How `npm run new` starts a file of the kind; absent: it does not. */
  readonly scaffold?: ScaffoldSpec;
}

/** What `npm run new` was asked for (flags or answers). */
export type ScaffoldInput = {
  /** The scaffold's command: `policy`, `bulletin` … */
  kind: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`; defaults to today in the caller. */
  date: string;
  /** File name without extension; defaults to one made from the date. */
  slug?: string | undefined;
  series?: string | undefined;
  column?: string | undefined;
  topic?: string | undefined;
  interprets?: string | undefined;
  checklistKind?: ChecklistKind | undefined;
  year?: number | undefined;
};

/** What a scaffold reads: the site and its entries (the check's LoadedSite fits). */
export type ScaffoldSource = {
  site: SiteConfig;
  entries: { readonly [name: string]: readonly KindEntry[] | undefined };
};

/** A question `npm run new` asks for a kind (or takes from its flag). */
export type ScaffoldQuestion = {
  /** The input it fills. */
  input: 'series' | 'column' | 'topic' | 'interprets' | 'checklistKind' | 'slug';
  /** The command-line flag, without dashes. */
  flag: string;
  message: string;
  /** The choices of a select; absent: free text. */
  options?: (source: ScaffoldSource) => { value: string; label: string }[];
  /** Without a terminal the flag is required, with this message. */
  requiredWithoutTerminal?: string;
  /** Checks an answer; returns the message for a wrong one. */
  check?: (value: string) => string | undefined;
  placeholder?: string;
};

/** How `npm run new` starts a file of the kind. */
export type ScaffoldSpec = {
  /** `npm run new -- <command>`. */
  command: string;
  /** The name in the help text and the picker. */
  label: string;
  /** Its place in the help text and the picker. */
  order: number;
  questions?: readonly ScaffoldQuestion[];
  /** The new file's id inside the kind's folder, its data and its body (default: a placeholder). */
  make: (
    source: ScaffoldSource,
    input: ScaffoldInput,
    when: { year: number; day: string; slug: string },
  ) => { id: string; data: Record<string, unknown>; body?: string };
};

/** Declares a kind, keeping its name and schema types for the derived tables. */
export function defineKind<const N extends string, S extends z.ZodType>(kind: ContentKind<N, S>): ContentKind<N, S> {
  return kind;
}
