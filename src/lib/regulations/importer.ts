/**
 * The import of an export folder into the library folder, used by `npm run import:regulations`
 * and the benchmark. Each source file becomes `<out>/<law slug>/<公布日期>.md`; the manifest
 * `<out>/import-manifest.json` maps source paths to entry ids, so running it again updates the
 * same files (and renames an entry whose title or date changed) instead of adding duplicates.
 * A file that cannot be imported is reported and skipped; the others are written.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { regulationText } from '../../i18n/regulations.ts';
import { parseExport, type ImportNote } from './exportFormat.ts';
import { isInside } from '../paths.ts';

const n = regulationText.importer.notes;

export const MANIFEST_FILE = 'import-manifest.json';

/** Fields the importer never writes: an editor's value survives a re-import. */
const EDITOR_FIELDS = ['status', 'statusDate'] as const;

export type ImportedFile = {
  /** Path inside the export folder, `/`-separated. */
  source: string;
  id?: string | undefined;
  outcome: 'added' | 'updated' | 'unchanged' | 'duplicate' | 'failed';
  notes: ImportNote[];
  articles: number;
  /** A file with the same text as another one: not written again. */
  duplicateOf?: string | undefined;
};

export type ImportReport = {
  files: ImportedFile[];
  /** Entries of import-manifest.json that pointed outside the library or had another shape: ignored. */
  ignoredEntries: string[];
  /** Symbolic links in the export folder: not followed. */
  skippedLinks: string[];
  /** Entries of earlier imports deleted because their source now gives another id. */
  removed: string[];
  laws: number;
  versions: number;
  ms: number;
};

type Manifest = { about: string; files: Record<string, string> };

/**
 * `.md` files under `dir`, sorted, as `/`-separated paths relative to it. Symbolic links are not
 * followed (they could lead anywhere): they are listed in `links`.
 */
export function exportFiles(dir: string, links: string[] = []): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) links.push(relative(dir, path).split(sep).join('/'));
      else if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && name.toLowerCase().endsWith('.md'))
        found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found;
}

/** An entry id as the importer makes them: `<law slug>/<YYYY-MM-DD or undated>`, nothing that leaves the folder. */
const ENTRY_ID = /^[\p{Script=Han}A-Za-z0-9-]+\/(\d{4}-\d{2}-\d{2}|undated)$/u;
/** A source path inside the export folder: relative, no `..` segment. */
const isSourcePath = (path: string) =>
  !path.startsWith('/') && !/^[a-z]:/i.test(path) && !path.split(/[\\/]/).includes('..');

/**
 * The manifest of earlier imports. An entry that names a path outside the library (`../x`) or
 * is not shaped like the importer's own is ignored, so the importer never reads, writes or
 * deletes outside its folders, whatever the file says.
 */
function readManifest(out: string, ignored: string[]): Manifest {
  const path = join(out, MANIFEST_FILE);
  const empty: Manifest = { about: '', files: {} };
  if (!existsSync(path)) return empty;
  let parsed: Partial<Manifest>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
  } catch {
    return empty;
  }
  const files: Record<string, string> = {};
  for (const [source, id] of Object.entries(parsed.files ?? {})) {
    if (typeof id === 'string' && ENTRY_ID.test(id) && isSourcePath(source) && isInside(out, join(out, `${id}.md`))) {
      files[source] = id;
    } else ignored.push(`${source} → ${String(id)}`);
  }
  return { about: '', files };
}

/** Front matter of an existing entry, or undefined when it has none that parses. */
function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return undefined;
  const doc = parseDocument(match[1]!, { schema: 'core' });
  if (doc.errors.length) return undefined;
  const data = doc.toJS() as unknown;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

