/**
 * What authors may write in MDX, as data: each component and the props it takes. The content
 * guard (src/lib/guard/mdxCode.ts) refuses any other component or prop, in `npm run check` and
 * again while the build compiles MDX; props must be literal values (`"text"`, `1056`, `true`).
 * ./index.ts maps the same names to the components, and the type checker keeps both lists equal.
 */
export const allowedComponents = {
  KeyFigures: ['title'],
  KeyFigure: ['label', 'value', 'unit'],
} as const satisfies Record<string, readonly string[]>;

export type UserComponentName = keyof typeof allowedComponents;
