/**
 * The pages every government site needs: column pages, articles, organisation, catalogue,
 * links — with the required meta tags, breadcrumbs and footer identifiers on each page type.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { type BuildResult } from '../helpers/build.ts';
import { validSite } from './valid-site-build.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';

let build: BuildResult;
const page = (path: string): HTMLElement => parse(build.read(path));
const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const meta = (doc: HTMLElement, name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
const crumbs = (doc: HTMLElement) =>
  doc.querySelectorAll('.breadcrumb li').map((li) => {
    const link = li.querySelector('a');
    return link ? `${text(link)}→${link.getAttribute('href')}` : text(li);
  });

beforeAll(() => {
  build = validSite();
});

const SITE_TAGS = ['SiteName', 'SiteDomain', 'SiteIDCode'];
const COLUMN_TAGS = ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'];
const ARTICLE_TAGS = ['ArticleTitle', 'PubDate', 'ContentSource'];

describe('government meta tags on each page type', () => {
  test.each([
    ['home', 'index.html', [...SITE_TAGS, ...COLUMN_TAGS]],
    ['column', 'columns/xxgk/index.html', [...SITE_TAGS, ...COLUMN_TAGS]],
    ['built-in column', 'policies/index.html', [...SITE_TAGS, ...COLUMN_TAGS]],
    ['catalogue', 'catalogue/index.html', [...SITE_TAGS, ...COLUMN_TAGS]],
    ['article', 'articles/gzdt/visit/index.html', [...SITE_TAGS, ...COLUMN_TAGS, ...ARTICLE_TAGS]],
    ['policy', 'policies/2024/new-standard/index.html', [...SITE_TAGS, ...COLUMN_TAGS, ...ARTICLE_TAGS]],
    ['interpretation', 'interpretations/new-standard-qa/index.html', [...SITE_TAGS, ...COLUMN_TAGS, ...ARTICLE_TAGS]],
    ['checklist', 'checklists/assist/index.html', [...SITE_TAGS, ...COLUMN_TAGS, ...ARTICLE_TAGS]],
    ['bulletin', 'bulletins/cs/2025/1/index.html', [...SITE_TAGS, ...COLUMN_TAGS, ...ARTICLE_TAGS]],
    ['organisation', 'about/leaders/index.html', [...SITE_TAGS, ...COLUMN_TAGS, ...ARTICLE_TAGS]],
  ])('the %s page has the required tags, each with a value', (_, path, required) => {
    const doc = page(path);
    for (const name of required) expect(meta(doc, name), `${path}: ${name}`).toMatch(/\S/);
    expect(meta(doc, 'SiteIDCode')).toBe('3299000009');
    expect(meta(doc, 'SiteDomain')).toBe('mzj.test.example.gov.cn');
    if (required.includes('ArticleTitle')) {
      expect(meta(doc, 'ArticleTitle')).toBe(text(doc.querySelector('h1')));
      expect(meta(doc, 'PubDate')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    } else {
      expect(meta(doc, 'ArticleTitle')).toBeUndefined();
    }
    // Footer identifiers on every page.
    const footer = text(doc.querySelector('.site-footer'));
    expect(footer).toContain('主办单位：测试区民政局');
    expect(footer).toContain('网站标识码：3299000009');
    expect(footer).toContain('云ICP备20269999号');
    expect(footer).toContain('云公网安备 32990002009999号');
  });

  test('column tags come from the column configuration', () => {
    const doc = page('articles/gzdt/visit/index.html');
    expect([meta(doc, 'ColumnName'), meta(doc, 'ColumnType'), meta(doc, 'ColumnKeywords')]).toEqual([
      '工作动态',
      '工作动态',
      '工作动态',
    ]);
    expect(meta(doc, 'PubDate')).toBe('2026-11-20 10:00');
  });
});

describe('breadcrumbs follow the column tree', () => {
  test('an article: 首页 > 工作动态 > 正文', () => {
    expect(crumbs(page('articles/gzdt/visit/index.html'))).toEqual(['首页→/', '工作动态→/columns/gzdt/', '正文']);
  });

  test('a nested column: 首页 > 政府信息公开 > 政府信息公开指南', () => {
    expect(crumbs(page('columns/gkzn/index.html'))).toEqual([
      '首页→/',
      '政府信息公开→/columns/xxgk/',
      '政府信息公开指南',
    ]);
  });

  test('a catalogue page inside a nested built-in column', () => {
    expect(crumbs(page('catalogue/type/policies/index.html'))).toEqual([
      '首页→/',
      '政府信息公开→/columns/xxgk/',
      '政府信息公开目录→/catalogue/',
      '政策文件',
    ]);
  });

  test('a bulletin issue: 首页 > 工作简报 > 2025年 > 正文', () => {
    expect(crumbs(page('bulletins/cs/2025/2/index.html'))).toEqual([
      '首页→/',
      '工作简报→/bulletins/',
      '2025年→/bulletins/cs/2025/',
      '正文',
    ]);
  });
});

describe('documents show 更新时间, 来源 and 编辑', () => {
  test('an article shows its update time, source, author and editor', () => {
    const doc = page('articles/gzdt/visit/index.html');
    expect(doc.querySelectorAll('.byline span').map(text)).toEqual([
      '更新时间：2026年11月21日 08:30',
      '来源：测试区民政局',
      '作者：李四',
    ]);
    expect(text(doc.querySelector('.editor'))).toBe('编辑：王五');
  });

  test('a single-article column shows the article itself', () => {
    const doc = page('columns/gkzn/index.html');
    expect(text(doc.querySelector('h1'))).toBe('政府信息公开指南');
    expect(text(doc.querySelector('.single .prose'))).toBe('本指南说明本局政府信息公开的范围、方式和程序。');
  });
});

describe('the disclosure catalogue', () => {
  test('lists every document with an index number exactly once', () => {
    const loaded = loadContent(sitePaths(build.siteDir));
    const expected = Object.values(loaded.entries)
      .flat()
      .flatMap((entry) => ('indexNo' in entry.data && entry.data.indexNo ? [entry.data.indexNo] : []))
      .sort();
    const listed = page('catalogue/index.html').querySelectorAll('tbody tr td.index-no').map(text).sort();
    expect(listed).toEqual(expected);
    expect(new Set(listed).size).toBe(listed.length);
  });

  test('can be browsed by type and year and sorted by index number without JavaScript', () => {
    const byType = page('catalogue/type/articles/index.html').querySelectorAll('td.index-no').map(text);
    expect(byType.sort()).toEqual(['013000000/2025-00001', '013000000/2026-00001']);
    // Listed by publication year: 013000000/2024-00001 was published in 2022.
    const byYear = page('catalogue/year/2022/index.html').querySelectorAll('td.index-no').map(text);
    expect(byYear).toEqual(['013000000/2024-00001']);
    const byIndex = page('catalogue/by-index/index.html').querySelectorAll('td.index-no').map(text);
    expect(byIndex).toEqual([...byIndex].sort());
    // Plain links between pre-rendered pages: no inline script, nothing to run.
    expect(page('catalogue/index.html').querySelectorAll('script:not([src])')).toHaveLength(0);
  });
});

describe('organisation and links', () => {
  test('organisation pages render the structured data', () => {
    const leader = page('about/leaders/index.html').querySelector('.cards li');
    expect([leader?.querySelector('h2'), ...(leader?.querySelectorAll('p') ?? [])].map(text)).toEqual([
      '赵一',
      '局长',
      '工作分工：主持全面工作。',
    ]);
    expect(page('about/history/index.html').querySelectorAll('.history li').map(text)).toEqual([
      '1956年 设立区民政科。',
    ]);
    expect(text(page('about/affiliated/index.html').querySelector('.cards li'))).toContain('地址：测试区测试路 2 号');
  });

  test('friendly links come from the configuration', () => {
    const links = page('links/index.html').querySelectorAll('main li a');
    expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['中华人民共和国民政部', 'https://www.mca.gov.cn/'],
    ]);
  });

  test('the header shows the columns marked for navigation', () => {
    expect(page('index.html').querySelectorAll('.main-nav a').map(text)).toEqual([
      '首页',
      '政府信息公开',
      '政策文件',
      '工作动态',
    ]);
  });
});
