// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import gongkai from './src/integrations/gongkai.ts';
import { sitePaths } from './src/lib/content/paths.ts';
import { loadSiteConfig } from './src/lib/content/load.ts';
import integrity from './src/integrations/integrity.ts';
import { astroCsp } from './src/lib/security/csp.ts';
import { markdownFeatures } from './src/lib/content/markdown.ts';
import { mdxCodeGate } from './src/lib/guard/mdxCode.ts';
import { currentBase } from './src/lib/base.ts';
import { baseLinks } from './src/lib/content/baseLinks.ts';

// The site folder (content/ and public/) is this project unless GONGKAI_SITE_DIR points at
// another one — test fixtures and benchmarks build their own sites with the same code.
const paths = sitePaths();
const { site } = loadSiteConfig(paths);
// The address prefix: `/` for a site of its own, `/mzj/` for a member of a site group (GONGKAI_BASE).
const base = currentBase();

export default defineConfig({
  site: `https://${site?.domain ?? 'localhost'}`,
  base,
  publicDir: paths.public,
  outDir: process.env.GONGKAI_OUT_DIR ?? './dist',
  cacheDir: process.env.GONGKAI_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // The editor (/admin/) is for staff, not for search engines (no sitemap entry).
  // integrity() stays last: it checks the pages and signs the manifest of every file the others wrote.
  integrations: [
    gongkai(),
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
    integrity(),
  ],
  // Strict Content-Security-Policy in every page (src/lib/security/csp.ts, docs/security.md).
  security: { csp: astroCsp },
  // Stylesheets stay files, so the same policy sent as a server header needs no style hashes.
  build: { inlineStylesheets: 'never' },
  markdown: {
    // Sätteri, Astro's own Markdown processor, with the features the content check reads bodies
    // with (src/lib/content/markdown.ts); MDX files also pass the code gate, which refuses any
    // MDX that would run code while the site is built (src/lib/guard/mdxCode.ts).
    processor: satteri({
      features: markdownFeatures,
      // Under a prefix, links written from the site's root get it (src/lib/content/baseLinks.ts).
      mdastPlugins: [mdxCodeGate(paths.root), base === '/' ? null : baseLinks(base)],
    }),
    // No code highlighting: Shiki colours code with inline styles, which the CSP blocks.
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // A rebuild reuses the pages whose template and key (src/data/cacheKey.ts) are unchanged.
  // `npm run build -- --force` renders every page again; GONGKAI_INCREMENTAL=0 turns reuse off.
  experimental: { incrementalBuild: process.env.GONGKAI_INCREMENTAL !== '0' },
  vite: {
    build: {
      // Never inline scripts into pages: every script is a file, so a strict CSP needs no hashes for them.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks each MDX document with a directive the bundler warns it may not keep, in a
        // box on every build (withastro/astro#18087, open); the directive is Astro's own and
        // harmless. Only that warning is dropped; every other one is printed as before.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
