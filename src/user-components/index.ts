/**
 * The components authors may use in MDX documents, without importing them. Pages pass this map
 * to `<Content components={…} />`; nothing else is available to MDX content.
 */
import KeyFigures from './KeyFigures.astro';
import KeyFigure from './KeyFigure.astro';

export const userComponents = { KeyFigures, KeyFigure };
