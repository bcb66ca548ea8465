/**
 * Field types shared by every collection, each with messages in plain Chinese (src/i18n/fields.ts)
 * that say what was wrong and what is expected. Schemas compose these; no schema writes its own message for a
 * rule that is defined here.
 */
import { z } from 'astro/zod';
import { checkPlainDate, checkPlainDateTime, plainDateFromYamlDate } from '../lib/dates.ts';
import { parseDocNumber } from '../lib/docNumber.ts';
import { fieldLabels, fieldText } from '../i18n/fields.ts';

/** How a wrong value is described back to the editor. */
export function describeValue(value: unknown): string {
  if (value === null) return fieldText.values.null;
  if (value instanceof Date) return fieldText.values.date;
  if (Array.isArray(value)) return fieldText.values.list;
  switch (typeof value) {
    case 'string':
      return fieldText.values.text(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return fieldText.values.number(value);
    case 'boolean':
      return fieldText.values.boolean(value);
    case 'object':
      return fieldText.values.object;
    default:
      return String(value);
  }
}

/** The message for a missing or mistyped value. */
export function typeMessage(input: unknown, expected: string): string {
  if (input === undefined) return fieldText.missing(expected);
  if (input === null || input === '') return fieldText.empty(expected);
  return fieldText.wrong(describeValue(input), expected);
}

/** zod error callback: missing and mistyped values get Chinese messages naming what is expected. */
export const expecting =
  (expected: string) =>
  (issue: { code?: string; input?: unknown }): string | undefined =>
    issue.code === 'invalid_type' ? typeMessage(issue.input, expected) : undefined;

/**
 * How the browser editor (/admin/, src/lib/cms/config.ts) shows a field, where the zod type alone
 * does not tell: dates, references to other documents, files, long text.
 */
export type CmsHint =
  | { widget: 'date' }
  | { widget: 'datetime' }
  | { widget: 'text' }
  | { widget: 'file' }
  | { widget: 'relation'; collection: string };

/** Attaches an editor hint (zod metadata) to a field. */
export function cms<S extends z.ZodType>(schema: S, hint: CmsHint): S {
  return schema.meta({ cms: hint });
}

/** Non-empty text, trimmed. `multiline` shows it as a text area in the browser editor. */
export function text(expected: string, options: { max?: number; multiline?: boolean } = {}) {
  let schema = z
    .string({ error: expecting(expected) })
    .trim()
    .min(1, { error: fieldText.empty(expected) });
  if (options.max !== undefined) {
    const max = options.max;
    schema = schema.max(max, {
      error: (issue) => fieldText.tooLong(String(issue.input).length, max),
    });
  }
  return schema.meta({ description: expected, ...(options.multiline ? { cms: { widget: 'text' } } : {}) });
}

/** One value from a fixed list; the message lists the choices. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? fieldText.missingChoice(what, values)
        : fieldText.notAChoice(describeValue(issue.input), what, values),
  });
}

/** Positive whole number. */
export function positiveInt(expected: string) {
  return z
    .number({ error: expecting(`${expected}（正整数）`) })
    .int({ error: (issue) => fieldText.notInteger(describeValue(issue.input), expected) })
    .positive({ error: (issue) => fieldText.notPositive(describeValue(issue.input), expected) });
}

/** A list with at least one entry; a single value is accepted as a one-item list. */
export function oneOrMore<T extends z.ZodType>(item: T, expected: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z.array(item, { error: expecting(`${expected}（一项或多项）`) }).min(1, { error: fieldText.emptyList(expected) }),
  );
}

/** A list that may be absent or empty. */
export function list<T extends z.ZodType>(item: T, expected: string) {
  return z.array(item, { error: expecting(`${expected}（列表）`) });
}

const dateExpected = '真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05';
const dateTimeExpected = '真实存在的日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM，例如 2024-03-05 或 2024-03-05 09:30';

/**
 * A calendar day, `YYYY-MM-DD`, output as that string. Unquoted YAML dates arrive as `Date`
 * objects from Astro's parser; by then `src/lib/content/read.ts` has checked the raw text, so an
 * impossible date such as 2015-13-45 never reaches this point silently rolled over.
 */
export function plainDate() {
  const schema = z.unknown().transform((input, ctx): string => {
    if (input instanceof Date) return plainDateFromYamlDate(input);
    if (typeof input !== 'string' || input.trim() === '') {
      ctx.addIssue({ code: 'custom', message: typeMessage(input, dateExpected), input });
      return z.NEVER;
    }
    const check = checkPlainDate(input);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: fieldText.badDate(check.reason, dateExpected), input });
      return z.NEVER;
    }
    return check.value;
  });
  return cms(schema, { widget: 'date' });
}

/** A day with an optional time, `YYYY-MM-DD[ HH:MM]`, in the site's time zone. */
export function plainDateTime() {
  const schema = z.unknown().transform((input, ctx): string => {
    if (input instanceof Date) return plainDateFromYamlDate(input);
    if (typeof input !== 'string' || input.trim() === '') {
      ctx.addIssue({ code: 'custom', message: typeMessage(input, dateTimeExpected), input });
      return z.NEVER;
    }
    const check = checkPlainDateTime(input);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: fieldText.badDate(check.reason, dateTimeExpected), input });
      return z.NEVER;
    }
    return check.value;
  });
  return cms(schema, { widget: 'datetime' });
}

/**
 * 发文字号. The value is kept exactly as typed; the canonical form is computed where it is shown
 * (`src/lib/docNumber.ts`) and the check warns about deviations.
 */
export function docNumber() {
  return text('文号，例如 泉民发〔2024〕12号').superRefine((value, ctx) => {
    const result = parseDocNumber(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: fieldText.badDocNumber(result.reason), input: value });
  });
}

/**
 * A reference to another entry of `collection` by its id (its file path under the collection
 * folder, no extension). The browser editor shows it as a picker of that collection's entries.
 */
export function entryRef(collectionLabel: string, collection: string) {
  const schema = text(`${collectionLabel}的文件名（不含扩展名），例如 2024/dibao-biaozhun`).transform((v) =>
    v.replace(/\.(md|mdx|ya?ml)$/i, ''),
  );
  return cms(schema, { widget: 'relation', collection });
}

/**
 * An object that rejects unknown field names, so a misspelt optional field is an error instead
 * of silently dropped data. The message suggests the closest known field.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T, expected: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = (issue as { keys?: string[] }).keys ?? [];
        // One line per key; issuesToProblems (src/lib/content/load.ts) reports each at its own line.
        return keys.map((key) => unknownKeyMessage(key, known)).join('\n');
      }
      if (issue.code === 'invalid_type') return typeMessage(issue.input, expected);
      return undefined;
    },
  });
}

export function unknownKeyMessage(key: string, known: string[]): string {
  const suggestion = closest(key, known);
  const named = suggestion ? { name: suggestion, label: fieldLabels[suggestion] ?? suggestion } : undefined;
  return fieldText.unknownKey(key, named, known);
}

/** The known name within edit distance 2 of `key`, if any. */
function closest(key: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance (also used to suggest law names, src/lib/regulations/citations.ts). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
