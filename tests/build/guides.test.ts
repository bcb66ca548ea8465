/**
 * Service guides (办事指南) in a real build: the guide page shows every section of docs/domain.md §8 in
 * order, the materials table, the FAQ, the column breadcrumb and the link to the duty checklist;
 * /guides/ lists every configured topic; an unknown topic stops the build.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildSite, problemLines, type BuildResult } from '../helpers/build.ts';
import { validSite } from './valid-site-build.ts';

let build: BuildResult;
const page = (path: string): HTMLElement => parse(build.read(path));
const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const meta = (doc: HTMLElement, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
const guidePage = 'guides/shjz/dibao/index.html';

beforeAll(() => {
  build = validSite();
});

describe('a service guide page', () => {
  test('shows every section under its heading, in order, with the body as 补充说明', () => {
    const doc = page(guidePage);
    expect(text(doc.querySelector('h1'))).toBe('最低生活保障申请');
    expect(doc.querySelectorAll('article h2').map(text)).toEqual([
      '设定依据',
      '受理条件',
      '申请材料',
      '办理流程',
      '办理时限',
      '收费依据及标准',
      '办理地点和时间',
      '咨询和投诉电话',
      '网上办理',
      '常见问题',
      '补充说明',
    ]);
    expect(doc.querySelectorAll('[aria-labelledby="basis"] li').map(text)).toEqual(['《社会救助暂行办法》第九条']);
    expect(doc.querySelectorAll('[aria-labelledby="conditions"] li').map(text)).toEqual([
      '具有本区户籍。',
      '家庭人均收入低于本区低保标准。',
    ]);
    expect(
      doc
        .querySelectorAll('[aria-labelledby="steps"] ol > li')
        .map((step) => step.querySelectorAll('strong, p').map(text)),
    ).toEqual([
      ['申请', '向街道提出书面申请。'],
      ['审核', '街道入户调查。', '时限：10 个工作日'],
    ]);
    const pairs = (section: string) =>
      doc
        .querySelectorAll(`[aria-labelledby="${section}"] dl > div`)
        .map((row) => row.querySelectorAll('dt, dd').map(text));
    expect(pairs('time-limits')).toEqual([
      ['法定办结时限', '30 个工作日'],
      ['承诺办结时限', '20 个工作日'],
    ]);
    expect(pairs('place')).toEqual([
      ['办理地点', '测试区测试路 1 号'],
      ['办理时间', '工作日 9:00—17:00'],
    ]);
    expect(pairs('phones')).toEqual([
      ['咨询电话', '0599-0000 0001'],
      ['监督投诉电话', '0599-0000 0002'],
    ]);
    expect(text(doc.querySelector('[aria-labelledby="fee"] p'))).toBe('不收费');
    expect(text(doc.querySelector('[aria-labelledby="online"] p'))).toBe('本事项暂不提供网上办理，请到办理地点申请。');
    expect(text(doc.querySelector('[aria-labelledby="notes"] p'))).toBe('申请表可在街道窗口领取。');
  });

  test('lists the materials in a table: name, original or copy, copies, notes', () => {
    const table = page(guidePage).querySelector('table.materials');
    expect(table?.querySelectorAll('thead th').map(text)).toEqual(['材料名称', '原件/复印件', '份数', '备注']);
    expect(table?.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('th, td').map(text))).toEqual([
      ['居民身份证', '原件和复印件', '1 份', ''],
      ['收入证明', '原件', '2 份', '由工作单位出具'],
    ]);
  });

  test('shows the questions and answers', () => {
    const items = page(guidePage).querySelectorAll('.faq-item');
    expect(items.map((item) => [text(item.querySelector('dt')), text(item.querySelector('dd'))])).toEqual([
      ['问：可以在居住地申请吗？', '答：可以。'],
    ]);
  });

  test('has the information block and links to the checklist item with the same code', () => {
    const doc = page(guidePage);
    expect(
      doc
        .querySelectorAll('.info-block .row')
        .map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
    ).toEqual([
      ['事项名称', '最低生活保障申请'],
      ['事项编码', 'XZ-01'],
      ['实施主体', '测试区民政局'],
      ['业务主题', '社会救助'],
      ['发布日期', '2025年3月1日'],
    ]);
    const link = doc.querySelector('.checklist-link a');
    expect(link?.getAttribute('href')).toBe('/checklists/assist/#XZ-01');
    expect(text(link)).toBe('《测试区协助政府工作事项清单》XZ-01 协助开展低保入户调查');
  });

  test('sits in its topic column: breadcrumb, column and article meta tags, search facets', () => {
    const doc = page(guidePage);
    expect(doc.querySelectorAll('nav.breadcrumb li').map(text)).toEqual(['首页', '办事指南', '社会救助', '正文']);
    expect(doc.querySelectorAll('nav.breadcrumb a').map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/guides/',
      '/guides/shjz/',
    ]);
    expect(meta(doc, 'ColumnName')).toBe('社会救助');
    expect(meta(doc, 'ColumnType')).toBe('办事服务');
    expect(meta(doc, 'ArticleTitle')).toBe(text(doc.querySelector('h1')));
    expect(meta(doc, 'PubDate')).toBe('2025-03-01 00:00');
    expect(meta(doc, 'ContentSource')).toBe('测试区民政局');
    expect(doc.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter'))).toEqual([
      '类型:办事指南',
      '主题:社会救助',
      '年份:2025',
      '发文机关:测试区民政局',
    ]);
  });
});

describe('the guide lists', () => {
  test('/guides/ lists every configured topic, an empty one saying so', () => {
    const doc = page('guides/index.html');
    const topics = doc.querySelectorAll('section.topic').map((section) => ({
      heading: text(section.querySelector('h2')),
      guides: section.querySelectorAll('li a').map((a) => [text(a), a.getAttribute('href')]),
      empty: text(section.querySelector('.empty')),
    }));
    expect(topics).toEqual([
      { heading: '社会救助', guides: [['最低生活保障申请', '/guides/shjz/dibao/']], empty: '' },
      { heading: '婚姻收养', guides: [], empty: '暂无办事指南' },
    ]);
    expect(doc.querySelectorAll('nav.breadcrumb li').map(text)).toEqual(['首页', '办事指南']);
  });

  test('each topic has its own page', () => {
    expect(text(page('guides/shjz/index.html').querySelector('.guide-list a'))).toBe('最低生活保障申请');
    const empty = page('guides/hysy/index.html');
    expect(text(empty.querySelector('h1'))).toBe('婚姻收养');
    expect(text(empty.querySelector('.empty'))).toBe('暂无办事指南');
  });
});

describe('an invalid guide', () => {
  test('does not build with a topic that is not configured', () => {
    const result = buildSite('guide-unknown-topic');
    expect(result.status, result.output).toBe(1);
    expect(result.exists('index.html')).toBe(false);
    expect(problemLines(result.output).filter((line) => !line.startsWith('警告'))).toMatchInlineSnapshot(`
      [
        "content/guides/shjz/dibao.md:4: topic（主题分类）: “shehuijiuzhu”不是本站配置的办事指南主题；可选：shjz（社会救助）、hysy（婚姻收养）。如需新主题，请先加到 content/site.yaml 的 guideTopics。",
      ]
    `);
  });
});
