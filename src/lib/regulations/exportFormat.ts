/**
 * Reads one file of the national laws and regulations database's Markdown export:
 *
 *   # 社会救助暂行办法
 *
 *   2014年2月21日 中华人民共和国国务院令第649号公布
 *
 *   <!-- INFO END -->
 *
 *   ## 第一章 总则
 *
 *   第一条 为了加强社会救助，……
 *
 * and turns it into a regulation entry (front matter + Markdown body with anchors), with a note
 * for everything it fixed or could not read. It never throws: a file it cannot use at all comes
 * back with an `error` note and no entry. Its traps, and what happens to each: docs/regulations.md.
 */
import type { Regulation, RegulationLevel } from '../../schemas/regulation.ts';
import { regulationText } from '../../i18n/regulations.ts';
import { compareDates } from '../dates.ts';
import { renderBody, splitBody, type BodyNote } from './body.ts';
import {
  cleanSpaces,
  effectiveDateInBody,
  effectiveDateOf,
  issuerFromTitle,
  issuerOfHistory,
  parseHistory,
  publishDateOf,
  type HeaderNote,
  type HistoryEvent,
} from './history.ts';
import { lawSlug } from './library.ts';

const n = regulationText.importer.notes;

export type ImportNote = {
  severity: 'fixed' | 'warning' | 'error';
  /** Stable code, counted in the report summary (`fullwidth-space`, `no-history` …). */
  code: string;
  message: string;
};

export type ParsedRegulation = {
  /** Where it goes: `<law slug>/<公布日期 or undated>`, without `.md`. */
  id: string;
  data: Regulation;
  body: string;
  articles: number;
  headings: number;
};

export type ParseResult = { regulation?: ParsedRegulation | undefined; notes: ImportNote[] };

/** Folder names of the export (and of any library) that say the level. */
const FOLDER_LEVELS: Record<string, RegulationLevel> = {
  宪法: '宪法',
  法律: '法律',
  宪法相关法: '法律',
  民法典: '法律',
  民法商法: '法律',
  行政法: '法律',
  经济法: '法律',
  社会法: '法律',
  刑法: '法律',
  诉讼与非诉讼程序法: '法律',
  行政法规: '行政法规',
  地方性法规: '地方性法规',
  部门规章: '部门规章',
  地方政府规章: '地方政府规章',
  司法解释: '司法解释',
  规范性文件: '规范性文件',
};

