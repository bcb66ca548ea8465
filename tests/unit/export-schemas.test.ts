/**
 * The JSON Schemas published next to the open-data exports (src/lib/documents/exportSchemas.ts):
 * they describe every field the exports carry, and the demo's own data satisfies what they say
 * (required fields, patterns of dates, fixed lists).
 */
import { describe, expect, test } from 'vitest';
import { checklistExportSchema, policiesExportSchema } from '../../src/lib/documents/exportSchemas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';
import { projectRoot } from '../helpers/build.ts';

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  pattern?: string;
  enum?: string[];
  anyOf?: Schema[];
};

/** The keywords these schemas use, checked the way a JSON Schema validator reads them. */
function problems(schema: Schema, value: unknown, path = ''): string[] {
  if (schema.anyOf) return schema.anyOf.some((s) => problems(s, value, path).length === 0) ? [] : [`${path}: anyOf`];
  const found: string[] = [];
  if (schema.enum && !schema.enum.includes(value as string)) found.push(`${path}: not in enum`);
  if (schema.pattern && !(typeof value === 'string' && new RegExp(schema.pattern, 'u').test(value)))
    found.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  if (schema.type === 'string' && typeof value !== 'string') found.push(`${path}: not a string`);
  if (schema.type === 'array' && Array.isArray(value) && schema.items)
    value.forEach((item, i) => found.push(...problems(schema.items!, item, `${path}[${i}]`)));
  if (schema.type === 'object' && value && typeof value === 'object') {
    for (const key of schema.required ?? []) if (!(key in value)) found.push(`${path}.${key}: missing`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) found.push(...problems(sub, v, `${path}.${key}`));
    }
  }
  return found;
}

const loaded = loadContent(sitePaths(projectRoot));

describe('the JSON Schema of /data/policies.json', () => {
  const schema = policiesExportSchema() as Schema & { title: string };
  const row = schema.items!;

  test('describes every field of a policy, and dates as text of a fixed pattern', () => {
    expect(schema.title).toBe('政策文件目录');
    expect(Object.keys(row.properties!)).toEqual(['id', 'url', 'currentValidity', 'topicPath', 'docNumber', 'data']);
    expect(Object.keys(row.properties!['data']!.properties!)).toEqual(Object.keys(PolicySchema.shape));
    expect(row.properties!['data']!.properties!['writtenDate']).toMatchObject({
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });
    expect(JSON.stringify(schema)).not.toContain('"cms"');
  });

  test('the demo policies satisfy it', () => {
    const rows = loaded.entries.policies.map((p) => ({
      id: p.id,
      url: `https://example/policies/${p.id}/`,
      currentValidity: '有效',
      topicPath: p.data.topic,
      data: p.data,
    }));
    expect(rows.length).toBeGreaterThan(0);
    expect(problems(schema, rows)).toEqual([]);
    expect(problems(schema, [{ ...rows[0], data: { ...rows[0]!.data, writtenDate: '2015-13-45 9' } }])).toEqual([
      '[0].data.writtenDate: "2015-13-45 9" does not match ^\\d{4}-\\d{2}-\\d{2}$',
    ]);
  });
});

describe('the JSON Schema of /data/checklists/<id>.json', () => {
  test('describes every field of a list, and the demo lists satisfy it', () => {
    const schema = checklistExportSchema() as Schema;
    expect(Object.keys(schema.properties!)).toEqual(Object.keys(ChecklistSchema.shape));
    expect(loaded.entries.checklists.length).toBeGreaterThan(0);
    for (const list of loaded.entries.checklists) expect(problems(schema, list.data), list.id).toEqual([]);
    expect(problems(schema, { ...loaded.entries.checklists[0]!.data, kind: '清单' })).toEqual(['.kind: not in enum']);
  });
});
