/**
 * The body of a law: 编/章/节 headings and articles (第X条, 第X条之一), split from the national
 * database's Markdown export, stored as plain Markdown (`## 第一章 总则`, `第一条 ……`: no HTML,
 * nothing the content guard or an editor would trip over) and rendered for the page from the
 * same split: each heading an `<hN id>` element, each article a paragraph that starts with a
 * self-link `<a class="art" id="art-3" href="#art-3">第三条</a>`. The anchors come from the text
 * alone, so the importer, the page, the check and every citation compute the same ones.
 *
 * Traps handled here: full-width and non-breaking spaces (also inside headings: 第一章　总　则),
 * heading depths that vary from file to file, a table of contents that lists every chapter
 * heading before the text (duplicate anchors), headings repeated under different chapters
 * (第一节 一般规定), empty headings, the title repeated as the first line, the history written
 * in brackets at the top of the body, articles numbered twice.
 */
import {
  HEADING_KINDS,
  articleAnchor,
  headingAnchor,
  parseArticleStart,
  parseStructuralHeading,
  type HeadingKind,
} from './anchors.ts';
import { cleanSpaces, parseBracketedHistory, type HistoryEvent } from './history.ts';
import { NUMERAL_CHARS, asciiDigits } from './numbers.ts';

export type HeadingBlock = {
  type: 'heading';
  /** 2 (top) to 6. */
  level: number;
  kind: HeadingKind | 'other';
  id: string;
  /** `第一章 总则`. */
  text: string;
};
export type ArticleBlock = { type: 'article'; id: string; label: string; text: string };
export type ParagraphBlock = { type: 'paragraph'; text: string };
export type Block = HeadingBlock | ArticleBlock | ParagraphBlock;

export type BodyNote =
  | { kind: 'toc-removed'; count: number }
  | { kind: 'empty-heading' }
  | { kind: 'duplicate-heading'; text: string; id: string }
  | { kind: 'duplicate-article'; label: string; id: string }
  | { kind: 'title-repeated' }
  | { kind: 'body-history'; events: number }
  | { kind: 'no-body' };

type RawBlock = { heading?: { depth: number; text: string }; lines: string[] };

