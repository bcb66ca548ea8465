/**
 * The importer of the national database's Markdown export (src/lib/regulations/): numbers,
 * history lines, the article splitter and whole files, each on a small fixture that reproduces
 * one trap of the real data (docs/regulations.md, "The traps of the export"), and re-running an import.
 */
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  existsSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatNumeral, parseNumeral } from '../../src/lib/regulations/numbers.ts';
import { articleReferences, parseArticleStart } from '../../src/lib/regulations/anchors.ts';
import {
  effectiveDateInBody,
  eventKind,
  issuerOf,
  parseHistory,
  parseHistoryLine,
} from '../../src/lib/regulations/history.ts';
import { renderBody, renderBodyHtml, splitBody, type Block } from '../../src/lib/regulations/body.ts';
import { dateFromFileName, parseExport } from '../../src/lib/regulations/exportFormat.ts';
import { importRegulations } from '../../src/lib/regulations/importer.ts';
import { lawSlug } from '../../src/lib/regulations/library.ts';

const lines = (text: string) => text.split('\n');
/** What a reader sees of the blocks: `h2#ch-1 第一章 总则`, `#art-3 第三条 …`, `p …`. */
const shape = (blocks: Block[]) =>
  blocks.map((b) =>
    b.type === 'heading'
      ? `h${b.level}#${b.id} ${b.text}`
      : b.type === 'article'
        ? `#${b.id} ${b.label} ${b.text}`
        : `p ${b.text}`,
  );

describe('numbers', () => {
  test.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一千零四十六', 1046],
    ['一千二百六十', 1260],
    ['3', 3],
    ['３', 3],
    ['一〇五', 105],
  ])('%s is %i', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
    if (!/[0-9０-９〇]/.test(text)) expect(formatNumeral(value)).toBe(text);
  });

  test('anything else is not a number', () => {
    expect(parseNumeral('条')).toBeUndefined();
    expect(parseNumeral('')).toBeUndefined();
  });
});

describe('history lines', () => {
  test('a plain line: date and event', () => {
    expect(parseHistoryLine('2014年2月21日 中华人民共和国国务院令第649号公布')).toEqual({
      event: { date: '2014-02-21', event: '中华人民共和国国务院令第649号公布' },
      notes: [],
    });
  });

  test('a stray ） at the end of the last line is removed, a matched one kept', () => {
    expect(parseHistoryLine('2023年12月29日 第十四届全国人民代表大会常务委员会第七次会议修正）')).toMatchObject({
      event: { date: '2023-12-29', event: '第十四届全国人民代表大会常务委员会第七次会议修正' },
      notes: [{ kind: 'stray-bracket' }],
    });
    expect(parseHistoryLine('2023年12月29日 国务院令第1号公布（节录）').event?.event).toBe('国务院令第1号公布（节录）');
  });

  test('the 根据 that joins a line to the next is not part of the event', () => {
    expect(
      parseHistoryLine('2010年7月23日 重庆市第三届人民代表大会常务委员会第十八次会议第一次修正  根据').event,
    ).toEqual({
      date: '2010-07-23',
      event: '重庆市第三届人民代表大会常务委员会第十八次会议第一次修正',
    });
  });

  test('full-width digits, full-width spaces and no space after the date', () => {
    expect(
      parseHistoryLine('２０１２年２月２９日\u3000第十一届全国人民代表大会常务委员会第二十五次会议修正'),
    ).toMatchObject({
      event: { date: '2012-02-29', event: '第十一届全国人民代表大会常务委员会第二十五次会议修正' },
      notes: [{ kind: 'fullwidth-digits' }],
    });
    expect(parseHistoryLine('1992年2月14日北京市第九届人民代表大会常务委员会第三十二次会议修正').event?.date).toBe(
      '1992-02-14',
    );
  });

  test('an impossible date is reported, not guessed', () => {
    expect(parseHistoryLine('2015年2月30日 国务院发布')).toEqual({
      notes: [
        {
          kind: 'impossible-date',
          line: '2015年2月30日 国务院发布',
          reason: '日期“2015-2-30”不存在：2015 年 2 月没有 30 日（该月只有 28 天）',
        },
      ],
    });
  });

  test('lines cut in two are joined: inside the date, and inside the event', () => {
    const result = parseHistory([
      '2014年7月23日 济南市第十五届人民代表大会常务委员会',
      '第十五次会议通过',
      '',
      '2014年9月26',
      '日山东省第十二届人民代表大会常务委员会第十次会议批准',
    ]);
    expect(result.history).toEqual([
      { date: '2014-07-23', event: '济南市第十五届人民代表大会常务委员会第十五次会议通过' },
      { date: '2014-09-26', event: '山东省第十二届人民代表大会常务委员会第十次会议批准' },
    ]);
    expect(result.unparsed).toEqual([]);
  });

  test('no history lines at all, and lines before the first date, are returned as such', () => {
    expect(parseHistory([])).toEqual({ history: [], unparsed: [], notes: [] });
    expect(parseHistory(['劳社部发[2008]3号']).unparsed).toEqual(['劳社部发[2008]3号']);
  });

  test.each([
    ['第十二届全国人民代表大会第四次会议通过', '全国人民代表大会', '通过'],
    ['第十四届全国人民代表大会常务委员会第七次会议修正', '全国人民代表大会常务委员会', '修正'],
    ['北京市第十六届人民代表大会常务委员会第三次会议修订', '北京市人民代表大会常务委员会', '修订'],
    ['中华人民共和国国务院令第649号公布', '国务院', '公布'],
    ['国务院第29次常务会议通过', '国务院', '通过'],
    ['最高人民法院审判委员会第1864次会议通过', '最高人民法院', '通过'],
    ['民政部部务会议通过', '民政部', '通过'],
    ['云川市民政局、云川市财政局印发', '云川市民政局、云川市财政局', '公布'],
    ['中华人民共和国主席令第六十三号公布', undefined, '公布'],
    ['施行', undefined, '施行'],
  ])('%s: issuer %s, kind %s', (event, issuer, kind) => {
    expect(issuerOf(event)).toBe(issuer);
    expect(eventKind(event)).toBe(kind);
  });

  test('施行日期 in the closing article: a date, on publication, or an amended text’s old date (none)', () => {
    expect(effectiveDateInBody('第九条 本办法自2024年5月1日起施行。', '2024-03-01')).toBe('2024-05-01');
    expect(effectiveDateInBody('第九条 本办法自公布之日起施行。', '2024-03-01')).toBe('2024-03-01');
    expect(effectiveDateInBody('第九条 本法自2016年9月1日起施行。', '2023-12-29')).toBeUndefined();
  });
});

