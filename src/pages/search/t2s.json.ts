/**
 * Traditional → simplified characters for the search box (婚姻登記 finds 婚姻登记), from the
 * TSCharacters dictionary of OpenCC's JavaScript port (opencc-js). Fetched by the search page
 * only when a query has Chinese characters; about 15 KB compressed.
 *
 * Only that dictionary: the regional-variant ones also map simplified characters (么 → 幺),
 * which would break ordinary queries.
 */
import type { APIRoute } from 'astro';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** OpenCC dictionaries are `from to[ to…]|from to…`; the first target is the usual one. */
export function t2sMap(dictionary: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from !== to && [...from].length === 1) map[from] = to;
  }
  return map;
}

export const GET: APIRoute = () =>
  new Response(JSON.stringify(t2sMap(TSCharacters)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
