/**
 * gongkai's Astro integration:
 * - before Astro reads any content, runs the content check (src/lib/check/site.ts) on the raw
 *   files and stops the build on errors with clean `file:line: field: message` lines, warnings
 *   first and errors last, then one summary line (./refuse.ts);
 * - after the build, copies the browser editor's bundle (./editor.ts) and indexes the pages with
 *   Pagefind (./afterBuild.ts), unless npm run build does that in a process of its own.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkSite } from '../lib/check/site.ts';
import { formatProblem, printOrder, summarize } from '../lib/content/problems.ts';
import { sitePaths } from '../lib/content/paths.ts';
import { bodyCacheFile } from '../lib/content/bodyCache.ts';
import { copyEditor, editorBundle, serveEditor } from './editor.ts';
import { refuse } from './refuse.ts';
import { afterBuildPlanFile, indexSite } from './afterBuild.ts';

export default function gongkai(): AstroIntegration {
  let cacheDir = 'node_modules/.astro';
  return {
    name: 'gongkai',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const result = checkSite(sitePaths(), { cacheFile: bodyCacheFile(fileURLToPath(config.cacheDir)) });
        for (const problem of printOrder(result.problems)) {
          (problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
        }
        if (result.errors > 0) {
          if (command === 'build') refuse(logger, summarize(result.problems));
          logger.error('内容有错误，开发预览可能不完整；正式构建（npm run build）会在修正前停止。');
        }
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': async ({ server }) => {
        server.middlewares.use(await serveEditor(await editorBundle(cacheDir)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        copyEditor(await editorBundle(cacheDir), outDir);
        // npm run build indexes in a process of its own, after this one has exited (./afterBuild.ts).
        if (!afterBuildPlanFile()) await indexSite(outDir, logger);
      },
    },
  };
}
