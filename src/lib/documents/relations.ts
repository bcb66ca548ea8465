/**
 * Relations between policies as a graph: what each document does to others (修订, 废止, 替代,
 * 依据) and, computed from that, what others do to it. `replacedBy` on an old document counts as
 * a 替代 relation from its replacement, unless that document already names the old one.
 */
import type { RelationType } from '../../schemas/relation.ts';

export type RelationEdge = { from: string; to: string; type: RelationType };

export type RelationSource = {
  id: string;
  replacedBy?: string | undefined;
  relations?: { type: RelationType; target: string }[] | undefined;
};

export type RelationGraph = {
  edges: RelationEdge[];
  /** What `id` does to other documents. */
  outgoing: (id: string) => RelationEdge[];
  /** What other documents do to `id`. */
  incoming: (id: string) => RelationEdge[];
};

/** Relation types that put a document out of force, in whole or in part. */
export const SUPERSEDING: readonly RelationType[] = ['修订', '废止', '替代'];

export function buildRelations(documents: readonly RelationSource[]): RelationGraph {
  const edges: RelationEdge[] = [];
  const seen = new Set<string>();
  const add = (edge: RelationEdge) => {
    const key = `${edge.from}→${edge.to}`;
    if (seen.has(`${key}:${edge.type}`)) return;
    seen.add(`${key}:${edge.type}`);
    seen.add(key);
    edges.push(edge);
  };
  for (const doc of documents) for (const r of doc.relations ?? []) add({ from: doc.id, to: r.target, type: r.type });
  for (const doc of documents) {
    if (doc.replacedBy && !seen.has(`${doc.replacedBy}→${doc.id}`))
      add({ from: doc.replacedBy, to: doc.id, type: '替代' });
  }
  const by = (key: 'from' | 'to') => {
    const map = new Map<string, RelationEdge[]>();
    for (const edge of edges) map.set(edge[key], [...(map.get(edge[key]) ?? []), edge]);
    return (id: string) => map.get(id) ?? [];
  };
  return { edges, outgoing: by('from'), incoming: by('to') };
}

/**
 * Cycles of supersession (A replaces B, B replaces A — or longer), each as the list of ids
 * around it, starting from its smallest id. A document cannot, in the end, replace itself.
 */
export function supersessionCycles(edges: readonly RelationEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (SUPERSEDING.includes(e.type)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      if (state.get(to) === 'visiting') {
        const cycle = stack.slice(stack.indexOf(to));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join('→'), rotated);
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...next.keys()].sort()) if (!state.has(id)) visit(id);
  return [...cycles.values()];
}

/** How a relation reads on each side, for the 相关文件 block. */
export const relationLabels: Record<RelationType, { outgoing: string; incoming: string }> = {
  修订: { outgoing: '本文件修订了', incoming: '本文件已被修订，修订文件' },
  废止: { outgoing: '本文件废止了', incoming: '本文件已被废止，废止文件' },
  替代: { outgoing: '本文件替代了', incoming: '本文件已被替代，现行文件' },
  依据: { outgoing: '本文件的制定依据', incoming: '依据本文件制定的文件' },
};