describe('the article splitter', () => {
  test('articles get anchors from their numbers, 第X条之一 included; paragraphs stay with them', () => {
    const { blocks } = splitBody(
      lines('第一条 为了……\n\n（一）扶贫；\n\n第二条之一 新增的条文。\n\n第十二条 最后一条。'),
    );
    expect(shape(blocks)).toEqual([
      '#art-1 第一条 为了……',
      'p （一）扶贫；',
      '#art-2-1 第二条之一 新增的条文。',
      '#art-12 第十二条 最后一条。',
    ]);
  });

  test('only a number followed by a space opens an article', () => {
    expect(parseArticleStart('第三条 本法所称……')?.label).toBe('第三条');
    expect(parseArticleStart('第三条规定的情形')).toBeUndefined();
    expect(parseArticleStart('第３条 全角数字')).toMatchObject({ number: 3, label: '第３条' });
  });

  test('full-width spaces and nbsp in headings: 第一章　总　则 is 第一章 总则', () => {
    const { blocks } = splitBody(lines('## 第一章\u3000总\u3000则\n\n### 第一节\u00a0 一般规定\n\n第一条 正文。'));
    expect(shape(blocks)).toEqual(['h2#ch-1 第一章 总则', 'h3#ch-1-sec-1 第一节 一般规定', '#art-1 第一条 正文。']);
  });

  test('heading levels follow 编/章/节, not the number of # the file happens to use', () => {
    const { blocks } = splitBody(lines('### 第一章 总则\n\n#### 第一节 通则\n\n第一条 正文。'));
    expect(shape(blocks).slice(0, 2)).toEqual(['h2#ch-1 第一章 总则', 'h3#ch-1-sec-1 第一节 通则']);
  });

  test('the same section title under two chapters gets two anchors', () => {
    const { blocks } = splitBody(
      lines(
        '## 第一章 行政赔偿\n\n### 第一节 赔偿范围\n\n第一条 甲。\n\n## 第二章 刑事赔偿\n\n### 第一节 赔偿范围\n\n第二条 乙。',
      ),
    );
    expect(blocks.filter((b) => b.type === 'heading').map((b) => b.id)).toEqual([
      'ch-1',
      'ch-1-sec-1',
      'ch-2',
      'ch-2-sec-1',
    ]);
  });

  test('duplicated chapter headings (a table of contents before the text) are dropped on import', () => {
    const { blocks, notes } = splitBody(
      lines('## 第一章 总 则\n\n## 第二章 附 则\n\n## 第一章 总则\n\n第一条 甲。\n\n## 第二章 附则\n\n第二条 乙。'),
      { cleanUp: true },
    );
    expect(shape(blocks)).toEqual([
      'h2#ch-1 第一章 总则',
      '#art-1 第一条 甲。',
      'h2#ch-2 第二章 附则',
      '#art-2 第二条 乙。',
    ]);
    expect(notes).toEqual([{ kind: 'toc-removed', count: 2 }]);
  });

  test('a table of contents whose chapters the text writes as plain lines: those lines become the headings', () => {
    const { blocks, notes } = splitBody(
      lines(
        '## 第一章 总 则\n\n## 第二章 管理\n\n## 第三章 附 则\n\n总 则\n\n第一条 甲。\n\n管理\n\n第二条 乙。\n\n## 第三章 附 则\n\n第三条 丙。',
      ),
      { cleanUp: true },
    );
    expect(shape(blocks)).toEqual([
      'h2#ch-1 第一章 总则',
      '#art-1 第一条 甲。',
      'h2#ch-2 第二章 管理',
      '#art-2 第二条 乙。',
      'h2#ch-3 第三章 附则',
      '#art-3 第三条 丙。',
    ]);
    expect(notes).toEqual([{ kind: 'toc-removed', count: 3 }]);
  });

  test('a table of contents written on one heading line is dropped on import', () => {
    const { blocks } = splitBody(lines('## 第一章 总则 第二章 附则\n\n## 第一章 总 则\n\n第一条 甲。'), {
      cleanUp: true,
    });
    expect(shape(blocks)).toEqual(['h2#ch-1 第一章 总则', '#art-1 第一条 甲。']);
  });

  test('the title repeated as the first line is dropped on import', () => {
    const { blocks, notes } = splitBody(lines('中华人民共和国慈善法\n\n## 第一章 总 则\n\n第一条 甲。'), {
      cleanUp: true,
      titles: ['中华人民共和国慈善法'],
    });
    expect(shape(blocks)[0]).toBe('h2#ch-1 第一章 总则');
    expect(notes).toEqual([{ kind: 'title-repeated' }]);
  });

  test('an article number written twice keeps the first anchor and numbers the second', () => {
    const { blocks, notes } = splitBody(lines('第三条 甲。\n\n第三条 乙。'));
    expect(blocks.map((b) => (b.type === 'article' ? b.id : ''))).toEqual(['art-3', 'art-3-x2']);
    expect(notes).toEqual([{ kind: 'duplicate-article', label: '第三条', id: 'art-3-x2' }]);
  });

  test('no body: nothing to split, and said so', () => {
    expect(splitBody(lines('\n\n'))).toEqual({ blocks: [], notes: [{ kind: 'no-body' }] });
  });

  test('the stored Markdown reads back to the same blocks and anchors', () => {
    const source = lines(
      '### 第一章\u3000总\u3000则\n\n第一条 甲。\n\n第一条之一 乙。\n\n| 罪名 | 条文 |\n|---|---|\n| 甲罪 | 第一条 |',
    );
    const first = splitBody(source, { cleanUp: true }).blocks;
    const stored = renderBody(first);
    expect(stored).toBe(
      '## 第一章 总则\n\n第一条 甲。\n\n第一条之一 乙。\n\n| 罪名 | 条文 |\n|---|---|\n| 甲罪 | 第一条 |\n',
    );
    expect(splitBody(lines(stored)).blocks).toEqual(first);
  });

  test('the page HTML: anchored headings, self-linking article numbers, escaped text, tables', () => {
    const { blocks } = splitBody(
      lines('## 第一章 总则\n\n第一条 <b>不是标签</b> & 符号。\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |'),
    );
    expect(renderBodyHtml(blocks)).toMatchInlineSnapshot(`
      "<h2 id="ch-1">第一章 总则</h2>
      <p><a class="art" id="art-1" href="#art-1">第一条</a> &lt;b&gt;不是标签&lt;/b&gt; &amp; 符号。</p>
      <div class="table-scroll"><table><thead><tr><th scope="col">甲</th><th scope="col">乙</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>"
    `);
  });

  test('citations name articles in several forms; each maps to its article’s anchor', () => {
    expect(
      articleReferences('第十一条、第3条第一款、第五条之一至第六条、第十四条第（一）项').map((r) => [r.text, r.anchor]),
    ).toEqual([
      ['第十一条', 'art-11'],
      ['第3条第一款', 'art-3'],
      ['第五条之一', 'art-5-1'],
      ['第六条', 'art-6'],
      ['第十四条第（一）项', 'art-14'],
    ]);
  });
});

