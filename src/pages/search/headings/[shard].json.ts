/**
 * The shards of the regulations' headings by word (src/lib/search/headings.ts): a question fetches
 * the shards of its words only. Every shard is written, empty or not.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headingShards } from '../../../data/searchHeadings.ts';
import { withCacheKey } from '../../../data/cacheKey.ts';
import type { HeadingShard } from '../../../lib/search/headings.ts';

export const getStaticPaths = (async () =>
  withCacheKey(
    (await headingShards()).map((shard, i) => ({ params: { shard: String(i) }, props: { shard } })),
    { dependsOn: () => [] },
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: HeadingShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'content-type': 'application/json; charset=utf-8' } });
