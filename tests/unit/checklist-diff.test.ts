import { expect, test } from 'vitest';
import { diffChecklists } from '../../src/lib/documents/checklistDiff.ts';
import type { ChecklistItem } from '../../src/schemas/checklist.ts';

const item = (code: string, name: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  code,
  name,
  ...extra,
});

test('items added, removed, changed and unchanged, with counts before and after', () => {
  const before = [
    item('A-1', '协助开展低保入户调查', { department: '区民政局' }),
    item('A-2', '协助统计辖区人口'),
    item('A-3', '填报各类台账'),
    item('A-4', '协助开展征兵工作', { basis: [{ law: '兵役法', article: '第十条' }] }),
  ];
  const after = [
    item('A-1', '协助开展低保入户调查', { department: '街道办事处' }),
    item('A-4', '协助开展征兵工作', { basis: [{ law: '兵役法', article: '第十二条' }] }),
    item('B-1', '协助做好困难群众走访'),
  ];
  const diff = diffChecklists(before, after);
  expect([diff.countBefore, diff.countAfter]).toEqual([4, 3]);
  expect(diff.added.map((i) => i.code)).toEqual(['B-1']);
  expect(diff.removed.map((i) => i.code)).toEqual(['A-2', 'A-3']);
  expect(diff.changed.map((c) => [c.after.code, c.fields])).toEqual([
    ['A-1', ['department']],
    ['A-4', ['basis']],
  ]);
  expect(diff.unchanged).toBe(0);
});

test('an item whose code changed is matched by its name', () => {
  const diff = diffChecklists([item('OLD-7', '召集居民会议')], [item('LZ-01', '召集居民会议')]);
  expect(diff.added).toEqual([]);
  expect(diff.removed).toEqual([]);
  expect(diff.changed.map((c) => c.fields)).toEqual([['code']]);
});

test('identical lists have no changes', () => {
  const items = [item('A-1', '甲'), item('A-2', '乙', { notes: '备注' })];
  expect(diffChecklists(items, items)).toMatchObject({
    added: [],
    removed: [],
    changed: [],
    unchanged: 2,
    countBefore: 2,
    countAfter: 2,
  });
});

test('a removed item is not taken for a new item with a similar name: only the same name matches', () => {
  // 协助开展低保入户调查 is dropped; 协助开展低保入户调查核实 is a new duty with a new code.
  const diff = diffChecklists(
    [item('A-2', '协助开展低保入户调查'), item('A-3', '协助统计辖区人口')],
    [item('B-9', '协助开展低保入户调查核实'), item('A-3', '协助统计辖区人口')],
  );
  expect(diff.removed.map((i) => i.name)).toEqual(['协助开展低保入户调查']);
  expect(diff.added.map((i) => i.name)).toEqual(['协助开展低保入户调查核实']);
  expect(diff.changed).toEqual([]);
  expect(diff.unchanged).toBe(1);
});
