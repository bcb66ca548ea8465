/**
 * The collections of a site, where their files live and which schema each file must satisfy:
 * the kinds of src/kinds/. `src/content.config.ts` and the check command both read this table,
 * so they cannot disagree.
 */
import { kindByName, kinds, type KindName } from '../../kinds/index.ts';

export const collections = kindByName;

export type CollectionName = KindName;
export const collectionNames: CollectionName[] = kinds.map((kind) => kind.name);

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
