/**
 * A valid fixture site builds, and its pages show what readers need: the information block,
 * the banner on a repealed policy, computed reverse links, the government meta tags.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { type BuildResult } from '../helpers/build.ts';
import { validSite } from './valid-site-build.ts';
import { numberShard, numberShardUrl, type NumberEntry, type NumberKind } from '../../src/lib/search/numbers.ts';

let build: BuildResult;
const page = (path: string): HTMLElement => parse(build.read(path));
const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const meta = (doc: HTMLElement, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');

beforeAll(() => {
  build = validSite();
});

describe('a valid site', () => {
  test('every page is zh-CN and carries the site name from the configuration', () => {
    for (const path of [
      'index.html',
      'policies/index.html',
      'policies/2024/new-standard/index.html',
      'search/index.html',
      '404.html',
    ]) {
      const doc = page(path);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
      expect(text(doc.querySelector('.site-name'))).toBe('测试区民政局');
      expect(meta(doc, 'SiteName')).toBe('测试区民政局');
      expect(meta(doc, 'SiteIDCode')).toBe('3299000009');
    }
  });

  test('a policy page shows the information block with the canonical document number', () => {
    const doc = page('policies/2024/old-standard/index.html');
    const rows = doc
      .querySelectorAll('.info-block .row')
      .map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(rows).toEqual([
      ['索引号', '013000000/2024-00001'],
      ['主题分类', '民政 › 社会救助'],
      ['发文机关', '测试区民政局'],
      ['成文日期', '2022年1月10日'],
      ['标题', '关于调整最低生活保障标准的通知'],
      ['发文字号', '测民发〔2022〕3号'],
      ['发布日期', '2022年1月12日'],
      ['有效性', '废止'],
      ['体裁', '通知'],
      ['公开方式', '主动公开'],
    ]);
    expect(text(doc.querySelector('h1'))).toBe('关于调整最低生活保障标准的通知');
    expect(text(doc.querySelector('.doc-number'))).toBe('测民发〔2022〕3号');
  });

  test('a repealed policy shows a banner linking its replacement', () => {
    const banner = page('policies/2024/old-standard/index.html').querySelector('.status-banner');
    expect(banner?.querySelectorAll('p').map(text)).toEqual([
      '废止 本文件已于2024年7月1日废止，不再执行。',
      '现行文件：关于提高最低生活保障标准的通知',
    ]);
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/policies/2024/new-standard/');
  });

  test('a policy in force has no banner, and lists its attachment, interpretation and the policy it replaced', () => {
    const doc = page('policies/2024/new-standard/index.html');
    expect(doc.querySelector('.status-banner')).toBeNull();
    expect(doc.querySelectorAll('.attachments li').map(text)).toEqual(['附件：标准对照表（PDF，15 B）']);
    expect(doc.querySelector('.attachments a')?.getAttribute('href')).toBe('/files/table.pdf');
    const related = doc
      .querySelectorAll('.related-documents dl > div')
      .map((row) => [
        text(row.querySelector('dt')),
        text(row.querySelector('dd')),
        row.querySelector('a')?.getAttribute('href'),
      ]);
    expect(related).toEqual([
      ['依据本文件制定的文件', '关于开展社区养老服务试点的方案', '/policies/2026/pilot-plan/'],
      ['本文件替代了', '关于调整最低生活保障标准的通知', '/policies/2024/old-standard/'],
      ['相关解读', '提高最低生活保障标准问答（文字）', '/interpretations/new-standard-qa/'],
    ]);
  });

  test('the replaced policy shows the reverse relation', () => {
    const row = page('policies/2024/old-standard/index.html').querySelector('.related-documents dl > div');
    expect([text(row?.querySelector('dt')), text(row?.querySelector('dd'))]).toEqual([
      '本文件已被替代，现行文件',
      '关于提高最低生活保障标准的通知',
    ]);
  });

  test('an interpretation links back to its policy', () => {
    const link = page('interpretations/new-standard-qa/index.html').querySelector('.interprets a');
    expect(text(link)).toBe('关于提高最低生活保障标准的通知');
    expect(link?.getAttribute('href')).toBe('/policies/2024/new-standard/');
  });

  test('content pages carry the government meta tags, ArticleTitle equal to the visible title', () => {
    const doc = page('policies/2024/new-standard/index.html');
    expect(meta(doc, 'ArticleTitle')).toBe(text(doc.querySelector('h1')));
    expect(meta(doc, 'PubDate')).toBe('2024-06-25 09:30');
    expect(meta(doc, 'ContentSource')).toBe('测试区民政局、测试区财政局');
    expect(meta(doc, 'ColumnName')).toBe('政策文件');
    expect(meta(doc, 'ColumnType')).toBe('政策文件');
    expect(doc.querySelector('title')?.textContent).toBe('关于提高最低生活保障标准的通知 - 测试区民政局');
  });

  test('the policy list is newest first with document number, date and status', () => {
    const rows = page('policies/index.html')
      .querySelectorAll('tbody tr')
      .map((row) => row.querySelectorAll('td').map(text));
    expect(rows).toEqual([
      ['关于开展社区养老服务试点的方案', '测民发〔2026〕2号', '2026-11-12', '○ 尚未生效'],
      ['关于提高最低生活保障标准的通知', '测民发〔2024〕7号', '2024-06-25', '✓ 有效'],
      ['关于做好冬季困难群众救助工作的通知', '无', '2023-11-02', '✕ 失效'],
      ['关于调整最低生活保障标准的通知', '测民发〔2022〕3号', '2022-01-12', '✕ 废止'],
    ]);
  });

  test('checklist items are grouped in tables and each has a stable anchor', () => {
    const doc = page('checklists/assist/index.html');
    expect(doc.querySelectorAll('table caption').map(text)).toEqual(['社会救助（共 1 项）', '社区治理（共 1 项）']);
    const row = doc.getElementById('XZ-02');
    expect(text(row?.querySelector('th'))).toBe('协助组织居民参加议事协商');
    expect(text(row)).toContain('《中华人民共和国城市居民委员会组织法》第三条');
    expect(text(row)).toContain('街道办事处');
  });

  test('bulletin issues link to the previous and next issue and list the recipients', () => {
    const first = page('bulletins/cs/2025/1/index.html');
    const second = page('bulletins/cs/2025/2/index.html');
    expect(first.querySelector('a[rel=prev]')).toBeNull();
    expect(first.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/bulletins/cs/2025/2/');
    expect(second.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/bulletins/cs/2025/1/');
    expect(first.querySelectorAll('.masthead p').map(text)).toEqual([
      '测试工作简报',
      '2025年第1期（总第11期）',
      '编发：测试区民政局办公室 2025年1月15日',
    ]);
    expect(first.querySelectorAll('.closing p').map(text)).toEqual(['报：区委、区政府']);
    expect(text(first.querySelector('.editor'))).toBe('编辑：张三');
  });

  test('the footer shows sponsor, contact, filing numbers and 我为政府网站找错 as plain links', () => {
    const footer = page('index.html').querySelector('.site-footer');
    expect(text(footer)).toContain('主办单位：测试区民政局');
    expect(text(footer)).toContain('网站标识码：3299000009');
    const filing = footer?.querySelectorAll('a').filter((a) => a.getAttribute('href')?.startsWith('https://'));
    // The fixture has no 党政机关网站标识 registration (conacId), so no mark links to one.
    expect(filing?.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['云ICP备20269999号', 'https://beian.miit.gov.cn/'],
      ['公安机关备案 云公网安备 32990002009999号', 'https://beian.mps.gov.cn/#/query/webSearch?code=32990002009999'],
      [
        '我为政府网站找错',
        'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3299000009&url=https%3A%2F%2Fmzj.test.example.gov.cn%2F',
      ],
    ]);
    expect(footer?.querySelectorAll('script')).toHaveLength(0);
  });

  test('only document bodies are indexed, with Chinese filter keys', () => {
    const doc = page('policies/2024/old-standard/index.html');
    expect(doc.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    const filters = doc.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual(['类型:政策文件', '发文机关:测试区民政局', '年份:2022', '效力状态:废止', '主题:社会救助']);
    // Numbers are shown with the result (meta) and looked up in their own shards, not filtered.
    const meta = doc.querySelectorAll('[data-pagefind-meta]').map((el) => el.getAttribute('data-pagefind-meta'));
    expect(meta).toContain('文号:测民发〔2022〕3号');
    expect(meta).toContain('索引号:013000000/2024-00001');
    expect(page('policies/index.html').querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    expect(build.exists('pagefind/pagefind.js')).toBe(true);
  });

  test('every 文号 and 索引号 is in the shard the search page computes, leading to its page', () => {
    const doc = page('search/index.html');
    const shards = Number(doc.querySelector('#search-form')?.getAttribute('data-number-shards'));
    expect(shards).toBeGreaterThanOrEqual(1);
    const lookup = (kind: NumberKind, number: string): NumberEntry[] =>
      (JSON.parse(build.read(numberShardUrl(numberShard(kind, number, shards)).slice(1))) as NumberEntry[]).filter(
        (e) => e.kind === kind && e.number === number,
      );
    expect(lookup('docNumber', '测民发〔2022〕3号')).toEqual([
      {
        kind: 'docNumber',
        number: '测民发〔2022〕3号',
        url: '/policies/2024/old-standard/',
        title: '关于调整最低生活保障标准的通知',
        type: '政策文件',
        issuer: '测试区民政局',
        date: '2022-01-12',
        status: '废止',
      },
    ]);
    expect(lookup('indexNo', '013000000/2024-00001').map((e) => e.url)).toEqual(['/policies/2024/old-standard/']);
    // Every number in every shard is a page of the site that shows that number.
    let count = 0;
    for (let i = 0; i < shards; i++) {
      for (const entry of JSON.parse(build.read(numberShardUrl(i).slice(1))) as NumberEntry[]) {
        expect(numberShard(entry.kind, entry.number, shards)).toBe(i);
        expect(build.read(`${entry.url.slice(1)}index.html`)).toContain(entry.number);
        count++;
      }
    }
    expect(count).toBeGreaterThan(5);
    expect(lookup('docNumber', '测民发〔1999〕1号')).toEqual([]);
  });

  test('the search page works as a form without JavaScript and explains what needs it', () => {
    const doc = page('search/index.html');
    const form = doc.querySelector('#search-form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(text(doc.querySelector('noscript'))).toContain('站内搜索需要浏览器启用 JavaScript');
    expect(doc.querySelectorAll('script:not([src])')).toHaveLength(0);
  });
});
