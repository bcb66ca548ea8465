import { describe, expect, test } from 'vitest';
import { parseSource } from '../../src/lib/content/read.ts';
import { validateSource } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { validPolicy, yamlOf } from '../helpers/content.ts';

const markdown = (frontMatter: string, body = '正文。') => `---\n${frontMatter}\n---\n${body}\n`;
const problems = (text: string) => {
  const source = parseSource(text, 'content/policies/x.md', false);
  return validateSource(PolicySchema, source, 'content/policies/x.md').problems.map(formatProblem);
};

describe('reading front matter from the raw text', () => {
  test('an unquoted impossible date stays text and is reported (YAML would roll it over)', () => {
    const source = parseSource(markdown(yamlOf(validPolicy, { writtenDate: '2015-13-45' })), 'x.md', false);
    expect((source.data as Record<string, unknown>)['writtenDate']).toBe('2015-13-45');
    expect(problems(markdown(yamlOf(validPolicy, { writtenDate: '2015-13-45' })))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:6: writtenDate（成文日期）: 日期“2015-13-45”不存在：没有 13 月；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
      ]
    `);
  });

  test('line numbers count the opening --- line', () => {
    expect(problems(markdown(yamlOf(validPolicy, { genre: '文件' })))[0]).toMatch(/^content\/policies\/x\.md:9: genre/);
  });

  test('the body and its first line are kept, as Astro stores the body (trimmed)', () => {
    const source = parseSource(markdown(yamlOf(validPolicy), '第一段。\n\n第二段。'), 'x.md', false);
    expect(source.body).toBe('第一段。\n\n第二段。');
    expect(source.bodyLine).toBe(11);
  });

  test('a file without front matter says how to add it', () => {
    expect(problems('只有正文。')).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:1: 文件开头缺少用 --- 包围的字段区（front matter）；应以一行 --- 开始，写完字段后再写一行 ---。",
      ]
    `);
  });

  test('an unclosed bracket is reported on its own line, as an unclosed bracket', () => {
    // YAML notices the missing ] only on the next line (4); the fault is on line 3.
    expect(problems(markdown('title: 通知\ntopic: [社会救助\ngenre: 通知'))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:3: YAML 格式错误：第 3 行的方括号 [ 没有闭合；列表应在同一行以 ] 结束，例如 [社会救助, 养老服务]。",
      ]
    `);
    expect(problems(markdown('title: 通知\nissuers: {name: 民政局\ngenre: 通知'))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:3: YAML 格式错误：第 3 行的花括号 { 没有闭合；应在同一行以 } 结束，例如 { name: 居民身份证, form: 原件 }。",
      ]
    `);
  });

  test('an unclosed quote is reported on the line where it opens', () => {
    expect(problems(markdown('title: "关于低保的通知\ngenre: 通知\ntopic: 社会救助'))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:2: YAML 格式错误：第 2 行的引号 " 没有闭合；请在这个值的末尾补上 "。",
      ]
    `);
  });

  test('a closed bracket with a bad indent is still an indentation problem on its line', () => {
    expect(problems(markdown('title: 通知\nkeywords:\n  - 低保\n - 救助'))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:5: YAML 格式错误：缩进或冒号位置有误（A block sequence may not be used as an implicit map key）。请检查第 5 行附近的缩进、冒号和引号。",
      ]
    `);
  });

  test('a key written twice is an error, not a silent overwrite', () => {
    expect(problems(markdown(`${yamlOf(validPolicy)}\ntitle: 另一个标题`))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:10: YAML 格式错误：同一个字段写了两次（Map keys must be unique）。请检查第 10 行附近的缩进、冒号和引号。",
      ]
    `);
  });

  test('tabs used for indentation are reported', () => {
    expect(problems(markdown(`${yamlOf(validPolicy)}\nkeywords:\n\t- 低保`))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:11: YAML 格式错误：用了制表符缩进，只能用空格（Tabs are not allowed as indentation）。请检查第 11 行附近的缩进、冒号和引号。",
      ]
    `);
  });

  test('front matter that is a list, not fields', () => {
    expect(problems(markdown('- title\n- 通知'))).toMatchInlineSnapshot(`
      [
        "content/policies/x.md:2: 字段区应是“字段名: 值”的列表；现在的内容不是这种形式。",
      ]
    `);
  });

  test('empty front matter reports every required field', () => {
    expect(problems(markdown('# nothing here')).length).toBe(7);
  });
});

describe('fuzz: broken front matter never crashes and always names the file', () => {
  const valid = markdown(yamlOf(validPolicy));
  // Deterministic pseudo-random mutations of a valid file (no Math.random: failures reproduce).
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const noise = [
    ':',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    '-',
    '\t',
    '\n',
    ' ',
    '#',
    '&',
    '*',
    '!',
    '|',
    '>',
    '%',
    '@',
    '`',
    '日',
    '2015-13-45',
    '\u200b',
  ];
  const mutants = Array.from({ length: 300 }, () => {
    const chars = [...valid];
    const edits = 1 + Math.floor(random() * 4);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(random() * chars.length);
      const op = random();
      if (op < 0.4) chars.splice(at, 1);
      else chars.splice(at, op < 0.8 ? 0 : 1, noise[Math.floor(random() * noise.length)]!);
    }
    return chars.join('');
  });

  test.each(mutants.map((text, i) => [i, text] as const))('mutant %i is parsed or reported', (_, text) => {
    const source = parseSource(text, 'content/policies/x.md', false);
    const result = validateSource(PolicySchema, source, 'content/policies/x.md');
    if (result.data) {
      // Whatever passed is a well-formed policy: real dates, known fields.
      expect(result.data.writtenDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(result.problems).toEqual([]);
    } else {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) {
        expect(formatProblem(problem)).toMatch(/^content\/policies\/x\.md(:\d+)?: /);
        expect(problem.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
  });
});
