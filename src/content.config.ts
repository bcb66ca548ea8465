/**
 * Wires each kind's folder to its schema (src/kinds/), so that `npm run check` validates exactly
 * what Astro loads.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as specs, entryId, type CollectionName } from './lib/content/collections.ts';
import { sitePaths } from './lib/content/paths.ts';

const paths = sitePaths();

const loaderFor = (name: CollectionName) =>
  glob({
    pattern: specs[name].pattern,
    base: `${paths.content}/${specs[name].folder}`,
    generateId: ({ entry }) => entryId(entry),
  });

// Every kind of src/kinds/ must be here: `satisfies` fails the type check for one left out.
export const collections = {
  policies: defineCollection({ loader: loaderFor('policies'), schema: specs.policies.schema }),
  interpretations: defineCollection({ loader: loaderFor('interpretations'), schema: specs.interpretations.schema }),
  checklists: defineCollection({ loader: loaderFor('checklists'), schema: specs.checklists.schema }),
  bulletins: defineCollection({ loader: loaderFor('bulletins'), schema: specs.bulletins.schema }),
  articles: defineCollection({ loader: loaderFor('articles'), schema: specs.articles.schema }),
  guides: defineCollection({ loader: loaderFor('guides'), schema: specs.guides.schema }),
  annualReports: defineCollection({ loader: loaderFor('annualReports'), schema: specs.annualReports.schema }),
  regulations: defineCollection({ loader: loaderFor('regulations'), schema: specs.regulations.schema }),
} satisfies Record<CollectionName, unknown>;
