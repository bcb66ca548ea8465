/**
 * A member's search records (站群, docs/site-groups.md): what the portal's one search across the
 * group needs of each document page, read from the page itself as Pagefind reads it — the
 * `data-pagefind-body`, its first `<h1>`, and the `data-pagefind-filter`, `-meta` and `-sort`
 * pairs the page's components wrote (src/components/SearchFacets.astro) — by the page check,
 * from the tree it has already parsed. What is published is what was checked.
 *
 * A record holds the title, the summary (`<meta name="description">`) and the facets, not the
 * whole text: the portal indexes every member's documents, 20 members × 5,000 and more.
 */
import type { Element, Nodes, Root } from 'hast';
import { textOf } from '../guard/documents.ts';
import { searchKeys } from '../../i18n/search.ts';

export const RECORDS_FILE = 'search/records.json';

/** One document as Pagefind's `addCustomRecord` takes it (`url` under the site's prefix). */
export type SearchRecord = {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
};

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `key:value` as Pagefind reads it: the first colon splits. */
function pair(value: unknown): [string, string] | undefined {
  if (typeof value !== 'string') return undefined;
  const at = value.indexOf(':');
  return at > 0 ? [value.slice(0, at).trim(), value.slice(at + 1).trim()] : undefined;
}

function find(node: Nodes, test: (element: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if ('children' in node)
    for (const child of node.children) {
      const found = find(child as Nodes, test);
      if (found) return found;
    }
  return undefined;
}

/** The record of a page with a `data-pagefind-body`; undefined for pages search does not index. */
export function searchRecord(tree: Root, url: string): SearchRecord | undefined {
  const body = find(tree, (element) => element.properties['dataPagefindBody'] !== undefined);
  if (!body) return undefined;
  const heading = find(body, (element) => element.tagName === 'h1');
  const title = heading ? clean(textOf(heading)) : '';
  const description = find(
    tree,
    (element) => element.tagName === 'meta' && element.properties['name'] === 'description',
  )?.properties['content'];
  const record: SearchRecord = { url, content: '', meta: { title }, filters: {}, sort: {} };
  const walk = (node: Nodes) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const filter = pair(node.properties['dataPagefindFilter']);
      if (filter) (record.filters[filter[0]] ??= []).push(filter[1]);
      const meta = pair(node.properties['dataPagefindMeta']);
      if (meta) record.meta[meta[0]] = meta[1];
      const sort = pair(node.properties['dataPagefindSort']);
      if (sort) record.sort[sort[0]] = sort[1];
    }
    for (const child of node.children) walk(child as Nodes);
  };
  walk(body);
  // What a searcher may type: the title, the summary, the numbers and who issued it.
  record.content = [
    title,
    typeof description === 'string' ? clean(description) : '',
    record.meta[searchKeys.docNumber],
    record.meta[searchKeys.indexNo],
    ...(record.filters[searchKeys.issuer] ?? []),
  ]
    .filter(Boolean)
    .join(' ');
  return record;
}
