/**
 * The collections of a site, where their files live and which schema each file must satisfy.
 * `src/content.config.ts` and the check command both read this table, so they cannot disagree.
 */
import { PolicySchema } from '../../schemas/policy.ts';
import { InterpretationSchema } from '../../schemas/interpretation.ts';
import { ChecklistSchema } from '../../schemas/checklist.ts';
import { BulletinSchema } from '../../schemas/bulletin.ts';
import { ArticleSchema } from '../../schemas/article.ts';
import { GuideSchema } from '../../schemas/guide.ts';
import { AnnualReportSchema } from '../../schemas/annualReport.ts';
import { RegulationSchema } from '../../schemas/regulation.ts';

export const collections = {
  policies: { folder: 'policies', pattern: '**/*.{md,mdx}', schema: PolicySchema },
  interpretations: { folder: 'interpretations', pattern: '**/*.{md,mdx}', schema: InterpretationSchema },
  // Flat: a checklist's id is its file name, which its data-export addresses use.
  checklists: { folder: 'checklists', pattern: '*.{yaml,yml}', schema: ChecklistSchema },
  bulletins: { folder: 'bulletins', pattern: '**/*.{md,mdx}', schema: BulletinSchema },
  articles: { folder: 'articles', pattern: '**/*.{md,mdx}', schema: ArticleSchema },
  guides: { folder: 'guides', pattern: '**/*.{md,mdx}', schema: GuideSchema },
  annualReports: { folder: 'annual-reports', pattern: '**/*.{yaml,yml}', schema: AnnualReportSchema },
  // Usually written by npm run import:regulations: `<title>/<公布日期>.md` (docs/regulations.md).
  regulations: { folder: 'regulations', pattern: '**/*.{md,mdx}', schema: RegulationSchema },
} as const;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/** Extensions each collection reads (from its pattern). */
export function extensionsOf(name: CollectionName): string[] {
  const braces = /\{([^}]+)\}$/.exec(collections[name].pattern)?.[1] ?? '';
  return braces.split(',').map((ext) => `.${ext}`);
}

/**
 * An entry's id: its path inside the collection folder, without extension, with forward
 * slashes. `policies/2024/dibao-biaozhun.md` → `2024/dibao-biaozhun`. References use this id.
 */
export function entryId(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.(md|mdx|ya?ml)$/i, '');
}
