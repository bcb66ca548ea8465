/**
 * Reads content files the way an editor wrote them.
 *
 * Front matter and data files are parsed with the YAML 1.2 core schema, which has no timestamp
 * type: `issued: 2015-13-45` stays the text `2015-13-45` and the date check can reject it.
 * (Astro's own parser turns it into 2016-02-14; this pass runs before Astro's and stops the
 * build first.) Every value keeps its source position so problems name the line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.ts';

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

const FRONTMATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses a Markdown/MDX file's front matter, or a whole YAML data file. */
export function parseSource(text: string, file: string, isData: boolean): SourceDoc {
  let yamlText = text;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;
  const problems: Problem[] = [];
  if (!isData) {
    const match = FRONTMATTER_RE.exec(text);
    if (!match) {
      problems.push({
        severity: 'error',
        file,
        line: 1,
        field: '',
        message: '文件开头缺少用 --- 包围的字段区（front matter）；应以一行 --- 开始，写完字段后再写一行 ---。',
      });
      return { data: undefined, lineOf: () => 1, body: text, bodyLine: 1, problems };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
    problems.push({
      severity: 'error',
      file,
      line,
      field: '',
      message: `YAML 格式错误：${yamlErrorInChinese(error.code, error.message)}。请检查第 ${line} 行附近的缩进、冒号和引号。`,
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
      message: `YAML 格式错误：${error instanceof Error ? error.message.split('\n')[0] : String(error)}。值中含有 * & ! 等符号时请用引号括起来。`,
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
      line: lineOffset + 1,
      field: '',
      message: '字段区应是“字段名: 值”的列表；现在的内容不是这种形式。',
    });
  }
  return { data: data ?? {}, lineOf, body, bodyLine, problems };
}

function yamlErrorInChinese(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次',
    BAD_INDENT: '缩进不一致',
    MISSING_CHAR: '缺少必要的符号（例如冒号后的空格或配对的引号）',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行，可能缺少冒号或引号未闭合',
    BLOCK_AS_IMPLICIT_KEY: '缩进或冒号位置有误',
    TAB_AS_INDENT: '用了制表符缩进，只能用空格',
    UNEXPECTED_TOKEN: '出现了意外的字符',
    BAD_SCALAR_START: '值的开头字符有误，含特殊符号时请用引号括起来',
  };
  const firstLine = message.split('\n')[0] ?? message;
  return known[code] ? `${known[code]}（${firstLine}）` : firstLine;
}

export type RawFile = { absolute: string; relativeToRoot: string; relativeToFolder: string };

/** Files under `folder` with one of `extensions`, sorted, ignoring hidden names (starting with `.`), as Astro's glob loader does. */
export function listFiles(root: string, folder: string, extensions: string[], recursive = true): RawFile[] {
  const files: RawFile[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const absolute = join(dir, name);
      if (statSync(absolute).isDirectory()) {
        if (recursive) walk(absolute);
      }
      else if (extensions.some((ext) => name.toLowerCase().endsWith(ext))) {
        files.push({
          absolute,
          relativeToRoot: relative(root, absolute).split('\\').join('/'),
          relativeToFolder: relative(folder, absolute).split('\\').join('/'),
        });
      }
    }
  };
  walk(folder);
  return files;
}

export function readSource(file: RawFile, isData: boolean): SourceDoc {
  return parseSource(readFileSync(file.absolute, 'utf8'), file.relativeToRoot, isData);
}