describe('a whole exported file', () => {
  const file = (header: string, body = '第一条 正文。') => `# 测试条例\n\n${header}\n\n<!-- INFO END -->\n\n${body}`;

  test('title, dates and issuer from the history lines; level from the folder; date from the file name', () => {
    const { regulation, notes } = parseExport(
      file('2019年3月1日 测试市第五届人民代表大会常务委员会第九次会议通过\n\n2019年5月1日 施行'),
      '地方性法规/测试/测试条例(2019-03-01).md',
      '国家法律法规数据库',
    );
    expect(regulation).toEqual({
      id: '测试条例/2019-03-01',
      data: {
        title: '测试条例',
        level: '地方性法规',
        issuer: '测试市人民代表大会常务委员会',
        publishDate: '2019-03-01',
        effectiveDate: '2019-05-01',
        history: [
          { date: '2019-03-01', event: '测试市第五届人民代表大会常务委员会第九次会议通过' },
          { date: '2019-05-01', event: '施行' },
        ],
        source: '国家法律法规数据库：地方性法规/测试/测试条例(2019-03-01).md',
      },
      body: '第一条 正文。\n',
      articles: 1,
      headings: 0,
    });
    expect(notes).toEqual([{ severity: 'fixed', code: 'no-final-newline', message: '文件末尾没有换行' }]);
  });

  test('no history lines: the file name gives the date; what is unknown is reported', () => {
    const { regulation, notes } = parseExport(
      '# 测试意见\n\n<!-- INFO END -->\n\n一、正文。\n',
      '规范性文件/测试意见.md',
      '库',
    );
    expect(regulation?.id).toBe('测试意见/undated');
    expect(notes.map((n) => `${n.severity} ${n.message}`)).toMatchInlineSnapshot(`
      [
        "warning 没有沿革行；公布日期无法确定",
        "warning 无法确定施行日期（沿革行和正文都没有写明本版本的施行日期）",
        "warning 无法确定制定机关（沿革行和标题都没有写明）",
      ]
    `);
  });

  test('a header and no body imports the title and history, and says the body is missing', () => {
    const { regulation, notes } = parseExport(
      '# 测试条例\n\n2022年5月30日 测试市第一届人民代表大会常务委员会第五次会议通过\n\n<!-- INFO END -->\n\n',
      '地方性法规/测试条例(2022-05-30).md',
      '库',
    );
    expect(regulation?.body).toBe('');
    expect(notes.filter((n) => n.severity === 'warning').map((n) => n.message)).toContain(
      '没有正文，只导入了标题和沿革',
    );
  });

  test('header lines that are not history go to the top of the body; a title split over two lines is dropped', () => {
    const transmittal = parseExport(
      file('人薪发［1995］32号\n\n1995年5月1日 施行'),
      '行政法规/测试条例(1995-05-01).md',
      '库',
    );
    expect(transmittal.regulation?.body).toBe('人薪发［1995］32号\n\n第一条 正文。\n');
    expect(transmittal.notes.map((n) => n.message)).toContain(
      '头部有不是沿革的内容，已放到正文开头：人薪发［1995］32号',
    );
    const split = parseExport(
      '# 测试市农村土地承包条例\n\n测试市农村土地\n\n承包条例\n\n2009年6月27日 测试市第一届人民代表大会常务委员会第九次会议通过\n\n<!-- INFO END -->\n\n第一条 正文。',
      '地方性法规/测试市农村土地承包条例(2009-06-27).md',
      '库',
    );
    expect(split.regulation?.body).toBe('第一条 正文。\n');
    expect(split.notes.map((n) => n.code)).toContain('title-lines');
  });

  test('the history written in brackets at the top of the body replaces a header that belongs to another law', () => {
    const { regulation, notes } = parseExport(
      file(
        '２００２年６月２９日 第九届全国人民代表大会常务委员会第二十八次会议通过',
        '（\n\n2010年7月30日测试省第十一届人民代表大会常务委员会第十八次会议通过 根据2020年11月27日测试省第十三届人民代表大会常务委员会第二十四次会议《关于修改〈测试条例〉的决定》修正）\n\n第一条 正文。',
      ),
      '地方性法规/测试条例(2020-11-27).md',
      '库',
    );
    expect(regulation?.data.history).toEqual([
      { date: '2010-07-30', event: '测试省第十一届人民代表大会常务委员会第十八次会议通过' },
      {
        date: '2020-11-27',
        event: '测试省第十三届人民代表大会常务委员会第二十四次会议《关于修改〈测试条例〉的决定》修正',
      },
    ]);
    expect(regulation?.data.issuer).toBe('测试省人民代表大会常务委员会');
    expect(notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['fullwidth-digits', 'body-history', 'body-history-differs']),
    );
  });

  test('a second # title names the part of a law published in parts', () => {
    const { regulation } = parseExport(
      '# 中华人民共和国民法典\n\n# 婚姻家庭编\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n<!-- INFO END -->\n\n## 第一章  一般规定\n\n第一千零四十条 本编调整因婚姻家庭产生的民事关系。',
      '民法典/婚姻家庭编.md',
      '库',
    );
    expect(regulation).toMatchObject({
      id: '中华人民共和国民法典-婚姻家庭编/2020-05-28',
      data: { title: '中华人民共和国民法典', part: '婚姻家庭编', level: '法律', issuer: '全国人民代表大会' },
      body: '## 第一章 一般规定\n\n第一千零四十条 本编调整因婚姻家庭产生的民事关系。\n',
    });
  });

  test('file names with （）《》、 and ASCII brackets give the date and a clean address', () => {
    expect(dateFromFileName('司法解释/人民检察院民事诉讼监督规则（试行）(2013-11-18).md')).toBe('2013-11-18');
    expect(dateFromFileName('行政法规/中国人民解放军实施《药品管理法》办法.md')).toBeUndefined();
    expect(lawSlug('最高人民法院、最高人民检察院关于执行《刑法》确定罪名的补充规定（三）')).toBe(
      '最高人民法院-最高人民检察院关于执行刑法确定罪名的补充规定-三',
    );
    expect(lawSlug('人民检察院民事诉讼监督规则(试行)')).toBe('人民检察院民事诉讼监督规则-试行');
    const long = lawSlug('最高人民法院关于'.repeat(12));
    expect([...long].length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/-[0-9a-f]{8}$/);
  });

  test('an empty file is not imported', () => {
    expect(parseExport('  \n', '法律/空.md', '库')).toEqual({
      notes: [{ severity: 'error', code: 'empty-file', message: '文件是空的' }],
    });
  });
});

