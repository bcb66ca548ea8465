import { z } from 'astro/zod';
import { list, strictObject, text } from './fields.ts';
import { schemaText } from '../i18n/schemas.ts';

const m = schemaText.vocabulary;

/**
 * Everyday words → legal terms, for search (src/search/vocabulary.yaml, reviewed with the project;
 * a site adds its own in content/vocabulary.yaml). A reader who types 看病 also finds documents
 * that say 医疗. One way only, unlike the synonym groups: the everyday word is what readers type.
 */
const EntrySchema = strictObject(
  {
    /** What readers type. Example: `看病`. */
    everyday: text('日常说法'),
    /** The formal terms documents use, one or more. Example: `[医疗]`. */
    legal: list(text('正式用语'), '正式用语').min(1, { error: m.noLegalTerm }),
    /** The field of civil-affairs work it belongs to (one of `fields`). Example: `社会救助`. */
    field: text('领域').optional(),
    /** One question a citizen would type with the everyday word, for the tests. */
    query: text('测试问句').optional(),
  },
  '对照条目：everyday（日常说法）、legal（正式用语列表），可选 field、query',
);

export const SearchVocabularySchema = strictObject(
  {
    /** The fields entries may name. Example: `[社会救助, 养老服务]`. */
    fields: list(text('领域'), '领域列表').optional(),
    /** The pairs. */
    entries: list(EntrySchema, '对照条目'),
  },
  '日常用语对照表：entries（对照条目列表），可选 fields（领域列表）',
).superRefine((vocabulary, ctx) => {
  const fields = vocabulary.fields ? new Set(vocabulary.fields) : undefined;
  const seen = new Map<string, number>();
  vocabulary.entries.forEach((entry, index) => {
    if (fields && entry.field !== undefined && !fields.has(entry.field)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entries', index, 'field'],
        message: m.unknownField(entry.field, [...fields]),
      });
    }
    const key = `${entry.everyday}→${[...entry.legal].sort().join('、')}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['entries', index, 'everyday'],
        message: m.duplicate(entry.everyday, first + 1),
      });
    } else seen.set(key, index);
    if (entry.query !== undefined && !entry.query.includes(entry.everyday)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entries', index, 'query'],
        message: m.queryWithoutWord(entry.everyday),
      });
    }
  });
});

export type SearchVocabulary = z.output<typeof SearchVocabularySchema>;
