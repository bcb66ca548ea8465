/**
 * Annual reports (政府信息公开工作年度报告): a report whose sums do not add up stops the build;
 * a valid one is published with the six sections of the official format and tables 2, 3 and 4
 * as accessible tables.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildSite, problemLines, type BuildResult } from '../helpers/build.ts';
import { validSite } from './valid-site-build.ts';

const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const meta = (doc: HTMLElement, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

describe('an annual report whose sums do not add up', () => {
  test('does not build, and names the table, row, column, the numbers and the expected value', () => {
    const result = buildSite('annual-report-wrong-total');
    expect(result.status, result.output).toBe(1);
    expect(result.exists('index.html')).toBe(false);
    expect(problemLines(result.output).filter((line) => !line.startsWith('警告'))).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:46: applications.results.total.person（自然人）: 表3“（七）总计”行“自然人”列：填写 5，但各项办理结果之和为 6（（一）予以公开 3 + （二）部分公开 1 + （三）不予公开小计 1 + （四）无法提供小计 1 + （五）不予处理小计 0 + （六）其他处理小计 0）；应为 6。",
      ]
    `);
  });
});

describe('a valid annual report', () => {
  let build: BuildResult;
  let doc: HTMLElement;
  /** The tables in page order: 2, 3, 4. */
  let tables: HTMLElement[];

  beforeAll(() => {
    build = validSite();
    doc = parse(build.read('annual-reports/2025/index.html'));
    tables = doc.querySelectorAll('article table');
  });

  /** Each row of a table as the text of its cells. */
  const rows = (table: HTMLElement | undefined) =>
    (table?.querySelectorAll('tr') ?? []).map((row) => row.querySelectorAll('th, td').map(text));

  /** A data cell described by the text of every header its `headers` attribute names. */
  const described = (table: HTMLElement | undefined, cell: HTMLElement) =>
    `${(cell.getAttribute('headers') ?? '')
      .split(' ')
      .map((id) => text(table?.querySelector(`[id="${id}"]`)))
      .join(' / ')} = ${text(cell)}`;

  test('the list of reports links each year, newest first', () => {
    const list = parse(build.read('annual-reports/index.html'));
    expect(text(list.querySelector('h1'))).toBe('政府信息公开年度报告');
    expect(list.querySelectorAll('main li a').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['测试区民政局2025年政府信息公开工作年度报告', '/annual-reports/2025/'],
    ]);
  });

  test('a report with an index number is listed in the disclosure catalogue', () => {
    const catalogue = parse(build.read('catalogue/index.html'));
    const row = catalogue.querySelectorAll('tbody tr').find((tr) => text(tr).includes('013000000/2026-00090'));
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('/annual-reports/2025/');
  });

  test('the report has the six section headings of the official format, in order', () => {
    expect(doc.querySelectorAll('article h2').map(text)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(doc.querySelector('.report-section')?.querySelectorAll('p').map(text)).toEqual([
      '本年度我局主动公开政府信息 86 条。',
      '依申请公开的答复均在法定期限内办结。',
    ]);
  });

  test('it carries the government meta tags, the column breadcrumb and the search facets', () => {
    expect(meta(doc, 'ArticleTitle')).toBe(text(doc.querySelector('h1')));
    expect(meta(doc, 'ArticleTitle')).toBe('测试区民政局2025年政府信息公开工作年度报告');
    expect(meta(doc, 'PubDate')).toBe('2026-01-20 10:00');
    expect(meta(doc, 'ContentSource')).toBe('测试区民政局');
    expect(meta(doc, 'ColumnName')).toBe('政府信息公开年度报告');
    expect(meta(doc, 'ColumnType')).toBe('信息公开年报');
    expect(doc.querySelectorAll('.breadcrumb li').map(text)).toMatchInlineSnapshot(`
      [
        "首页",
        "政府信息公开",
        "政府信息公开年度报告",
        "正文",
      ]
    `);
    expect(doc.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    expect(doc.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter'))).toEqual(
      ['类型:年度报告', '年份:2025', '发文机关:测试区民政局'],
    );
    // The 索引号 is shown with the search result and looked up exactly in the number shards.
    expect(doc.querySelectorAll('[data-pagefind-meta]').map((el) => el.getAttribute('data-pagefind-meta'))).toContain(
      '索引号:013000000/2026-00090',
    );
    expect(
      doc
        .querySelectorAll('.info-block .row')
        .map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
    ).toEqual([
      ['索引号', '013000000/2026-00090'],
      ['发布机构', '测试区民政局'],
      ['报告年度', '2025年度'],
      ['发布日期', '2026年1月20日 10:00'],
    ]);
  });

  test('each table has a caption and sits in a labelled region that can be scrolled with the keyboard', () => {
    expect(tables.map((table) => text(table.querySelector('caption')))).toEqual([
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
    ]);
    for (const table of tables) {
      const region = table.parentNode;
      expect(region?.getAttribute('role')).toBe('region');
      expect(region?.getAttribute('tabindex')).toBe('0');
      expect(region?.getAttribute('aria-label')).toContain(text(table.querySelector('caption')));
    }
  });

  test('table 2 shows the four groups of 条例 第二十条 with their numbers', () => {
    expect(rows(tables[0])).toMatchInlineSnapshot(`
      [
        [
          "第二十条第（一）项",
        ],
        [
          "信息内容",
          "本年制发件数",
          "本年废止件数",
          "现行有效件数",
        ],
        [
          "规章",
          "0",
          "0",
          "0",
        ],
        [
          "行政规范性文件",
          "1",
          "0",
          "3",
        ],
        [
          "第二十条第（五）项",
        ],
        [
          "信息内容",
          "本年处理决定数量",
        ],
        [
          "行政许可",
          "12",
        ],
        [
          "第二十条第（六）项",
        ],
        [
          "信息内容",
          "本年处理决定数量",
        ],
        [
          "行政处罚",
          "0",
        ],
        [
          "行政强制",
          "0",
        ],
        [
          "第二十条第（八）项",
        ],
        [
          "信息内容",
          "本年收费金额（单位：万元）",
        ],
        [
          "行政事业性收费",
          "0.5",
        ],
      ]
    `);
  });

  test('table 3 shows every row of the official format, with each cell tied to all its headers', () => {
    const table = tables[1];
    const body = rows(table?.querySelector('tbody') ?? undefined);
    expect(body).toHaveLength(25);
    expect(body.map((cells) => cells.slice(-7).join(' '))).toMatchInlineSnapshot(`
      [
        "5 1 0 0 0 0 6",
        "1 0 0 0 0 0 1",
        "3 1 0 0 0 0 4",
        "1 0 0 0 0 0 1",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "1 0 0 0 0 0 1",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "1 0 0 0 0 0 1",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "0 0 0 0 0 0 0",
        "6 1 0 0 0 0 7",
        "0 0 0 0 0 0 0",
      ]
    `);
    expect(body.map((cells) => cells.slice(0, -7).join(' / '))).toMatchInlineSnapshot(`
      [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "三、本年度办理结果 / （一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "（三）不予公开 / 1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
        "（四）无法提供 / 1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "（五）不予处理 / 1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
        "（七）总计",
        "四、结转下年度继续办理",
      ]
    `);
    const cells = table?.querySelectorAll('tbody td') ?? [];
    expect(described(table, cells[7 * 12]!)).toBe(
      '三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 / 申请人情况 / 自然人 = 1',
    );
    expect(described(table, cells[7 * 23 + 1]!)).toBe(
      '三、本年度办理结果 / （七）总计 / 申请人情况 / 法人或其他组织 / 商业企业 = 1',
    );
    expect(described(table, cells[7 * 23 - 1]!)).toBe(
      '三、本年度办理结果 / （六）其他处理 / 3.其他 / 申请人情况 / 总计 = 0',
    );
  });

  test('table 4 shows 行政复议 and both kinds of 行政诉讼 under three levels of headings', () => {
    const table = tables[2];
    expect(rows(table?.querySelector('thead') ?? undefined)).toMatchInlineSnapshot(`
      [
        [
          "行政复议",
          "行政诉讼",
        ],
        [
          "结果维持",
          "结果纠正",
          "其他结果",
          "尚未审结",
          "总计",
          "未经复议直接起诉",
          "复议后起诉",
        ],
        [
          "结果维持",
          "结果纠正",
          "其他结果",
          "尚未审结",
          "总计",
          "结果维持",
          "结果纠正",
          "其他结果",
          "尚未审结",
          "总计",
        ],
      ]
    `);
    const cells = table?.querySelectorAll('tbody td') ?? [];
    expect(cells.map(text)).toEqual(['1', '0', '0', '1', '2', '0', '0', '0', '0', '0', '0', '1', '0', '0', '1']);
    expect(described(table, cells[4]!)).toBe('行政复议 / 总计 = 2');
    expect(described(table, cells[11]!)).toBe('行政诉讼 / 复议后起诉 / 结果纠正 = 1');
  });
});
