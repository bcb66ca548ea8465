/**
 * The history lines (沿革) of the national database's export: `2014年2月21日 国务院令第649号公布`.
 * Real files break them across lines, split a date in two (`2014年9月26` / `日山东省……`), end them
 * with a stray `）`, write full-width digits, or have none at all. These functions read what can be
 * read and say what could not; nothing here throws.
 */
import { checkPlainDate, compareDates } from '../dates.ts';
import { asciiDigits } from './numbers.ts';

export type HistoryEvent = { date: string; event: string };

/** What reading the header fixed on the way (counted in the import report) or could not read. */
export type HeaderNote =
  | { kind: 'fullwidth-digits' }
  | { kind: 'stray-bracket'; line: string }
  | { kind: 'joined-lines'; line: string }
  | { kind: 'impossible-date'; line: string; reason: string }
  | { kind: 'unparsed-line'; line: string };

/** Spaces of every width, zero-width characters and BOMs: the whitespace traps of the corpus. */
export function cleanSpaces(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u3000\t\u2002-\u200a\u202f\u205f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const DATE_AT_START = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$/;
const PARTIAL_DATE = /^\d{4}年(?:\d{1,2}月(?:\d{1,2})?)?$/;

/** Removes brackets that close without opening (`……修正）`) or open without closing, at either end. */
export function stripStrayBrackets(text: string): string {
  let result = text;
  const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
  while (/[）)]$/.test(result) && count(result, /[）)]/g) > count(result, /[（(]/g))
    result = result.slice(0, -1).trimEnd();
  while (/^[（(]/.test(result) && count(result, /[（(]/g) > count(result, /[）)]/g))
    result = result.slice(1).trimStart();
  return result;
}

/** One history line: `2014年2月21日 国务院令第649号公布` → { date: 2014-02-21, event: … }. */
export function parseHistoryLine(line: string): { event?: HistoryEvent; notes: HeaderNote[] } {
  const notes: HeaderNote[] = [];
  const ascii = asciiDigits(line);
  if (ascii !== line) notes.push({ kind: 'fullwidth-digits' });
  const text = cleanSpaces(ascii);
  const m = DATE_AT_START.exec(text);
  if (!m) return { notes: [...notes, { kind: 'unparsed-line', line: text }] };
  const check = checkPlainDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!check.ok) return { notes: [...notes, { kind: 'impossible-date', line: text, reason: check.reason }] };
  const event = stripStrayBrackets(m[4]!);
  if (event !== m[4]) notes.push({ kind: 'stray-bracket', line: text });
  // `……第一次修正 根据`: the word that joins it to the next line of the national database's note.
  const joined = event.replace(/\s*(?:并?根据)$/, '');
  if (joined !== event) return { event: { date: check.value, event: joined }, notes };
  return { event: { date: check.value, event }, notes };
}

/**
 * The header between the title and `<!-- INFO END -->`. Lines that do not start with a date
 * continue the event above them; lines before the first date are returned as `unparsed` (the
 * caller decides whether they repeat the title or belong to the body).
 */
export function parseHistory(lines: readonly string[]): {
  history: HistoryEvent[];
  unparsed: string[];
  notes: HeaderNote[];
} {
  const cleaned = lines.map((line) => cleanSpaces(asciiDigits(line))).filter((line) => line !== '');
  const fullwidth = lines.some((line) => asciiDigits(line) !== line);
  // `2014年9月26` followed by `日山东省……`: one line cut inside its date.
  const joined: string[] = [];
  const notes: HeaderNote[] = [];
  for (const line of cleaned) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && PARTIAL_DATE.test(previous)) {
      joined[joined.length - 1] = `${previous}${line}`;
      notes.push({ kind: 'joined-lines', line: joined[joined.length - 1]! });
    } else joined.push(line);
  }
  const history: HistoryEvent[] = [];
  const unparsed: string[] = [];
  let lastWasEvent = false;
  for (const line of joined) {
    if (DATE_AT_START.test(line)) {
      const result = parseHistoryLine(line);
      notes.push(...result.notes.filter((note) => note.kind !== 'fullwidth-digits'));
      if (result.event) history.push(result.event);
      lastWasEvent = result.event !== undefined;
    } else if (lastWasEvent && history.length > 0) {
      // A line that continues the event above: `……常务委员会` / `第九次会议通过`.
      const last = history[history.length - 1]!;
      last.event = stripStrayBrackets(`${last.event}${line}`);
      notes.push({ kind: 'joined-lines', line });
    } else unparsed.push(line);
  }
  if (fullwidth) notes.unshift({ kind: 'fullwidth-digits' });
  return { history, unparsed, notes };
}

/**
 * The history written at the top of the body instead (`（2010年7月30日……通过 根据2020年11月27日
 * ……修正）`): one bracketed paragraph, events separated by their dates.
 */