/** The entry file: YAML front matter, a blank line, the body. */
export function entryText(data: Record<string, unknown>, body: string): string {
  const yaml = stringify(data, { lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n\n${body}`;
}

function removeIfEmpty(folder: string, stop: string) {
  let current = folder;
  while (current.startsWith(stop) && current !== stop) {
    if (!existsSync(current) || readdirSync(current).length > 0) return;
    rmdirSync(current);
    current = dirname(current);
  }
}

export function importRegulations(options: { from: string; out: string; source: string }): ImportReport {
  const started = performance.now();
  const { from, out, source } = options;
  const ignoredEntries: string[] = [];
  const skippedLinks: string[] = [];
  const manifest = readManifest(out, ignoredEntries);
  const importerIds = new Set(Object.values(manifest.files));
  const files: ImportedFile[] = [];
  const claimed = new Map<string, string>();
  const written = new Map<string, string>();
  const nextManifest: Record<string, string> = { ...manifest.files };
  const produced = new Set<string>();

  for (const path of exportFiles(from, skippedLinks)) {
    let text: string;
    try {
      text = readFileSync(join(from, path), 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      files.push({
        source: path,
        outcome: 'failed',
        notes: [{ severity: 'error', code: 'unreadable', message: n.unreadable(reason) }],
        articles: 0,
      });
      continue;
    }
    const { regulation, notes } = parseExport(text, path, source);
    if (!regulation) {
      files.push({ source: path, outcome: 'failed', notes, articles: 0 });
      continue;
    }
    const { id } = regulation;
    const other = claimed.get(id);
    if (other) {
      // The same text twice (`最高人民法院、最高人民检察院……` and `最高人民法院_最高人民检察院……`)
      // loses nothing; two different texts claiming one version do.
      const same = written.get(id) === regulation.body;
      notes.push(
        same
          ? { severity: 'warning', code: 'duplicate-file', message: n.duplicateFile(other) }
          : { severity: 'error', code: 'same-version', message: n.sameVersion(other) },
      );
      files.push({ source: path, id, outcome: same ? 'duplicate' : 'failed', notes, articles: 0, duplicateOf: other });
      if (same) nextManifest[path] = id;
      continue;
    }
    const file = join(out, `${id}.md`);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const existingData = existing === undefined ? undefined : frontMatterOf(existing);
    const ours =
      importerIds.has(id) ||
      (typeof existingData?.['source'] === 'string' && existingData['source'] === regulation.data.source);
    if (existing !== undefined && !ours) {
      notes.push({ severity: 'error', code: 'hand-written', message: n.handWritten(relative(out, file)) });
      files.push({ source: path, id, outcome: 'failed', notes, articles: 0 });
      continue;
    }
    claimed.set(id, path);
    written.set(id, regulation.body);
    const data: Record<string, unknown> = { ...regulation.data };
    for (const field of EDITOR_FIELDS) {
      if (existingData?.[field] !== undefined) data[field] = existingData[field];
    }
    const content = entryText(data, regulation.body);
    const outcome = existing === undefined ? 'added' : existing === content ? 'unchanged' : 'updated';
    if (outcome !== 'unchanged') {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    nextManifest[path] = id;
    produced.add(id);
    files.push({ source: path, id, outcome, notes, articles: regulation.articles });
  }

  // Entries whose source now gives another id (title or date changed): the old file goes.
  const removed: string[] = [];
  for (const [path, oldId] of Object.entries(manifest.files)) {
    const now = files.find((f) => f.source === path);
    if (!now || now.outcome === 'failed' || now.duplicateOf || now.id === oldId || produced.has(oldId)) continue;
    if (Object.entries(nextManifest).some(([other, id]) => other !== path && id === oldId)) continue;
    const file = join(out, `${oldId}.md`);
    if (existsSync(file) && isInside(out, file)) {
      rmSync(file);
      removeIfEmpty(dirname(file), out);
      removed.push(oldId);
    }
  }

  mkdirSync(out, { recursive: true });
  const sorted = Object.fromEntries(Object.entries(nextManifest).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifestText = `${JSON.stringify({ about: regulationText.importer.manifestAbout, files: sorted }, null, 2)}\n`;
  const manifestPath = join(out, MANIFEST_FILE);
  if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifestText)
    writeFileSync(manifestPath, manifestText);

  const imported = files.filter((f) => f.outcome !== 'failed' && !f.duplicateOf);
  return {
    files,
    ignoredEntries,
    skippedLinks,
    removed,
    laws: new Set(imported.map((f) => f.id!.slice(0, f.id!.lastIndexOf('/')))).size,
    versions: imported.length,
    ms: Math.round(performance.now() - started),
  };
}
