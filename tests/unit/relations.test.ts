import { describe, expect, test } from 'vitest';
import { buildRelations, supersessionCycles } from '../../src/lib/documents/relations.ts';

describe('relations between policies', () => {
  const graph = buildRelations([
    {
      id: 'new',
      relations: [
        { type: '废止', target: 'old' },
        { type: '依据', target: 'law' },
      ],
    },
    { id: 'old', replacedBy: 'new' },
    { id: 'older', replacedBy: 'old' },
    { id: 'amendment', relations: [{ type: '修订', target: 'rules' }] },
    { id: 'rules' },
    { id: 'law' },
  ]);

  test('each side sees the relation: outgoing on the source, incoming on the target', () => {
    expect(graph.outgoing('new')).toEqual([
      { from: 'new', to: 'old', type: '废止' },
      { from: 'new', to: 'law', type: '依据' },
    ]);
    expect(graph.incoming('old')).toEqual([{ from: 'new', to: 'old', type: '废止' }]);
    expect(graph.incoming('law')).toEqual([{ from: 'new', to: 'law', type: '依据' }]);
    expect(graph.incoming('rules')).toEqual([{ from: 'amendment', to: 'rules', type: '修订' }]);
  });

  test('replacedBy counts as 替代 from the replacement, once', () => {
    expect(graph.incoming('older')).toEqual([{ from: 'old', to: 'older', type: '替代' }]);
    // `old` says replacedBy: new, and `new` already says it repeals `old`: one edge, not two.
    expect(graph.edges.filter((e) => e.from === 'new' && e.to === 'old')).toHaveLength(1);
  });

  test('no cycles in a sound history', () => {
    expect(supersessionCycles(graph.edges)).toEqual([]);
  });
});

describe('cycles of replacement', () => {
  test('two documents replacing each other', () => {
    const { edges } = buildRelations([
      { id: 'b', replacedBy: 'a' },
      { id: 'a', replacedBy: 'b' },
    ]);
    expect(supersessionCycles(edges)).toEqual([['a', 'b']]);
  });

  test('a longer loop through different relation types', () => {
    const { edges } = buildRelations([
      { id: 'c', relations: [{ type: '废止', target: 'a' }] },
      { id: 'a', relations: [{ type: '替代', target: 'b' }] },
      { id: 'b', relations: [{ type: '修订', target: 'c' }] },
    ]);
    expect(supersessionCycles(edges)).toEqual([['a', 'b', 'c']]);
  });

  test('依据 in both directions is not a replacement cycle', () => {
    const { edges } = buildRelations([
      { id: 'a', relations: [{ type: '依据', target: 'b' }] },
      { id: 'b', relations: [{ type: '依据', target: 'a' }] },
    ]);
    expect(supersessionCycles(edges)).toEqual([]);
  });

  test('a document replacing itself', () => {
    const { edges } = buildRelations([{ id: 'a', relations: [{ type: '替代', target: 'a' }] }]);
    expect(supersessionCycles(edges)).toEqual([['a']]);
  });
});

describe('relations read as a reader would follow them', () => {
  test('a relation stated twice, or stated and implied by replacedBy, is one edge; a second type between the same two documents is kept', () => {
    const { edges, outgoing, incoming } = buildRelations([
      {
        id: 'new',
        relations: [
          { target: 'old', type: '替代' },
          { target: 'old', type: '替代' },
          { target: 'old', type: '修订' },
        ],
      },
      { id: 'old', replacedBy: 'new' },
      { id: 'other', replacedBy: 'new' },
    ]);
    expect(edges).toEqual([
      { from: 'new', to: 'old', type: '替代' },
      { from: 'new', to: 'old', type: '修订' },
      { from: 'new', to: 'other', type: '替代' },
    ]);
    expect(outgoing('new').map((e) => e.to)).toEqual(['old', 'old', 'other']);
    expect(incoming('old').map((e) => e.type)).toEqual(['替代', '修订']);
    expect(incoming('nobody')).toEqual([]);
  });

  test('a cycle of three is reported once, from its smallest id, however it is entered', () => {
    for (const order of [
      ['c', 'a', 'b'],
      ['b', 'c', 'a'],
    ]) {
      const next: Record<string, string> = { a: 'b', b: 'c', c: 'a' };
      const { edges } = buildRelations(
        order.map((id) => ({ id, relations: [{ target: next[id]!, type: '废止' as const }] })),
      );
      expect(supersessionCycles(edges)).toEqual([['a', 'b', 'c']]);
    }
    // 依据 does not put anything out of force: no cycle.
    const { edges } = buildRelations([
      { id: 'a', relations: [{ target: 'b', type: '依据' as const }] },
      { id: 'b', relations: [{ target: 'a', type: '修订' as const }] },
    ]);
    expect(supersessionCycles(edges)).toEqual([]);
  });
});
