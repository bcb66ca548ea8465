/**
 * Helpers for schema tests: write YAML the way an editor would (raw text, unquoted dates) and
 * get back exactly the lines `npm run check` would print.
 */
import type { z } from 'astro/zod';
import { parseSource } from '../../src/lib/content/read.ts';
import { validateSource } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

/** Joins `key: raw YAML` lines; an override of `undefined` removes the key. */
export function yamlOf(base: Record<string, string>, overrides: Record<string, string | undefined> = {}): string {
  const merged: Record<string, string | undefined> = { ...base, ...overrides };
  return Object.entries(merged)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, raw]) => (raw.startsWith('\n') ? `${key}:${raw}` : `${key}: ${raw}`))
    .join('\n');
}

/** Validates raw YAML against a schema; returns the printed problem lines (empty when valid). */
export function problemsOf(schema: z.ZodType, yaml: string, file = 'content/test.yaml'): string[] {
  const source = parseSource(yaml, file, true);
  return validateSource(schema, source, file).problems.map(formatProblem);
}

/** Validates and returns the parsed data, failing loudly when invalid. */
export function parsedOf<S extends z.ZodType>(schema: S, yaml: string): z.output<S> {
  const source = parseSource(yaml, 'content/test.yaml', true);
  const result = validateSource(schema, source, 'content/test.yaml');
  if (!result.data) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.data;
}

export const validPolicy: Record<string, string> = {
  title: '关于调整城乡最低生活保障标准的通知',
  indexNo: '013999999/2024-00012',
  docNumber: '柳民发〔2024〕12号',
  issuers: '[云川市柳塘区民政局]',
  writtenDate: '2024-03-01',
  publishDate: '2024-03-05 09:30',
  topic: '民政\\社会救助',
  genre: '通知',
};