export function parseBracketedHistory(text: string): HistoryEvent[] | undefined {
  const cleaned = cleanSpaces(asciiDigits(text));
  if (!/^[（(]/.test(cleaned) || !/[）)]$/.test(cleaned)) return undefined;
  const inner = cleaned.slice(1, -1);
  const dates = [...inner.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)];
  if (dates.length === 0 || dates[0]!.index !== 0) return undefined;
  const events: HistoryEvent[] = [];
  dates.forEach((m, i) => {
    const end = dates[i + 1]?.index ?? inner.length;
    const check = checkPlainDate(`${m[1]}-${m[2]}-${m[3]}`);
    const event = inner
      .slice(m.index + m[0].length, end)
      .replace(/[，,；;\s]*(根据|并根据|又根据)?\s*$/, '')
      .trim();
    if (check.ok && event) events.push({ date: check.value, event });
  });
  return events.length > 0 && events.every((e) => /通过|公布|发布|修正|修订|批准|施行/.test(e.event))
    ? events
    : undefined;
}

export type EventKind = '通过' | '公布' | '修正' | '修订' | '施行' | '废止' | '其他';

/** What an event did, from how its text ends: `……会议通过` → 通过, `……第二次修正` → 修正. */
export function eventKind(event: string): EventKind {
  const text = event.replace(/[。；;，,\s]+$/, '');
  if (/施行$/.test(text)) return '施行';
  if (/废止$/.test(text)) return '废止';
  if (/修订$/.test(text)) return '修订';
  if (/修正$/.test(text)) return '修正';
  if (/(通过|批准)$/.test(text)) return '通过';
  if (/(公布|发布|印发)$/.test(text)) return '公布';
  return '其他';
}

const SESSION = '第[一二三四五六七八九十百零〇\\d]+';

/**
 * The body that made the law (制定机关), from one event: the people's congress or its standing
 * committee that adopted it, the State Council or ministry whose order (令) promulgated it, the
 * court that adopted an interpretation. `中华人民共和国主席令` is a promulgation, not an issuer.
 */
export function issuerOf(event: string): string | undefined {
  const congress = new RegExp(`^(.*?)${SESSION}届(全国)?人民代表大会(常务委员会)?`).exec(event);
  if (congress) return `${congress[1]}${congress[2] ?? ''}人民代表大会${congress[3] ?? ''}`;
  const court = /^(最高人民法院、最高人民检察院|最高人民法院|最高人民检察院)/.exec(event);
  if (court) return court[1];
  const meeting =
    new RegExp(`^(.+?)(?:${SESSION}次)?(?:常务|部务|委务|局务|署务|主任|全体|办公)会议`).exec(event) ??
    new RegExp(`^(.+?)${SESSION}次会议`).exec(event);
  if (meeting && meeting[1]!.length <= 30) return meeting[1]!.replace(/^中华人民共和国(?=.)/, '');
  const order = /^(.+?)令(?:第|〔|\[|［)/.exec(event) ?? /^(.+?)第[\d一二三四五六七八九十百]+号令/.exec(event);
  if (order && !/主席$/.test(order[1]!) && order[1]!.length <= 30) {
    return order[1]!.replace(/^中华人民共和国(?=.)/, '');
  }
  const plain = /^([^\d第，,。]{2,30}?)(?:批准|发布|公布|印发)/.exec(event);
  if (plain) return plain[1]!.replace(/^中华人民共和国(?=.)/, '');
  return undefined;
}

/** 制定机关 from a judicial interpretation's or State Council document's title: `最高人民法院关于……`. */
export function issuerFromTitle(title: string): string | undefined {
  return /^(最高人民法院、最高人民检察院|最高人民法院|最高人民检察院|国务院办公厅|国务院)(?:关于|印发)/.exec(
    title,
  )?.[1];
}

/** The first issuer the events name, oldest event first. */
export function issuerOfHistory(history: readonly HistoryEvent[]): string | undefined {
  for (const entry of history) {
    const issuer = issuerOf(entry.event);
    if (issuer) return issuer;
  }
  return undefined;
}

/** 公布日期 of this version: the last event that made or changed the text (not 施行). */
export function publishDateOf(history: readonly HistoryEvent[]): string | undefined {
  const dated = history.filter((entry) => !['施行', '废止'].includes(eventKind(entry.event)));
  return dated
    .map((entry) => entry.date)
    .sort(compareDates)
    .pop();
}

/** 施行日期 written as its own history line (`2014年1月1日 施行`). */
export function effectiveDateOf(history: readonly HistoryEvent[]): string | undefined {
  return history
    .filter((entry) => eventKind(entry.event) === '施行')
    .map((entry) => entry.date)
    .sort(compareDates)
    .pop();
}

/**
 * 施行日期 from the body's closing article: `本法自2017年1月1日起施行` (a date), or `自公布之日起施行`
 * (the publication day). The last such sentence wins: it is the closing article.
 */
export function effectiveDateInBody(body: string, publishDate: string | undefined): string | undefined {
  const text = asciiDigits(body);
  const dated = [...text.matchAll(/自(\d{4})年(\d{1,2})月(\d{1,2})日起(?:施行|实施|生效)/g)].pop();
  const onPublication = /自(?:公布|发布|印发)之日起(?:施行|实施|生效)/.exec(text);
  if (dated) {
    const check = checkPlainDate(`${dated[1]}-${dated[2]}-${dated[3]}`);
    // An amended text keeps its first version's date; that is not this version's 施行日期.
    if (check.ok && (!publishDate || compareDates(check.value, publishDate) >= 0)) return check.value;
    return onPublication ? publishDate : undefined;
  }
  return onPublication ? publishDate : undefined;
}
