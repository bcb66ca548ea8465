/**
 * The `getStaticPaths` of a kind's page template, read from the one address the kind declares
 * (`page.url` in its descriptor): the template names its route pattern, and the parameters are
 * taken out of each entry's address. The address is written once; the links, feeds, catalogue,
 * page check and the page itself all use it, so a template cannot put a page elsewhere
 * (model: Starlight's one `getRoutes()` feeding every `getStaticPaths`).
 */
import type { SiteConfig } from '../schemas/site.ts';
import type { z } from 'astro/zod';
import type { ContentKind, KindEntry } from './types.ts';
import { currentBase, withoutBase } from '../lib/base.ts';

/** A page's parameters, as Astro passes them to the template (decoded). */
export type RouteParams = Record<string, string>;

/**
 * The parameters of `url` under a route pattern such as `/bulletins/[series]/[year]/[issue]/` or
 * `/policies/[...id]/`; `undefined` when the address does not fit the pattern.
 */
export function routeParams(route: string, url: string): RouteParams | undefined {
  const names: string[] = [];
  const source = route
    .split(/(\[(?:\.\.\.)?[A-Za-z]\w*\])/)
    .map((part) => {
      const param = /^\[(\.\.\.)?(\w+)\]$/.exec(part);
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[2]!);
      return param[1] ? '(.+?)' : '([^/]+)';
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(url);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}

/**
 * One path per item whose entry has a page: its parameters under `route`, and the item. `items`
 * are the entries themselves or views holding them (`entryOf`). An address that does not fit
 * the template's route is a programming error and stops the build, naming both.
 */
export function kindPaths<S extends z.ZodType, T>(
  kind: ContentKind<string, S>,
  route: string,
  items: readonly T[],
  entryOf: (item: T) => KindEntry<S>,
  site: SiteConfig,
): { params: RouteParams; item: T }[] {
  const { page } = kind;
  if (!page) throw new Error(`${kind.name} has no page in its descriptor (src/kinds/)`);
  return items.flatMap((item) => {
    const url = page.url(entryOf(item), site);
    if (url === undefined) return [];
    // The route is the site's own, from its root; the address is under the site's prefix.
    const params = routeParams(route, withoutBase(currentBase(), url) ?? url);
    if (!params)
      throw new Error(`The address ${url} of a ${kind.name} entry does not fit its template's route ${route}`);
    return [{ params, item }];
  });
}
