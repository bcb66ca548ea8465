/**
 * Wires each collection's folder to its schema. The table lives in src/lib/content/collections.ts
 * so that `npm run check` validates exactly what Astro loads.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as specs, entryId } from './lib/content/collections.ts';
import { sitePaths } from './lib/content/paths.ts';

const paths = sitePaths();

const fromSpec = <N extends keyof typeof specs>(name: N) =>
  defineCollection({
    loader: glob({
      pattern: specs[name].pattern,
      base: `${paths.content}/${specs[name].folder}`,
      generateId: ({ entry }) => entryId(entry),
    }),
    schema: specs[name].schema,
  });

export const collections = {
  policies: fromSpec('policies'),
  interpretations: fromSpec('interpretations'),
  checklists: fromSpec('checklists'),
  bulletins: fromSpec('bulletins'),
};
