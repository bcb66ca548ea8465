// Layers point one way (`npm run depcheck`, part of npm test). Every folder of src/ has a place
// in one order, and a module may import only its own folder and the folders before it:
// domain primitives → schemas → documents, search and the regulations library → kinds →
// content loading and rules → guard and integrity → the whole check, the editor's
// configuration and site groups → integrations, data and pages. A strict order has no circles; modules do not
// import each other in a circle either.
const order = [
  ['primitives', '^src/(i18n/|lib/[^/]+[.]ts$|lib/security/|user-components/allowed[.]ts$)'],
  ['schemas', '^src/schemas/'],
  ['search', '^src/lib/search/'],
  ['documents', '^src/lib/documents/'],
  ['regulations', '^src/lib/regulations/'],
  ['kinds', '^src/kinds/'],
  ['content', '^src/lib/content/'],
  ['guard', '^src/lib/guard/'],
  ['integrity', '^src/lib/integrity/'],
  ['check', '^src/lib/(check|cms|group)/'],
  ['site', '^src/(data|integrations|user-components/(?!allowed[.]ts$)|scripts|content[.]config[.]ts$|site[.]ts$)'],
  ['pages', '^src/(pages|layouts|components)/'],
];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...order.slice(0, -1).map(([layer, path], i) => ({
      name: `${layer}-points-down`,
      comment: `${layer} may import only itself and what comes before it: ${order
        .slice(0, i)
        .map(([name]) => name)
        .join(', ')}.`,
      severity: 'error',
      from: { path },
      to: {
        path: order
          .slice(i + 1)
          .map(([, later]) => `(${later})`)
          .join('|'),
      },
    })),
    {
      name: 'no-module-cycles',
      comment: 'Modules do not import each other in a circle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'every-module-has-a-layer',
      comment: 'A new folder of src/ gets its place in the order above.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: order.map(([, path]) => `(${path})`).join('|'),
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]astro/|^src/env[.]d[.]ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
