/**
 * The components authors may use in MDX documents, without importing them. Pages pass this map
 * to `<Content components={…} />`; nothing else is available to MDX content. The names and
 * their props are listed as data in ./allowed.ts, which the content guard reads.
 */
import KeyFigures from './KeyFigures.astro';
import KeyFigure from './KeyFigure.astro';
import type { UserComponentName } from './allowed.ts';

// `satisfies` refuses a missing name and an extra one: the two lists cannot drift apart.
export const userComponents = { KeyFigures, KeyFigure } satisfies Record<UserComponentName, unknown>;
