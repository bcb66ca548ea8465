/**
 * The exact-lookup shards for document numbers and 索引号 (src/lib/search/numbers.ts): a reader
 * who types a number fetches only the shard it is in. Every shard is written, empty or not, so
 * a number no document has gives an empty list, not a 404.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { numberEntries } from '../../../data/numbers.ts';
import { withCacheKey } from '../../../data/cacheKey.ts';
import { numberShardCount, shardNumbers, type NumberEntry } from '../../../lib/search/numbers.ts';

export const getStaticPaths = (async () => {
  const entries = await numberEntries();
  return withCacheKey(
    shardNumbers(entries, numberShardCount(entries.length)).map((shard, i) => ({
      params: { shard: String(i) },
      props: { shard },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: NumberEntry[] }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'content-type': 'application/json; charset=utf-8' } });
