/**
 * Where a site's files are. The demo site is the project itself; test fixtures and benchmarks
 * point `GONGKAI_SITE_DIR` at another folder holding their own `content/` and `public/`.
 */
import { resolve } from 'node:path';

export type SitePaths = {
  /** Folder holding `content/` and `public/`. */
  root: string;
  content: string;
  public: string;
};

export function sitePaths(root: string = process.env['GONGKAI_SITE_DIR'] ?? process.cwd()): SitePaths {
  const absolute = resolve(root);
  return { root: absolute, content: resolve(absolute, 'content'), public: resolve(absolute, 'public') };
}
