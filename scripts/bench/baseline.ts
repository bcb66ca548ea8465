/**
 * The baseline of the build comparison: a plain Astro site built from the same Markdown files,
 * with the same astro binary, and nothing else — one content collection (glob loader, no schema),
 * one page template, the default Markdown pipeline, no integrations, no Pagefind.
 *
 * The project is written at run time into the benchmark's work folder (outside this repository, so
 * `astro check` of the project never sees a second set of collections), with `node_modules`
 * linked to this project's, so `astro` resolves to the very same package.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const files: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'gongkai-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

// A plain Astro site: no integrations, default Markdown pipeline.
export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR,
  cacheDir: process.env.BENCH_CACHE_DIR,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Every Markdown document of the site folder, whatever its kind; no schema.
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.BENCH_CONTENT_DIR }) }),
};
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const docs = await getCollection('docs');
  return docs.map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}

const { doc } = Astro.props;
const { Content } = await render(doc);
---

<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{doc.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{doc.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
};

/** Writes the baseline project into `dir` (replacing it) and returns the folder. */
export function writeBaselineProject(dir: string, projectRoot: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Environment of a baseline build of the Markdown in `contentDir`. */
export function baselineEnv(contentDir: string, outDir: string, cacheDir: string): Record<string, string> {
  return { BENCH_CONTENT_DIR: contentDir, BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir };
}
