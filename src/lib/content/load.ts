/**
 * Loads and validates a whole site's content without Astro: the site configuration and every
 * collection, each file parsed from its raw text and checked against its schema. Used by
 * `npm run check` and, before Astro reads anything, by the build (src/integrations/gongkai.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import type { z } from 'astro/zod';
import { SiteSchema, type SiteConfig } from '../../schemas/site.ts';
import { OrganisationSchema, type Organisation } from '../../schemas/organisation.ts';
import { SynonymsSchema, type Synonyms } from '../../schemas/synonyms.ts';
import { SearchVocabularySchema, type SearchVocabulary } from '../../schemas/searchVocabulary.ts';
import { QuestionFramesSchema, type QuestionFrames } from '../../schemas/questionFrames.ts';
import { PopularNamesSchema, type PopularNames } from '../../schemas/popularNames.ts';
import { collectionNames, collections, entryId, type CollectionName } from './collections.ts';
import { parseSource, readSource, readText, type SourceDoc } from './read.ts';
import { collectionFiles } from './files.ts';
import { fieldName, type Problem } from './problems.ts';
import type { SitePaths } from './paths.ts';
import { contentText } from '../../i18n/content.ts';

type Output<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;

export type LoadedEntry<C extends CollectionName = CollectionName> = {
  collection: C;
  id: string;
  /** Path relative to the site root, for messages. */
  file: string;
  data: Output<C>;
  body: string;
  bodyLine: number;
  lineOf: SourceDoc['lineOf'];
};

export type LoadedSite = {
  site: SiteConfig | undefined;
  organisation: Organisation | undefined;
  entries: { [C in CollectionName]: LoadedEntry<C>[] };
  /** Ids of every file found, valid or not: a reference to a file with errors is not "missing". */
  ids: { [C in CollectionName]: Set<string> };
  problems: Problem[];
};

export const SITE_FILE = 'content/site.yaml';

/** Turns zod issues into problems that name the file, line and field. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], file: string, lineOf: SourceDoc['lineOf']): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, at the key's own line.
      const messages = issue.message.split('\n');
      issue.keys.forEach((key, index) => {
        const path = [...issue.path, key];
        const message = messages[index] ?? issue.message;
        // No Chinese label: an unknown name has no meaning yet (the message suggests one that does).
        problems.push({ severity: 'error', file, line: lineOf(path), field: fieldName(path, false), message });
      });
      continue;
    }
    problems.push({ severity: 'error', file, line: lineOf(issue.path), field: fieldName(issue.path), message: issue.message });
  }
  return problems;
}

/** Validates one parsed source against a schema. */
export function validateSource<S extends z.ZodType>(
  schema: S,
  source: SourceDoc,
  file: string,
): { data: z.output<S> | undefined; problems: Problem[] } {
  if (source.problems.length > 0 || source.data === undefined) return { data: undefined, problems: source.problems };
  const result = schema.safeParse(source.data);
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: issuesToProblems(result.error.issues, file, source.lineOf) };
}

export function loadSiteConfig(paths: SitePaths): { site: SiteConfig | undefined; problems: Problem[] } {
  const path = join(paths.content, 'site.yaml');
  if (!existsSync(path)) {
    return {
      site: undefined,
      problems: [
        {
          severity: 'error',
          file: SITE_FILE,
          field: '',
          message: contentText.noSiteFile,
        },
      ],
    };
  }
  const source = readSource(path, SITE_FILE, true);
  const { data, problems } = validateSource(SiteSchema, source, SITE_FILE);
  return { site: data, problems };
}

export const ORGANISATION_FILE = 'content/organisation.yaml';

/** content/organisation.yaml, optional: a site without it has no organisation pages. */
export function loadOrganisation(paths: SitePaths): { organisation: Organisation | undefined; problems: Problem[] } {
  const path = join(paths.content, 'organisation.yaml');
  if (!existsSync(path)) return { organisation: undefined, problems: [] };
  const source = readSource(path, ORGANISATION_FILE, true);
  const { data, problems } = validateSource(OrganisationSchema, source, ORGANISATION_FILE);
  return { organisation: data, problems };
}

export const SYNONYMS_FILE = 'content/synonyms.yaml';

/** content/synonyms.yaml, optional: a site without it searches without synonyms. */
export function loadSynonyms(paths: SitePaths): { synonyms: Synonyms; problems: Problem[] } {
  const path = join(paths.content, 'synonyms.yaml');
  if (!existsSync(path)) return { synonyms: { groups: [] }, problems: [] };
  const source = readSource(path, SYNONYMS_FILE, true);
  const { data, problems } = validateSource(SynonymsSchema, source, SYNONYMS_FILE);
  return { synonyms: data ?? { groups: [] }, problems };
}

/** What search knows of language: everyday words, question frames, popular names of provisions. */
export type SearchLanguageFiles = {
  vocabulary: SearchVocabulary['entries'];
  frames: QuestionFrames['frames'];
  names: PopularNames['names'];
  problems: Problem[];
};

