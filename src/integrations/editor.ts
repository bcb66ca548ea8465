/**
 * The browser editor's code: Sveltia CMS from npm, bundled with esbuild (about a second) into
 * files served from this site — fonts and icons included, nothing loaded from third-party CDNs.
 * The bundle is cached under node_modules/.cache by package version, so most builds only copy
 * it. `astro build` copies it to dist/admin/editor/; `astro dev` serves it from the cache.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { IncomingMessage, ServerResponse } from 'node:http';

const require = createRequire(import.meta.url);
const ENTRY = resolve(dirname(new URL(import.meta.url).pathname), '../scripts/admin.ts');
export const EDITOR_PATH = '/admin/editor/';

/** Builds the bundle once per package version and entry file; returns its folder. */
export async function editorBundle(cacheRoot: string): Promise<string> {
  const version = (
    JSON.parse(readFileSync(join(dirname(require.resolve('@sveltia/cms')), '../package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const hash = createHash('sha256').update(readFileSync(ENTRY)).update(BUNDLE_RECIPE).digest('hex').slice(0, 12);
  const dir = join(cacheRoot, `gongkai-editor-${version}-${hash}`);
  if (existsSync(join(dir, 'editor.js'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: { editor: ENTRY },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.woff2': 'file', '.wasm': 'file', '.png': 'file', '.svg': 'file' },
    logLevel: 'error',
  });
  // Fonts and icons are found at run time with new URL('assets/…', import.meta.url), which no
  // bundler follows: copy the package's assets beside the bundle.
  cpSync(join(dirname(require.resolve('@sveltia/cms')), 'assets'), join(dir, 'assets'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
  useLocalFonts(dir);
  return dir;
}

/** Changes when the steps after esbuild change, so cached bundles built the old way are rebuilt. */
const BUNDLE_RECIPE = 'local-fonts-1';

/**
 * Sveltia's stylesheet also declares its fonts at cdn.jsdelivr.net as a fallback, which the strict
 * Content-Security-Policy blocks (with a console error) and which would reach a third party:
 * point those declarations at the same font files, bundled under assets/.
 */
function useLocalFonts(dir: string) {
  const assets = readdirSync(join(dir, 'assets'));
  const cdnFont = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.js'))) {
    const path = join(dir, name);
    const code = readFileSync(path, 'utf8');
    const local = code.replace(cdnFont, (url, family: string, subset: string) => {
      const file = assets.find((asset) => asset.startsWith(`${family}-${subset}-`) && asset.endsWith('.woff2'));
      return file ? `${EDITOR_PATH}assets/${file}` : url;
    });
    if (local !== code) writeFileSync(path, local);
  }
}

export function copyEditor(bundle: string, outDir: string) {
  cpSync(bundle, join(outDir, EDITOR_PATH), { recursive: true });
}

/**
 * Middleware for `astro dev`: serves the bundle at /admin/editor/. sirv, a development-only
 * package, is loaded here and only here, so a build never imports it.
 */
export async function serveEditor(bundle: string) {
  const { default: sirv } = await import('sirv');
  const handler = sirv(bundle, { dev: true });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!req.url?.startsWith(EDITOR_PATH)) return next();
    req.url = req.url.slice(EDITOR_PATH.length - 1);
    return handler(req, res, next);
  };
}
