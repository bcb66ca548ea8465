/**
 * The field types every schema shares (src/schemas/fields.ts), seen through the documents that use
 * them: a 内容概述 that is too long and how the browser editor shows it, dates as Astro's parser
 * hands them over (unquoted dates are `Date` objects) or left blank, and references to another
 * document written with the file's extension.
 */
import { describe, expect, test } from 'vitest';
import { fieldsOf } from '../../src/lib/cms/config.ts';
import { parseSource } from '../../src/lib/content/read.ts';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { parsedOf, problemsOf, validPolicy, yamlOf } from '../helpers/content.ts';

const policy = (overrides: Record<string, string | undefined>) =>
  problemsOf(PolicySchema, yamlOf(validPolicy, overrides), 'content/policies/2024/dibao-biaozhun.md');

describe('the 内容概述 of a policy', () => {
  test('has at most 300 characters; the message says how long it is', async () => {
    const schema = PolicySchema;
    const summary = (length: number) =>
      yamlOf(validPolicy, { summary: '为保障困难群众基本生活。'.repeat(30).slice(0, length) });
    expect(problemsOf(schema, summary(300))).toEqual([]);
    expect(problemsOf(schema, summary(301))).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: summary（内容概述）: 太长了（301 字）；最多 300 字。",
      ]
    `);
  });

  test('is a text area in the browser editor, with the field’s description as its hint', async () => {
    const fields = fieldsOf(PolicySchema);
    const shown = (name: string) => {
      const field = fields.find((f) => f.name === name);
      return { label: field?.label, hint: field?.hint, widget: field?.widget };
    };
    expect(shown('summary')).toMatchInlineSnapshot(`
      {
        "hint": "内容概述",
        "label": "内容概述",
        "widget": "text",
      }
    `);
    expect(shown('title')).toMatchInlineSnapshot(`
      {
        "hint": "文件的完整标题",
        "label": "标题",
        "widget": "string",
      }
    `);
  });
});

describe('dates', () => {
  /** A policy as Astro’s parser (js-yaml) reads it: an unquoted date is a `Date` at UTC midnight. */
  const asAstroReadsIt = (dates: Record<string, unknown>) => ({
    ...(parseSource(yamlOf(validPolicy), 'content/policies/2024/dibao-biaozhun.md', true).data as object),
    ...dates,
  });

  test('an unquoted date, which Astro’s parser makes a Date, is that calendar day', () => {
    const result = PolicySchema.safeParse(
      asAstroReadsIt({
        writtenDate: new Date('2024-03-01T00:00:00Z'),
        publishDate: new Date('2024-03-05T00:00:00Z'),
      }),
    );
    expect(result.success && [result.data.writtenDate, result.data.publishDate]).toEqual(['2024-03-01', '2024-03-05']);
  });

  test('a date of blanks only is refused as the value typed, not read as a date', () => {
    // A full-width space (U+3000), as a Chinese input method types it.
    expect(policy({ writtenDate: "'　'", publishDate: "'　'" })).toMatchInlineSnapshot(`
      [
        "content/policies/2024/dibao-biaozhun.md:5: writtenDate（成文日期）: 不能是“　”；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
        "content/policies/2024/dibao-biaozhun.md:6: publishDate（发布日期）: 不能是“　”；应填写真实存在的日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM，例如 2024-03-05 或 2024-03-05 09:30。",
      ]
    `);
  });
});

describe('a reference to another document', () => {
  test('is its file name; an extension written after it is dropped', () => {
    expect(parsedOf(PolicySchema, yamlOf(validPolicy, { replacedBy: '2025/dibao-biaozhun.mdx' })).replacedBy).toBe(
      '2025/dibao-biaozhun',
    );
    expect(
      parsedOf(
        ChecklistSchema,
        'title: 清单\nkind: 居委会依法履职事项\nissuers: 测试区民政局\neffectiveDate: 2025-01-01\npublishDate: 2024-12-20\nreplaces: juweihui-lvzhi-2023.yml\nitems:\n  - { code: A-1, name: 甲 }',
      ).replaces,
    ).toBe('juweihui-lvzhi-2023');
  });
});
