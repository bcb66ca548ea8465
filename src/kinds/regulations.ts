/**
 * The regulations library: `content/regulations/<title>/<公布日期>.md`, usually written by
 * `npm run import:regulations` (docs/regulations.md). One page per law, not per file: its pages
 * are listed by src/lib/regulations/library.ts.
 */
import { RegulationSchema } from '../schemas/regulation.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { defineKind } from './types.ts';

export const regulations = defineKind({
  name: 'regulations',
  folder: 'regulations',
  pattern: '**/*.{md,mdx}',
  schema: RegulationSchema,
  label: collectionLabels.regulations,
  bodyLinks: false,
  editor: { path: '{{fields.title}}/{{fields.publishDate}}', format: 'frontmatter', extension: 'md', body: true },
});
