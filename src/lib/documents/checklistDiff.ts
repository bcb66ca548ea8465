/**
 * What changed between two versions of a duty list: items added, removed and changed (with the
 * fields that changed), and the counts before and after (like 110 → 49). Items are matched by
 * code, then — for items whose code changed — by name.
 */
import type { ChecklistItem } from '../../schemas/checklist.ts';

export type ItemChange = { before: ChecklistItem; after: ChecklistItem; fields: (keyof ChecklistItem)[] };

export type ChecklistDiff = {
  countBefore: number;
  countAfter: number;
  added: ChecklistItem[];
  removed: ChecklistItem[];
  changed: ItemChange[];
  unchanged: number;
};

const COMPARED: (keyof ChecklistItem)[] = [
  'code',
  'name',
  'category',
  'powerType',
  'content',
  'basis',
  'department',
  'notes',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffChecklists(before: readonly ChecklistItem[], after: readonly ChecklistItem[]): ChecklistDiff {
  const remaining = new Map(before.map((item) => [item.code, item]));
  const pairs: [ChecklistItem, ChecklistItem][] = [];
  const unmatched: ChecklistItem[] = [];
  for (const item of after) {
    const old = remaining.get(item.code);
    if (old) {
      pairs.push([old, item]);
      remaining.delete(item.code);
    } else unmatched.push(item);
  }
  const added: ChecklistItem[] = [];
  for (const item of unmatched) {
    const old = [...remaining.values()].find((candidate) => candidate.name === item.name);
    if (old) {
      pairs.push([old, item]);
      remaining.delete(old.code);
    } else added.push(item);
  }
  const changed: ItemChange[] = [];
  let unchanged = 0;
  for (const [old, item] of pairs) {
    const fields = COMPARED.filter((field) => !same(old[field], item[field]));
    if (fields.length) changed.push({ before: old, after: item, fields });
    else unchanged++;
  }
  return {
    countBefore: before.length,
    countAfter: after.length,
    added,
    removed: [...remaining.values()],
    changed,
    unchanged,
  };
}
