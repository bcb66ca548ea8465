import { z } from 'astro/zod';
import { entryRef, oneOf, strictObject } from './fields.ts';

/**
 * Typed relations from one policy to another (解读 is the `interprets` field of an
 * interpretation). The reverse side is computed and shown on the target's page.
 */
export const relationTypeValues = ['修订', '废止', '替代', '依据'] as const;
export type RelationType = (typeof relationTypeValues)[number];

export const RelationSchema = strictObject(
  {
    /** 修订 (this amends the target), 废止 (repeals it), 替代 (replaces it), 依据 (is based on it). */
    type: oneOf(relationTypeValues, '关系类型'),
    /** The other policy: its file name under content/policies, without extension. */
    target: entryRef('相关政策文件', 'policies'),
  },
  '关系：类型（type）和相关文件（target）',
);

export type Relation = z.output<typeof RelationSchema>;