/** The project's reviewed lists (src/search/), each with a site's optional additions in content/. */
const SEARCH_FILES = {
  vocabulary: { project: 'src/search/vocabulary.yaml', site: 'content/vocabulary.yaml', schema: SearchVocabularySchema },
  frames: { project: 'src/search/question-frames.yaml', site: undefined, schema: QuestionFramesSchema },
  names: { project: 'src/search/popular-names.yaml', site: 'content/popular-names.yaml', schema: PopularNamesSchema },
} as const;

type SearchFile = keyof typeof SEARCH_FILES;

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The project's search language files, validated, by their text: they change only with the code,
 * and the check reads them on every run (the tests run it hundreds of times). Frozen, so a
 * caller that changed the shared copy would fail at once.
 */
const projectFiles = new Map<string, { data: unknown; problems: Problem[] }>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A project file of `spec`, parsed and validated once per text. */
function projectFile(spec: (typeof SEARCH_FILES)[SearchFile], text: string): { data: unknown; problems: Problem[] } {
  const key = `${spec.project}\n${text}`;
  let file = projectFiles.get(key);
  if (!file) {
    const result = validateSource(spec.schema, parseSource(text, spec.project, true), spec.project);
    file = { data: deepFreeze(result.data), problems: result.problems };
    if (projectFiles.size >= 16) projectFiles.clear();
    projectFiles.set(key, file);
  }
  return file;
}

/**
 * The search language files, validated. `projectTexts`: the project's files as text, for code
 * bundled by the build (src/data/searchLanguage.ts imports them), where this module's own
 * location is not the project's; the check and the tests read them from disk.
 */
export function loadSearchLanguage(
  paths: SitePaths,
  projectTexts?: Record<SearchFile, string>,
): SearchLanguageFiles {
  const problems: Problem[] = [];
  const validate = <S extends z.ZodType>(source: SourceDoc, label: string, schema: S): z.output<S> | undefined => {
    const result = validateSource(schema, source, label);
    problems.push(...result.problems);
    return result.data;
  };
  const both = <K extends SearchFile>(name: K) => {
    const spec = SEARCH_FILES[name];
    const read = projectTexts ? { text: projectTexts[name] } : readText(join(projectRoot, spec.project), spec.project);
    const project = read.problem ? { data: undefined, problems: [read.problem] } : projectFile(spec, read.text);
    problems.push(...project.problems);
    const site = spec.site && existsSync(join(paths.root, spec.site)) ? readSource(join(paths.root, spec.site), spec.site, true) : undefined;
    return [project.data, site && spec.site ? validate(site, spec.site, spec.schema) : undefined];
  };
  const vocabulary = both('vocabulary').flatMap((file) => (file as { entries?: SearchVocabulary['entries'] } | undefined)?.entries ?? []);
  const frames = both('frames').flatMap((file) => (file as { frames?: QuestionFrames['frames'] } | undefined)?.frames ?? []);
  const names = both('names').flatMap((file) => (file as { names?: PopularNames['names'] } | undefined)?.names ?? []);
  return { vocabulary, frames, names, problems };
}

export function loadContent(paths: SitePaths): LoadedSite {
  const { site, problems } = loadSiteConfig(paths);
  const { organisation, problems: organisationProblems } = loadOrganisation(paths);
  problems.push(...organisationProblems, ...loadSynonyms(paths).problems, ...loadSearchLanguage(paths).problems);
  const entries = Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as LoadedSite['entries'];
  const ids = Object.fromEntries(collectionNames.map((name) => [name, new Set<string>()])) as LoadedSite['ids'];
  for (const name of collectionNames) {
    const spec = collections[name];
    const isData = spec.pattern.endsWith('yml}');
    if (!spec.pattern.startsWith('**/')) {
      // A flat collection ignores sub-folders; say so rather than skip files silently.
      const nested = globSync(`*/**/${spec.pattern}`, { cwd: join(paths.content, spec.folder), expandDirectories: false });
      for (const file of nested.sort()) {
        problems.push({
          severity: 'warning',
          file: `content/${spec.folder}/${file}`,
          field: '',
          message: contentText.nestedFile(spec.folder),
        });
      }
    }
    for (const file of collectionFiles(paths, name)) {
      const id = entryId(file.relativeToFolder);
      // A second file with the same id is reported by the file check (./files.ts), not loaded.
      if (ids[name].has(id)) continue;
      ids[name].add(id);
      const source = readSource(file.absolute, file.file, isData);
      const result = validateSource(spec.schema, source, file.file);
      problems.push(...result.problems);
      if (result.data === undefined) continue;
      (entries[name] as LoadedEntry[]).push({
        collection: name,
        id,
        file: file.file,
        data: result.data,
        body: source.body,
        bodyLine: source.bodyLine,
        lineOf: source.lineOf,
      });
    }
  }
  return { site, organisation, entries, ids, problems };
}
