/**
 * Reads content files the way an editor wrote them, and the way Astro will read them.
 *
 * - Text is decoded as strict UTF-8: a file with invalid bytes is an error (a lenient read would
 *   silently replace them). Bidirectional control characters (U+202A–U+202E, U+2066–U+2069),
 *   which make a file display differently from what it says, are refused anywhere.
 * - The front matter is found with Astro's own function (`extractFrontmatter` of
 *   @astrojs/internal-helpers, which the glob loader and the MDX integration call), so the body
 *   checked here is exactly the body Astro renders: for `.md`, the text after the front matter,
 *   trimmed (what the content collection stores); for `.mdx`, the whole file with the front
 *   matter blanked out line for line (what the MDX compiler is given).
 * - The front matter and data files are parsed with the YAML 1.2 core schema, which has no
 *   timestamp type: `issued: 2015-13-45` stays the text `2015-13-45` and the date check can
 *   reject it. (Astro's own parser turns it into 2016-02-14; this pass runs before Astro's and
 *   stops the build first.) Every value keeps its source position so problems name the line.
 */
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { LineCounter, isScalar, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Problem } from './problems.ts';
import { contentText } from '../../i18n/content.ts';

export type SourceDoc = {
  /** Parsed data, or undefined when the YAML could not be parsed. */
  data: unknown;
  /** Line (1-based, in the file) of the value at a field path; falls back to the nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Markdown body after the front matter ('' for data files). */
  body: string;
  /** Line where the body starts. */
  bodyLine: number;
  problems: Problem[];
};

/** Characters that reorder how text is displayed (Trojan Source): never needed in a document. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The bidirectional control characters of a text, as one problem naming the first line. */
export function bidiProblem(text: string, file: string): Problem | undefined {
  const found = [...text.matchAll(BIDI_CONTROL)];
  if (found.length === 0) return undefined;
  const first = found[0]!;
  const code = `U+${first[0].codePointAt(0)!.toString(16).toUpperCase()}`;
  return { severity: 'error', file, line: lineAt(text, first.index), field: '', message: contentText.bidiControl(code, found.length) };
}

/**
 * The front matter and body as Astro reads them (`parseFrontmatter(…, 'empty-with-spaces')` of
 * @astrojs/internal-helpers): the text between the delimiters, and the rest of the file.
 */
