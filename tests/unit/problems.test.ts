/**
 * How problems are printed by `npm run check` and a refused build: one line each, warnings first
 * and errors last, so what stops the build stays on screen just above the summary.
 */
import { describe, expect, test } from 'vitest';
import { formatProblem, printOrder, summarize, type Problem } from '../../src/lib/content/problems.ts';

const problems: Problem[] = [
  { severity: 'error', file: 'content/policies/2024/a.md', line: 6, field: 'writtenDate', message: '日期不存在。' },
  { severity: 'warning', file: 'content/policies/2023/b.md', line: 2, field: 'validity', message: '有效期已过。' },
  { severity: 'error', file: 'content/site.yaml', field: '', message: '缺少 name。' },
  { severity: 'warning', file: 'content/site.yaml', field: 'columns', message: '栏目没有内容。' },
];

describe('the printed order of problems', () => {
  test('warnings first in their own order, then errors in theirs, then the summary', () => {
    const lines = [...printOrder(problems).map(formatProblem), summarize(problems)];
    expect(lines).toMatchInlineSnapshot(`
      [
        "警告 content/policies/2023/b.md:2: validity: 有效期已过。",
        "警告 content/site.yaml: columns: 栏目没有内容。",
        "content/policies/2024/a.md:6: writtenDate: 日期不存在。",
        "content/site.yaml: 缺少 name。",
        "内容检查发现 2 个错误、2 个警告。请按上面每行所说修改对应文件和字段，然后重新运行 npm run check。",
      ]
    `);
  });

  test('without errors, or without warnings, the order is kept', () => {
    const warnings = problems.filter((p) => p.severity === 'warning');
    const errors = problems.filter((p) => p.severity === 'error');
    expect(printOrder(warnings)).toEqual(warnings);
    expect(printOrder(errors)).toEqual(errors);
  });
});