/** Blocks of consecutive non-empty lines; a heading line is always its own block. */
function rawBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  for (const raw of lines) {
    const line = cleanSpaces(raw);
    const heading = /^(#{1,6})(?:\s+(.*))?$/.exec(line);
    if (heading) {
      blocks.push({ heading: { depth: heading[1]!.length, text: heading[2] ?? '' }, lines: [] });
      current = undefined;
    } else if (line === '') current = undefined;
    else if (current) current.lines.push(line);
    else {
      current = { lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

/** `第一章　总　则` → `第一章 总则`: spaces between Chinese characters are typesetting, not text. */
export function normaliseHeading(text: string): string {
  const joined = cleanSpaces(asciiDigits(text)).replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  const structural = parseStructuralHeading(joined);
  if (structural) return structural.title ? `${structural.label} ${structural.title}` : structural.label;
  return joined;
}

const compact = (text: string) => cleanSpaces(text).replace(/[\s《》]/g, '');

/**
 * Drops a table of contents: headings at the start of the body with no text between them, every
 * one of which appears again after them (北京市种子条例 lists its eight chapters, then starts
 * again at 第一章). The longest such run is dropped. Chapters that the text then writes as plain
 * lines (重庆市长江防护林体系管理条例: `总 则`, `规划管理`) become their headings again.
 */
function dropTableOfContents(input: RawBlock[]): { blocks: RawBlock[]; removed: number } {
  // The whole table of contents on one heading line: `## 第一章 总则 第二章 任免范围 ……`.
  const oneLine = new RegExp(`第[${NUMERAL_CHARS}]+[编章节].*第[${NUMERAL_CHARS}]+[编章节]`);
  const first = input[0]?.heading;
  if (first && oneLine.test(first.text)) return { blocks: input.slice(1), removed: 1 };
  const blocks = input;
  let run = 0;
  while (run < blocks.length && blocks[run]!.heading) run++;
  for (let k = run; k >= 2; k--) {
    const later = new Set(blocks.slice(k).flatMap((b) => (b.heading ? [compact(b.heading.text)] : [])));
    const toc = blocks.slice(0, k).filter((b) => compact(b.heading!.text) !== '');
    const missing = toc.filter((b) => !later.has(compact(b.heading!.text)));
    if (missing.length === 0) return { blocks: blocks.slice(k), removed: k };
    if (k !== run || k < 3) continue;
    // Each missing chapter must be found, in order, as a plain line holding its title.
    const restored = new Map<number, RawBlock>();
    let cursor = k;
    for (const heading of missing) {
      const title = parseStructuralHeading(normaliseHeading(heading.heading!.text))?.title;
      let at = cursor;
      while (
        at < blocks.length &&
        (blocks[at]!.heading || !title || compact(blocks[at]!.lines.join('')) !== compact(title))
      )
        at++;
      if (at >= blocks.length) break;
      restored.set(at, heading);
      cursor = at + 1;
    }
    if (restored.size === missing.length) {
      return { blocks: blocks.slice(k).map((b, i) => restored.get(i + k) ?? b), removed: k };
    }
  }
  return { blocks, removed: 0 };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A GFM table keeps its lines as they are: its rows are not prose. */
const isTable = (lines: readonly string[]) => lines.length >= 2 && lines.every((l) => l.startsWith('|'));

export type SplitBody = { blocks: Block[]; history?: HistoryEvent[] | undefined; notes: BodyNote[] };

/**
 * Splits a body into headings, articles and paragraphs and gives each heading and article a
 * unique, stable anchor. On import (`cleanUp`), it also removes what the export repeats: the
 * history in brackets at the top, the title as the first line (`titles`: title, title + part),
 * a table of contents before the text. A stored body is read without `cleanUp`.
 */
export function splitBody(
  lines: readonly string[],
  options: { cleanUp?: boolean; titles?: readonly string[] } = {},
): SplitBody {
  const blocks = rawBlocks(lines);
  if (blocks.length === 0) return { blocks: [], notes: [{ kind: 'no-body' }] };
  if (!options.cleanUp) return finish(blocks, [], undefined);
  const cleaned = cleanUp(blocks, options.titles ?? []);
  return finish(cleaned.blocks, cleaned.notes, cleaned.history);
}

function cleanUp(
  input: RawBlock[],
  titles: readonly string[],
): { blocks: RawBlock[]; notes: BodyNote[]; history?: HistoryEvent[] | undefined } {
  const notes: BodyNote[] = [];
  let blocks = input;

  // The history written in brackets at the top: `（` / `2010年7月30日……修正）`.
  let history: HistoryEvent[] | undefined;
  for (let take = 1; take <= Math.min(3, blocks.length); take++) {
    const first = blocks.slice(0, take);
    if (first.some((b) => b.heading)) break;
    const parsed = parseBracketedHistory(first.flatMap((b) => b.lines).join(''));
    if (parsed) {
      history = parsed;
      blocks = blocks.slice(take);
      notes.push({ kind: 'body-history', events: parsed.length });
      break;
    }
  }

  // The title again as the first line (or first heading) of the body.
  const names = new Set(titles.map(compact));
  const first = blocks[0];
  if (first && names.has(compact(first.heading ? first.heading.text : first.lines.join('')))) {
    blocks = blocks.slice(1);
    notes.push({ kind: 'title-repeated' });
  }

  const toc = dropTableOfContents(blocks);
  blocks = toc.blocks;
  if (toc.removed > 0) notes.push({ kind: 'toc-removed', count: toc.removed });
  return { blocks, notes, history };
}

function finish(blocks: RawBlock[], notes: BodyNote[], history: HistoryEvent[] | undefined): SplitBody {
  // Heading levels: by kind (编 > 分编 > 章 > 节) where the text says it, so a file whose
  // chapters are `###` and another whose chapters are `##` come out alike.
  const kinds = new Set<HeadingKind>();
  let minDepth = 6;
  for (const block of blocks) {
    if (!block.heading) continue;
    const parsed = parseStructuralHeading(normaliseHeading(block.heading.text));
    if (parsed) kinds.add(parsed.kind);
    else minDepth = Math.min(minDepth, block.heading.depth);
  }
  const ranks = HEADING_KINDS.filter((kind) => kinds.has(kind));

  const result: Block[] = [];
  const used = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-x${n}`;
    used.add(candidate);
    return candidate;
  };
  const path: { kind: HeadingKind; number: number }[] = [];
  let others = 0;
  for (const block of blocks) {
    if (block.heading) {
      const text = normaliseHeading(block.heading.text);
      if (text === '') {
        notes.push({ kind: 'empty-heading' });
        continue;
      }
      const parsed = parseStructuralHeading(text);
      let wanted: string;
      let level: number;
      if (parsed) {
        const rank = HEADING_KINDS.indexOf(parsed.kind);
        while (path.length > 0 && HEADING_KINDS.indexOf(path[path.length - 1]!.kind) >= rank) path.pop();
        path.push({ kind: parsed.kind, number: parsed.number });
        wanted = headingAnchor(path);
        level = 2 + ranks.indexOf(parsed.kind);
      } else {
        wanted = `h-${++others}`;
        level = Math.min(6, 2 + Math.max(0, block.heading.depth - minDepth));
      }
      const id = unique(wanted);
      if (id !== wanted) notes.push({ kind: 'duplicate-heading', text, id });
      result.push({ type: 'heading', level, kind: parsed?.kind ?? 'other', id, text });
      continue;
    }
    const text = block.lines.join('\n');
    const article = isTable(block.lines) ? undefined : parseArticleStart(text);
    if (article) {
      const wanted = articleAnchor(article);
      const id = unique(wanted);
      if (id !== wanted) notes.push({ kind: 'duplicate-article', label: article.label, id });
      result.push({ type: 'article', id, label: article.label, text: text.slice(article.label.length).trim() });
    } else result.push({ type: 'paragraph', text });
  }
  if (!result.some((block) => block.type !== 'heading')) notes.push({ kind: 'no-body' });
  return { blocks: result, history, notes };
}

/**
 * The blocks as the library stores them: plain Markdown that an editor could have typed
 * (`## 第一章 总则`, `第一条 ……`), heading depths normalised. Reading it back with `splitBody`
 * gives the same blocks and the same anchors, so pages, checks and citations always agree.
 */
export function renderBody(blocks: readonly Block[]): string {
  const out = blocks.map((block) => {
    if (block.type === 'heading') return `${'#'.repeat(block.level)} ${block.text}`;
    if (block.type === 'article') return block.text ? `${block.label} ${block.text}` : block.label;
    return block.text;
  });
  return out.length ? `${out.join('\n\n')}\n` : '';
}

/** A pipe table as HTML: the first row is the header, the `---` row is skipped. */
function tableHtml(lines: readonly string[]): string {
  const cells = (line: string) =>
    line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => escapeHtml(cell.trim()));
  const rows = lines.filter((line) => !/^\|?[\s:|-]+\|?$/.test(line));
  const [head, ...body] = rows;
  const th = head
    ? `<thead><tr>${cells(head)
        .map((c) => `<th scope="col">${c}</th>`)
        .join('')}</tr></thead>`
    : '';
  const tr = body
    .map(
      (row) =>
        `<tr>${cells(row)
          .map((c) => `<td>${c}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="table-scroll"><table>${th}<tbody>${tr}</tbody></table></div>`;
}

/**
 * The blocks as HTML for the page: headings with their anchors (Pagefind builds sub-results
 * from them), each article a paragraph opening with a self-link `<a class="art" id="art-3"
 * href="#art-3">第三条</a>`. One string per law, joined once: fast for 300 articles.
 */
export function renderBodyHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'heading') {
        return `<h${block.level} id="${block.id}">${escapeHtml(block.text)}</h${block.level}>`;
      }
      if (block.type === 'article') {
        const text = block.text.split('\n').map(escapeHtml).join('<br>');
        return `<p><a class="art" id="${block.id}" href="#${block.id}">${escapeHtml(block.label)}</a> ${text}</p>`;
      }
      const lines = block.text.split('\n');
      return isTable(lines) ? tableHtml(lines) : `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
    })
    .join('\n');
}
