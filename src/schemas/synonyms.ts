import { z } from 'astro/zod';
import { list, text } from './fields.ts';
import { schemaText } from '../i18n/schemas.ts';

const m = schemaText.synonyms;

/**
 * Search synonyms, `content/synonyms.yaml`: groups of words readers use for the same thing, the
 * formal term first. A search for any word of a group also finds documents that use the others
 * (低保 finds 最低生活保障). Editors extend the list; a word may stand in one group only.
 */
export const SynonymsSchema = z
  .strictObject(
    {
      /** Each group: two or more words. Example: `[最低生活保障, 低保]`. */
      groups: list(list(text('词语'), '同义词组').min(2, { error: m.groupTooSmall }), '同义词组'),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? m.onlyGroups : undefined),
    },
  )
  .superRefine((synonyms, ctx) => {
    const seen = new Map<string, number>();
    synonyms.groups.forEach((group, index) => {
      group.forEach((word, position) => {
        const first = seen.get(word);
        if (first !== undefined && first !== index) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', index, position],
            message: m.inTwoGroups(word, first + 1),
          });
        } else seen.set(word, index);
      });
    });
  });

export type Synonyms = z.output<typeof SynonymsSchema>;
