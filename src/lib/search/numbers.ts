/**
 * Exact lookup of document numbers (文号, order numbers such as 国务院令第649号) and 索引号.
 *
 * Every document has a number of its own, so as Pagefind filters they were the largest part of
 * what a first search downloaded (10,000 values each, all loaded to count the facets). Instead,
 * the build writes the numbers into small JSON shards (`/search/numbers/<shard>.json`, written by
 * src/pages/search/numbers/[shard].json.ts from src/data/numbers.ts); the search page computes
 * which shard a typed number is in and fetches that one file, a few KB, without the index.
 * Runs in the browser and at build time, so the two always agree.
 */

/** Which kind of number a query was read as (src/lib/search/query.ts). */
export type NumberKind = 'docNumber' | 'indexNo';

/** One document a number leads to: everything its search result shows. */
export type NumberEntry = {
  kind: NumberKind;
  /** The number in canonical form (what planQuery returns for any way of typing it). */
  number: string;
  url: string;
  title: string;
  /** Kind of document, as in the 类型 facet (政策文件). */
  type: string;
  issuer?: string | undefined;
  /** `YYYY-MM-DD`. */
  date?: string | undefined;
  /** 效力状态, for documents that have one. */
  status?: string | undefined;
};

/** Numbers per shard the build aims at: about 5 KB of JSON, 1–2 KB compressed. */
const PER_SHARD = 32;

/** How many shards for this many numbers: a power of two, one shard for a small site. */
export function numberShardCount(numbers: number): number {
  let shards = 1;
  while (shards * PER_SHARD < numbers) shards *= 2;
  return shards;
}

/** The shard a number is in: FNV-1a over its UTF-16 code units, modulo the shard count. */
export function numberShard(kind: NumberKind, number: string, shards: number): number {
  const key = `${kind}:${number}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** Groups entries into `shards` lists; a shard with no entries is an empty list (still written). */
export function shardNumbers(entries: NumberEntry[], shards: number): NumberEntry[][] {
  const out: NumberEntry[][] = Array.from({ length: shards }, () => []);
  for (const entry of entries) out[numberShard(entry.kind, entry.number, shards)]!.push(entry);
  return out;
}

/** The URL of a shard; the path the endpoint is built at. */
export function numberShardUrl(shard: number): string {
  return `/search/numbers/${shard}.json`;
}
