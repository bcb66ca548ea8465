/**
 * gongkai's Astro integration:
 * - before Astro reads any content, runs the content check (src/lib/check/site.ts) on the raw
 *   files and stops the build on errors with clean `file:line: field: message` lines, warnings
 *   first and errors last, then one summary line (./refuse.ts);
 * - after the build, copies the browser editor's bundle (./editor.ts) and indexes the pages with
 *   Pagefind's Node API (after Starlight's
 *   integrations/pagefind.ts: check `errors`, always `close()`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { checkSite } from '../lib/check/site.ts';
import { formatProblem, printOrder, summarize } from '../lib/content/problems.ts';
import { sitePaths } from '../lib/content/paths.ts';
import { bodyCacheFile } from '../lib/content/bodyCache.ts';
import { copyEditor, editorBundle, serveEditor } from './editor.ts';
import { refuse } from './refuse.ts';

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
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind 无法创建索引：${createErrors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind 索引页面时出错：${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind 写入索引时出错：${written.errors.join('; ')}`);
          removeUnusedBundles(join(outDir, 'pagefind'));
          logger.info(
            `搜索索引已生成：${added.page_count} 个页面，用时 ${Math.round(performance.now() - started)} 毫秒。`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Pagefind writes its ready-made interfaces too; the search page has its own (src/scripts/search.ts)
 * and loads only pagefind.js, its worker, its WebAssembly and the index. What no page loads is not
 * published (nor listed in the integrity manifest).
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function removeUnusedBundles(folder: string) {
  for (const name of UNUSED_PAGEFIND_FILES) rmSync(join(folder, name), { force: true });
}