function splitFrontMatter(text: string, file: string) {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return undefined;
  // Which delimiter Astro saw: its `frontmatterTypeRE` (@astrojs/internal-helpers/frontmatter, not exported).
  const delimiter = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(text)?.[1] ?? '---';
  const whole = `${delimiter}${raw}${delimiter}`;
  const start = text.indexOf(whole);
  // What the MDX compiler is given: the front matter replaced by spaces, line for line.
  const blanked = text.replace(whole, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  const yamlLine = lineAt(text, start);
  if (file.toLowerCase().endsWith('.mdx')) return { delimiter, yaml: raw, yamlLine, body: blanked, bodyLine: 1 };
  // What a content collection stores and renders for .md: the same, trimmed.
  const leading = blanked.length - blanked.trimStart().length;
  return { delimiter, yaml: raw, yamlLine, body: blanked.trim(), bodyLine: lineAt(blanked, leading) };
}

/** Parses a Markdown/MDX file's front matter, or a whole YAML data file. */
export function parseSource(text: string, file: string, isData: boolean): SourceDoc {
  let yamlText = text;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;
  const problems: Problem[] = [];
  const bidi = bidiProblem(text, file);
  if (bidi) return { data: undefined, lineOf: () => bidi.line, body: '', bodyLine: 1, problems: [bidi] };
  if (!isData) {
    const split = splitFrontMatter(text, file);
    if (!split || split.delimiter !== '---') {
      problems.push({
        severity: 'error',
        file,
        line: 1,
        field: '',
        message: split ? contentText.tomlFrontMatter : contentText.noFrontMatter,
      });
      return { data: undefined, lineOf: () => 1, body: split?.body ?? text, bodyLine: split?.bodyLine ?? 1, problems };
    }
    // Astro's delimiter match starts the YAML right after `---` (a space or a newline).
    yamlText = split.yaml;
    lineOffset = split.yamlLine - 1;
    body = split.body;
    bodyLine = split.bodyLine;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const reported = new Set<number>();
  for (const error of doc.errors) {
    const unclosed = unclosedAt(doc, yamlText, error);
    const line = lineCounter.linePos(unclosed?.offset ?? error.pos[0]).line + lineOffset;
    // One fault often trips several rules on the same line: the first says it best.
    if (reported.has(line)) continue;
    reported.add(line);
    problems.push({
      severity: 'error',
      file,
      line,
      field: '',
      message: unclosed
        ? contentText.yamlUnclosed(unclosed.open, unclosed.close, line)
        : contentText.yamlError(yamlErrorInChinese(error.code, error.message), line),
    });
  }
  if (problems.length > 0) return { data: undefined, lineOf: () => undefined, body, bodyLine, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // e.g. an alias (*name) whose anchor (&name) is missing: still a YAML mistake, not a crash.
    problems.push({
      severity: 'error',
      file,
      line: lineOffset + 1,
      field: '',
      message: contentText.yamlValue(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)),
    });
    return { data: undefined, lineOf: () => undefined, body, bodyLine, problems };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line + lineOffset;
      // A missing key inside a map: point at the map itself.
    }
    return lineOffset + 1;
  };
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    problems.push({
      severity: 'error',
      file,
      line: lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line + lineOffset,
      field: '',
      message: contentText.notAMap,
    });
  }
  return { data: data ?? {}, lineOf, body, bodyLine, problems };
}

/**
 * A bracket or quote left open is where the fault is, though YAML notices it only at a later
 * line: the flow collection or quoted value (as YAML's own parser read it) that began before
 * the error and does not end with its closing character.
 */
function unclosedAt(
  doc: Document,
  text: string,
  error: YAMLError,
): { offset: number; open: string; close: string } | undefined {
  const flow = /end with an? ([\]}])/.exec(error.message)?.[1];
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
  if (!flow && !quote) return undefined;
  let found: { offset: number; open: string; close: string } | undefined;
  visit(doc, (_key, node) => {
    const range = (node as Node).range;
    if (!range || range[0] >= error.pos[0]) return;
    const first = text[range[0]];
    const last = text[range[1] - 1];
    const isFlow = flow && (node as { flow?: boolean }).flow && first === (flow === ']' ? '[' : '{');
    const isQuoted = quote && isScalar(node) && first === quote;
    if ((isFlow && last !== flow) || (isQuoted && (range[1] - range[0] < 2 || last !== quote))) {
      found = { offset: range[0], open: first!, close: flow ?? quote! };
    }
  });
  return found;
}

function yamlErrorInChinese(code: string, message: string): string {
  const known = contentText.yamlCodes[code];
  const firstLine = message.split('\n')[0] ?? message;
  return known ? contentText.yamlReason(known, firstLine) : firstLine;
}

/**
 * Reads a file as strict UTF-8. Invalid bytes are an error naming the first line they are on,
 * never silently replaced (Node's lenient decoding would turn them into U+FFFD).
 */
export function readText(absolute: string, file: string): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  const bytes = readFileSync(absolute);
  const lenient = bytes.toString('utf8');
  if (isUtf8(bytes)) return { text: lenient };
  const line = lineAt(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
  return { problem: { severity: 'error', file, line, field: '', message: contentText.notUtf8 } };
}

/** Reads and parses a content file; an unreadable file becomes its problem. */
export function readSource(absolute: string, file: string, isData: boolean): SourceDoc {
  const read = readText(absolute, file);
  if (read.problem) return { data: undefined, lineOf: () => read.problem.line, body: '', bodyLine: 1, problems: [read.problem] };
  return parseSource(read.text, file, isData);
}
