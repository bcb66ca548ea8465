/**
 * The files of a site, found the way the build finds them.
 *
 * - A collection's files are listed with the same call as Astro's glob loader (`tinyglobby`
 *   with the collection's pattern, relative to its folder, `expandDirectories: false`), so the
 *   check reads exactly the files Astro will publish, no more and no fewer.
 * - Everything under `content/` and `public/` is looked at without following links (`lstat`):
 *   a symbolic link would publish whatever it points to (a system file, `.git/config`, the
 *   signing key), so it is an error, as is anything that is neither a file nor a folder.
 * - A file that Astro would skip without a word is an error too: an extension in another case
 *   (`通知.MD`), and a second file with the same id (`a.md` beside `a.mdx`).
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { contentText } from '../../i18n/content.ts';
import type { Problem } from './problems.ts';
import type { SitePaths } from './paths.ts';
import { collectionNames, collections, entryId, extensionsOf, type CollectionName } from './collections.ts';

export type SiteFile = {
  absolute: string;
  /** Path relative to the site root, with forward slashes, for messages. */
  file: string;
  /** Path relative to the collection folder. */
  relativeToFolder: string;
};

const slashes = (path: string) => path.split('\\').join('/');

/** Is `path` (inside `folder`), or a folder on the way to it from `folder`, a symbolic link? */
function isLink(folder: string, path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink() || realpathSync(path) !== join(realpathSync(folder), relative(folder, path));
  } catch {
    return true;
  }
}

/**
 * The files of a collection, as Astro's glob loader lists them, sorted. Symbolic links are left
 * out: the file check reports them, and the check reads nothing outside the site.
 */
export function collectionFiles(paths: SitePaths, name: CollectionName): SiteFile[] {
  const folder = join(paths.content, collections[name].folder);
  return globSync(collections[name].pattern, { cwd: folder, expandDirectories: false })
    .sort()
    .filter((relativeToFolder) => !isLink(folder, join(folder, relativeToFolder)))
    .map((relativeToFolder) => ({
      absolute: join(folder, relativeToFolder),
      file: slashes(relative(paths.root, join(folder, relativeToFolder))),
      relativeToFolder: slashes(relativeToFolder),
    }));
}

/**
 * Everything under a folder, in order, without following links (a link to a folder is listed,
 * never entered: `readdirSync`'s own `recursive` enters them); a missing folder has nothing.
 */
export function entriesUnder(folder: string): Dirent[] {
  const found: Dirent[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      found.push(entry);
      if (entry.isDirectory()) walk(join(dir, entry.name));
    }
  };
  walk(folder);
  return found;
}

/**
 * Problems with the files themselves: links, special files, extensions in another case, two
 * files with one id. Reported for `content/` and `public/`.
 */
export function checkFileTree(paths: SitePaths): Problem[] {
  const problems: Problem[] = [];
  const report = (absolute: string, message: string) =>
    problems.push({ severity: 'error', file: slashes(relative(paths.root, absolute)), field: '', message });
  for (const folder of [paths.content, paths.public]) {
    for (const entry of entriesUnder(folder)) {
      const absolute = join(entry.parentPath, entry.name);
      if (entry.isSymbolicLink()) {
        let target: string | undefined;
        try {
          statSync(absolute);
          target = readlinkSync(absolute);
        } catch {
          target = undefined;
        }
        report(absolute, target === undefined ? contentText.danglingSymlink : contentText.symlink(target));
      } else if (!entry.isFile() && !entry.isDirectory()) report(absolute, contentText.notAFile);
    }
  }
  for (const name of collectionNames) {
    const folder = join(paths.content, collections[name].folder);
    const extensions = extensionsOf(name);
    for (const entry of entriesUnder(folder)) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const extension = /\.[^.]+$/.exec(entry.name)?.[0];
      if (extension && !extensions.includes(extension) && extensions.includes(extension.toLowerCase())) {
        report(join(entry.parentPath, entry.name), contentText.extensionCase(extension, extensions.join('、')));
      }
    }
    const seen = new Map<string, string>();
    for (const file of collectionFiles(paths, name)) {
      const id = entryId(file.relativeToFolder);
      const other = seen.get(id);
      if (other) report(file.absolute, contentText.sameId(id, other));
      else seen.set(id, file.file);
    }
  }
  return problems;
}