/** 层级 from the folder, else from the title and issuer (undefined: could not tell). */
export function levelOf(relativePath: string, title: string, issuer: string | undefined, history: HistoryEvent[]) {
  for (const folder of relativePath.split('/').slice(0, -1)) {
    const level = FOLDER_LEVELS[folder];
    if (level) return level;
  }
  const byOrder = history.some((entry) => /令(第|〔|\[)/.test(entry.event));
  if (/^中华人民共和国宪法(修正案)?$/.test(title)) return '宪法';
  if (/^(最高人民法院|最高人民检察院)/.test(title) || /^(最高人民法院|最高人民检察院)/.test(issuer ?? '')) {
    return '司法解释';
  }
  if (issuer && /^全国人民代表大会/.test(issuer)) return '法律';
  if (issuer && /人民代表大会(常务委员会)?$/.test(issuer)) return '地方性法规';
  if (issuer && /^国务院/.test(issuer) && /(条例|规定|办法|细则)$/.test(title)) return '行政法规';
  if (issuer && /人民政府$/.test(issuer) && byOrder) return '地方政府规章';
  if (issuer && /(部|委员会|总局|署|局|银行)$/.test(issuer) && byOrder) return '部门规章';
  if (/^中华人民共和国.+法$/.test(title)) return '法律';
  return undefined;
}

/** `慈善法(2016-03-16).md` → 2016-03-16; names may hold （）《》、 and ASCII brackets of their own. */
export function dateFromFileName(relativePath: string): string | undefined {
  return /\((\d{4}-\d{2}-\d{2})\)\.md$/i.exec(relativePath)?.[1];
}

function titleFromFileName(relativePath: string): string {
  const name = relativePath.split('/').pop() ?? relativePath;
  return name.replace(/\.md$/i, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');
}

function headerNote(note: HeaderNote): ImportNote {
  switch (note.kind) {
    case 'fullwidth-digits':
      return { severity: 'fixed', code: 'fullwidth-digits', message: n.fullwidthDigits };
    case 'stray-bracket':
      return { severity: 'fixed', code: 'stray-bracket', message: n.strayBracket(note.line) };
    case 'joined-lines':
      return { severity: 'fixed', code: 'joined-lines', message: n.joinedLines(note.line) };
    case 'impossible-date':
      return { severity: 'warning', code: 'impossible-date', message: n.impossibleDate(note.line, note.reason) };
    case 'unparsed-line':
      return { severity: 'warning', code: 'unparsed-header', message: n.unparsedHeader(note.line) };
  }
}

function bodyNote(note: BodyNote): ImportNote {
  switch (note.kind) {
    case 'toc-removed':
      return { severity: 'fixed', code: 'toc-removed', message: n.tocRemoved(note.count) };
    case 'empty-heading':
      return { severity: 'fixed', code: 'empty-heading', message: n.emptyHeading };
    case 'duplicate-heading':
      return { severity: 'fixed', code: 'duplicate-heading', message: n.duplicateHeading(note.text, note.id) };
    case 'duplicate-article':
      return { severity: 'warning', code: 'duplicate-article', message: n.duplicateArticle(note.label, note.id) };
    case 'title-repeated':
      return { severity: 'fixed', code: 'title-repeated', message: n.titleRepeated };
    case 'body-history':
      return { severity: 'fixed', code: 'body-history', message: n.bodyHistory(note.events) };
    case 'no-body':
      return { severity: 'warning', code: 'no-body', message: n.noBody };
  }
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const compact = (text: string) => text.replace(/[\s\u3000\u00a0《》]/g, '');

/**
 * Parses one exported file. `relativePath` (inside the export folder, `/`-separated) gives the
 * level (first folder) and the version date (`(YYYY-MM-DD).md`); `source` is written to 来源.
 */
/** What the import fixed or doubts, collected as the steps of `parseExport` find it. */
class Notes {
  readonly list: ImportNote[] = [];
  fixed = (code: string, message: string) => this.list.push({ severity: 'fixed', code, message });
  warn = (code: string, message: string) => this.list.push({ severity: 'warning', code, message });
}

export function parseExport(text: string, relativePath: string, source: string): ParseResult {
  if (text.trim() === '') return { notes: [{ severity: 'error', code: 'empty-file', message: n.emptyFile }] };
  const notes = new Notes();
  whitespaceNotes(text, notes);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { title, part, cursor } = readTitle(lines, relativePath, notes);
  const { headerLines, bodyLines } = splitHeader(lines, cursor, notes);
  const header = readHeader(headerLines, title, notes);
  const { split, history } = readBody(header, bodyLines, title, part, notes);
  const body = renderBody(split.blocks);
  const { publishDate, effectiveDate } = versionDates(history, relativePath, body, notes);
  const { issuer, level } = issuerAndLevel(relativePath, title, history, notes);

  const data: Regulation = {
    title,
    ...(part ? { part } : {}),
    level,
    ...(issuer ? { issuer } : {}),
    ...(publishDate ? { publishDate } : {}),
    ...(effectiveDate ? { effectiveDate } : {}),
    ...(history.length ? { history } : {}),
    source: `${source}：${relativePath}`,
  };
  return {
    regulation: {
      id: `${lawSlug(title, part)}/${publishDate ?? 'undated'}`,
      data,
      body,
      articles: split.blocks.filter((b) => b.type === 'article').length,
      headings: split.blocks.filter((b) => b.type === 'heading').length,
    },
    notes: notes.list,
  };
}

/** Whitespace traps, counted before they are cleaned line by line. */
function whitespaceNotes(text: string, notes: Notes) {
  const fullwidth = count(text, /\u3000/g);
  const nbsp = count(text, /\u00a0/g);
  const zeroWidth = count(text, /[\u200b-\u200d\u2060\ufeff]/g);
  if (fullwidth) notes.fixed('fullwidth-space', n.fullwidthSpace(fullwidth));
  if (nbsp) notes.fixed('nbsp', n.nbsp(nbsp));
  if (zeroWidth) notes.fixed('zero-width', n.zeroWidth(zeroWidth));
  if (!text.endsWith('\n')) notes.fixed('no-final-newline', n.noFinalNewline);
}

/** Title: the first `# ` line; a second one before the history names a part (民法典 · 合同编). */
function readTitle(
  lines: string[],
  relativePath: string,
  notes: Notes,
): { title: string; part: string | undefined; cursor: number } {
  let cursor = 0;
  const skipBlank = () => {
    while (cursor < lines.length && cleanSpaces(lines[cursor]!) === '') cursor++;
  };
  skipBlank();
  const h1 = /^#\s+(.+)$/;
  const first = h1.exec(cleanSpaces(lines[cursor] ?? ''));
  if (!first) {
    const title = titleFromFileName(relativePath);
    notes.warn('no-title', n.noTitle(title));
    return { title, part: undefined, cursor };
  }
  const title = first[1]!.trim();
  cursor++;
  skipBlank();
  const second = h1.exec(cleanSpaces(lines[cursor] ?? ''));
  if (!second) return { title, part: undefined, cursor };
  const part = second[1]!.trim();
  notes.fixed('multiple-titles', n.multipleTitles(part));
  return { title, part, cursor: cursor + 1 };
}

/** Header: up to `<!-- INFO END -->`; without the marker, the dated lines right after the title. */
function splitHeader(lines: string[], cursor: number, notes: Notes): { headerLines: string[]; bodyLines: string[] } {
  const markerAt = lines.findIndex((line, i) => i >= cursor && line.trim() === '<!-- INFO END -->');
  if (markerAt >= 0) return { headerLines: lines.slice(cursor, markerAt), bodyLines: lines.slice(markerAt + 1) };
  notes.warn('no-marker', n.noMarker);
  let end = cursor;
  while (end < lines.length && (cleanSpaces(lines[end]!) === '' || /^[0-9０-９]{4}年/.test(cleanSpaces(lines[end]!))))
    end++;
  return { headerLines: lines.slice(cursor, end), bodyLines: lines.slice(end) };
}

/** The version history of the header, and the lines of it that are not history (a preamble). */
function readHeader(
  headerLines: string[],
  title: string,
  notes: Notes,
): { history: HistoryEvent[]; preamble: string[] } {
  const header = parseHistory(headerLines);
  let preamble = header.unparsed;
  // Lines that only repeat the title (`中华人民共和国农村土地` / `承包经营纠纷调解仲裁法`).
  if (preamble.length > 0 && compact(preamble.join('')) === compact(title)) {
    preamble = [];
    notes.fixed('title-lines', n.titleLines);
  }
  for (const note of header.notes) {
    if (note.kind !== 'unparsed-line') notes.list.push(headerNote(note));
  }
  if (preamble.length > 0) notes.warn('unparsed-header', n.unparsedHeader(preamble.join(' / ')));
  return { history: header.history, preamble };
}

/** The body split into headings and articles; a history in the body wins over a different header. */
function readBody(
  header: { history: HistoryEvent[]; preamble: string[] },
  bodyLines: string[],
  title: string,
  part: string | undefined,
  notes: Notes,
): { split: ReturnType<typeof splitBody>; history: HistoryEvent[] } {
  const titles = [title, part ? `${title}${part}` : title, part ?? title];
  const split = splitBody([...header.preamble.flatMap((line) => [line, '']), ...bodyLines], { cleanUp: true, titles });
  for (const note of split.notes) notes.list.push(bodyNote(note));
  let history = header.history;
  if (split.history) {
    const differs = history.length > 0 && history[0]!.date !== split.history[0]!.date;
    if (differs) notes.warn('body-history-differs', n.bodyHistoryDiffers);
    if (history.length === 0 || differs) history = split.history;
  }
  return { split, history: [...history].sort((a, b) => compareDates(a.date, b.date)) };
}

/** This version's 公布 date (from the file name or the history) and its 施行 date. */
function versionDates(
  history: HistoryEvent[],
  relativePath: string,
  body: string,
  notes: Notes,
): { publishDate: string | undefined; effectiveDate: string | undefined } {
  const fileDate = dateFromFileName(relativePath);
  if (history.length === 0) notes.warn('no-history', n.noHistory(fileDate));
  const publishDate = fileDate ?? publishDateOf(history);
  if (!publishDate && history.length > 0) notes.warn('no-publish-date', n.noPublishDate);
  let effectiveDate = effectiveDateOf(history) ?? effectiveDateInBody(body, publishDate);
  if (effectiveDate && publishDate && compareDates(effectiveDate, publishDate) < 0) {
    // The 施行 line of the first version in an amended text: not this version's.
    effectiveDate = effectiveDateInBody(body, publishDate);
  }
  if (!effectiveDate) notes.warn('no-effective-date', n.noEffectiveDate);
  return { publishDate, effectiveDate };
}

/** Who issued it and its level (法律, 行政法规 …), from the history, the title or the export's folders. */
function issuerAndLevel(
  relativePath: string,
  title: string,
  history: HistoryEvent[],
  notes: Notes,
): { issuer: string | undefined; level: RegulationLevel } {
  let issuer = issuerOfHistory(history) ?? issuerFromTitle(title);
  let level = levelOf(relativePath, title, issuer, history);
  if (!level) {
    level = '规范性文件';
    notes.warn('level-guessed', n.levelGuessed(level));
  }
  if (!issuer) {
    // The export files 部门规章 by department (`部门规章/公安部/……`); 行政法规 are the State Council's.
    const folders = relativePath.split('/');
    const department = folders[folders.indexOf('部门规章') + 1];
    if (folders.includes('部门规章') && department && folders.length > folders.indexOf('部门规章') + 2) {
      issuer = department;
      notes.fixed('issuer-from-folder', n.issuerFromFolder(department));
    } else if (level === '行政法规') {
      issuer = '国务院';
      notes.fixed('issuer-from-level', n.issuerFromLevel);
    } else notes.warn('no-issuer', n.noIssuer);
  }
  return { issuer, level };
}