describe('importing a folder', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-'));
    made.push(dir);
    return dir;
  };
  const write = (root: string, path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const law = (date: string, text: string) =>
    `# 测试条例\n\n${date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')} 测试市第一届人民代表大会常务委员会第一次会议通过\n\n<!-- INFO END -->\n\n${text}`;

  test('never reads, writes or deletes outside its folders, whatever the manifest says', () => {
    const from = temp();
    const out = temp();
    const outside = temp();
    write(outside, 'keep.md', '别处的文件');
    write(outside, 'secret.md', '别处的秘密');
    write(from, '测试条例(2019-03-01).md', law('2019-03-01', '第一条 甲。'));
    // A link in the export folder to a file elsewhere is not read.
    symlinkSync(join(outside, 'secret.md'), join(from, '链接(2020-01-01).md'));
    // A manifest edited so that a re-import would delete a file outside the library.
    write(
      out,
      'import-manifest.json',
      JSON.stringify({
        files: {
          '测试条例(2019-03-01).md': `../${outside.split('/').pop()}/keep`,
          '../../etc/passwd': '测试条例/2019-03-01',
        },
      }),
    );
    const report = importRegulations({ from, out, source: '库' });
    expect(existsSync(join(outside, 'keep.md'))).toBe(true);
    expect(report.removed).toEqual([]);
    expect(report.ignoredEntries).toHaveLength(2);
    expect(report.skippedLinks).toEqual(['链接(2020-01-01).md']);
    expect(report.files.map((f) => f.source)).toEqual(['测试条例(2019-03-01).md']);
  });

  test('writes one file per version, reports per file, and a second run changes nothing', () => {
    const from = temp();
    const out = temp();
    write(from, '地方性法规/测试条例(2019-03-01).md', law('2019-03-01', '第一条 甲。'));
    write(from, '地方性法规/测试条例(2025-06-30).md', law('2025-06-30', '第一条 甲。\n\n第二条 乙。'));
    write(from, '地方性法规/空.md', '');
    const first = importRegulations({ from, out, source: '库' });
    expect(first.files.map((f) => [f.source, f.id, f.outcome])).toEqual([
      ['地方性法规/测试条例(2019-03-01).md', '测试条例/2019-03-01', 'added'],
      ['地方性法规/测试条例(2025-06-30).md', '测试条例/2025-06-30', 'added'],
      ['地方性法规/空.md', undefined, 'failed'],
    ]);
    expect([first.laws, first.versions]).toEqual([1, 2]);
    expect(readdirSync(join(out, '测试条例')).sort()).toEqual(['2019-03-01.md', '2025-06-30.md']);
    const second = importRegulations({ from, out, source: '库' });
    expect(second.files.map((f) => f.outcome)).toEqual(['unchanged', 'unchanged', 'failed']);
    expect(JSON.parse(readFileSync(join(out, 'import-manifest.json'), 'utf8')).files).toEqual({
      '地方性法规/测试条例(2019-03-01).md': '测试条例/2019-03-01',
      '地方性法规/测试条例(2025-06-30).md': '测试条例/2025-06-30',
    });
  });

  test('a changed source updates its entry, keeps what an editor declared, and a renamed one replaces its old file', () => {
    const from = temp();
    const out = temp();
    write(from, '测试条例(2019-03-01).md', law('2019-03-01', '第一条 甲。'));
    importRegulations({ from, out, source: '库' });
    const entry = join(out, '测试条例/2019-03-01.md');
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8').replace('source:', 'status: 废止\nstatusDate: 2024-01-01\nsource:'),
    );
    write(from, '测试条例(2019-03-01).md', law('2019-03-01', '第一条 甲。\n\n第二条 乙。'));
    expect(importRegulations({ from, out, source: '库' }).files[0]?.outcome).toBe('updated');
    expect(readFileSync(entry, 'utf8')).toContain('status: 废止\nstatusDate: 2024-01-01\n');
    expect(readFileSync(entry, 'utf8')).toContain('第二条 乙。');
    // The same source now says it is another law: the old entry goes, no duplicate stays.
    write(from, '测试条例(2019-03-01).md', law('2019-03-01', '第一条 甲。').replace('# 测试条例', '# 测试市条例'));
    const renamed = importRegulations({ from, out, source: '库' });
    expect(renamed.removed).toEqual(['测试条例/2019-03-01']);
    expect(existsSync(join(out, '测试条例'))).toBe(false);
    expect(existsSync(join(out, '测试市条例/2019-03-01.md'))).toBe(true);
  });

  test('two files of the same version, and a hand-written entry in the way, are reported, not overwritten', () => {
    const from = temp();
    const out = temp();
    write(from, 'a/测试条例(2019-03-01).md', law('2019-03-01', '第一条 甲。'));
    write(from, 'b/测试条例(2019-03-01).md', law('2019-03-01', '第一条 乙。'));
    write(from, 'c/测试条例(2019-03-01).md', law('2019-03-01', '第一条 甲。'));
    write(out, '测试条例/2019-03-01.md', '---\ntitle: 测试条例\nlevel: 地方性法规\n---\n\n手写的。\n');
    const report = importRegulations({ from, out, source: '库' });
    const handWritten = '测试条例/2019-03-01.md 已存在且不是导入生成的，未覆盖；请改名或删除该文件后重新导入';
    expect(report.files.map((f) => f.notes.filter((n) => n.severity === 'error').map((n) => n.message))).toEqual([
      [handWritten],
      [handWritten],
      [handWritten],
    ]);
    expect(readFileSync(join(out, '测试条例/2019-03-01.md'), 'utf8')).toContain('手写的。');
    rmSync(join(out, '测试条例/2019-03-01.md'));
    const again = importRegulations({ from, out, source: '库' });
    const duplicateNotes = (f: (typeof again.files)[number]) =>
      f.notes.filter((n) => n.code === 'same-version' || n.code === 'duplicate-file').map((n) => n.message)[0];
    expect(again.files.map((f) => [f.outcome, duplicateNotes(f)])).toEqual([
      ['added', undefined],
      [
        'failed',
        '与 a/测试条例(2019-03-01).md 是同一法规的同一版本（标题和公布日期相同），但正文不同，未导入；请确认哪个文件是正确的，删除另一个',
      ],
      ['duplicate', '与 a/测试条例(2019-03-01).md 的内容完全相同，未重复导入'],
    ]);
    expect(again.versions).toBe(1);
  });
});
