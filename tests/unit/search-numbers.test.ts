import { describe, expect, test } from 'vitest';
import {
  numberShard,
  numberShardCount,
  numberShardUrl,
  shardNumbers,
  type NumberEntry,
} from '../../src/lib/search/numbers.ts';

const entry = (number: string, kind: NumberEntry['kind'] = 'docNumber'): NumberEntry => ({
  kind,
  number,
  url: `/policies/${number}/`,
  title: number,
  type: '政策文件',
});

describe('number lookup shards', () => {
  test('a small site has one shard; larger ones a power of two with at most 32 numbers each on average', () => {
    expect(numberShardCount(0)).toBe(1);
    expect(numberShardCount(32)).toBe(1);
    expect(numberShardCount(33)).toBe(2);
    expect(numberShardCount(1000)).toBe(32);
    expect(numberShardCount(14_000)).toBe(512);
  });

  test('the shard of a number is stable and depends on its kind', () => {
    // Fixed values: the browser and the build must compute the same shard, in every release.
    expect([
      numberShard('docNumber', '柳民发〔2024〕3号', 512),
      numberShard('indexNo', '013999999/2024-00003', 512),
      numberShard('docNumber', '国务院令第649号', 64),
    ]).toMatchInlineSnapshot(`
      [
        20,
        221,
        8,
      ]
    `);
    expect(numberShard('docNumber', 'x', 1)).toBe(0);
    expect(numberShard('indexNo', '国务院令第649号', 64)).not.toBe(numberShard('docNumber', '国务院令第649号', 64));
  });

  test('every entry lands in the shard the browser will fetch, and every shard exists', () => {
    const entries = Array.from({ length: 500 }, (_, i) => entry(`柳民发〔2024〕${i + 1}号`));
    const shards = shardNumbers(entries, numberShardCount(entries.length));
    expect(shards).toHaveLength(16);
    expect(shards.flat()).toHaveLength(500);
    shards.forEach((shard, i) => {
      for (const e of shard) expect(numberShard(e.kind, e.number, 16)).toBe(i);
    });
    // Spread evenly enough that no shard is several times the average.
    expect(Math.max(...shards.map((s) => s.length))).toBeLessThan(3 * (500 / 16));
    expect(numberShardUrl(7)).toBe('/search/numbers/7.json');
  });
});
