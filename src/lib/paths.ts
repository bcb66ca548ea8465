/** Paths on disk, shared by every layer (pure `node:path`). */
import { isAbsolute, relative, resolve } from 'node:path';

/** Is `path` inside `folder` (or the folder itself)? */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
