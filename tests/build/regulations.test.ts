/**
 * The regulations library in a real build: an export folder with the corpus's traps
 * (tests/fixtures/regulation-export) is imported into the valid fixture site, which is then
 * built. Pages show the table of contents, unique article anchors, the citation bar, versions
 * with their banners; checklists and guides link their legal bases to the articles; search
 * gets the 类型, 层级 and 效力状态 filters. A citation of a missing article stops the build.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildSite, fixturesDir, prepareFixture, problemLines, type BuildResult } from '../helpers/build.ts';
import { importRegulations } from '../../src/lib/regulations/importer.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { knownRoutes } from '../../src/lib/content/routes.ts';

let build: BuildResult;
const page = (path: string): HTMLElement => parse(build.read(path));
const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const href = (element: HTMLElement | null | undefined) => decodeURI(element?.getAttribute('href') ?? '');
const info = (doc: HTMLElement) =>
  doc.querySelectorAll('.info-block .row').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
const filters = (doc: HTMLElement) =>
  doc.querySelectorAll('[data-pagefind-filter]').map((e) => e.getAttribute('data-pagefind-filter'));

const law = 'regulations/测试市社区工作条例/index.html';

beforeAll(() => {
  const siteDir = prepareFixture('regulations');
  const report = importRegulations({
    from: join(fixturesDir, 'regulation-export'),
    out: join(siteDir, 'content/regulations'),
    source: '测试导出',
  });
  expect(report.files.filter((f) => f.outcome === 'failed')).toEqual([]);
  build = buildSite('regulations', { siteDir });
  expect(build.status, build.output).toBe(0);
});

describe('a law’s page', () => {
  test('shows the version in force with its information, and a table of contents of 章 and 节', () => {
    const doc = page(law);
    expect(text(doc.querySelector('h1'))).toBe('测试市社区工作条例');
    expect(doc.querySelector('h1')?.getAttribute('data-pagefind-weight')).toBe('10');
    expect(doc.querySelector('.regulation-banner')).toBeNull();
    expect(info(doc)).toEqual([
      ['标题', '测试市社区工作条例'],
      ['层级', '地方性法规'],
      ['制定机关', '测试市人民代表大会常务委员会'],
      ['公布日期', '2025年6月30日'],
      ['施行日期', '2025年8月1日'],
      ['时效性', '有效'],
      ['来源', '测试导出'],
    ]);
    const toc = doc.querySelector('.regulation-toc');
    expect(toc?.querySelectorAll('a').map((a) => `${text(a)} ${a.getAttribute('href')}`)).toEqual([
      '第一章 总则 #ch-1',
      '第二章 社区居民委员会 #ch-2',
      '第一节 一般规定 #ch-2-sec-1',
      '第二节 工作事项 #ch-2-sec-2',
      '第三章 附则 #ch-3',
      '第一节 一般规定 #ch-3-sec-1',
    ]);
    // Every entry of the table of contents leads to a heading of the text.
    for (const a of toc!.querySelectorAll('a')) {
      expect(doc.querySelector(`.regulation-text ${a.getAttribute('href')}`)?.tagName).toMatch(/^H[2-6]$/);
    }
  });

  test('every article has a unique anchor that links to itself, 第五条之一 included', () => {
    const doc = page(law);
    const articles = doc.querySelectorAll('.regulation-text a.art');
    expect(articles.map((a) => [text(a), a.id, a.getAttribute('href')])).toEqual([
      ['第一条', 'art-1', '#art-1'],
      ['第二条', 'art-2', '#art-2'],
      ['第三条', 'art-3', '#art-3'],
      ['第四条', 'art-4', '#art-4'],
      ['第五条', 'art-5', '#art-5'],
      ['第五条之一', 'art-5-1', '#art-5-1'],
      ['第六条', 'art-6', '#art-6'],
    ]);
    const ids = doc.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(text(doc.querySelector('#art-4')?.parentNode as HTMLElement)).toBe(
      '第四条 社区居民委员会协助人民政府做好与居民利益有关的公共事务：',
    );
  });

  test('has the citation bar, hidden until an article is picked, with the law’s name in 《》', () => {
    const bar = page(law).querySelector('[data-cite-bar]');
    expect(bar?.hasAttribute('hidden')).toBe(true);
    expect(bar?.getAttribute('data-cite-title')).toBe('《测试市社区工作条例》');
    expect(text(bar?.querySelector('button'))).toBe('复制引用');
  });

  test('lists 沿革 and the versions, the shown one marked', () => {
    const doc = page(law);
    expect(doc.querySelectorAll('.history li').map(text)).toEqual([
      '2019年3月1日 测试市第五届人民代表大会常务委员会第九次会议通过',
      '2025年6月30日 测试市第六届人民代表大会常务委员会第三次会议修订',
    ]);
    expect(doc.querySelectorAll('.regulation-versions ul li').map(text)).toEqual([
      '2025年6月30日公布（本页） 有效，现行版本',
      '2019年3月1日公布 已修改',
    ]);
  });

  test('is indexed as 法律法规 with its 层级 and 效力状态; chapters and articles have ids for sub-results', () => {
    const doc = page(law);
    expect(doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(filters(doc)).toEqual(
      expect.arrayContaining([
        '类型:法律法规',
        '层级:地方性法规',
        '效力状态:有效',
        '发文机关:测试市人民代表大会常务委员会',
        '年份:2025',
      ]),
    );
    expect(doc.querySelectorAll('.regulation-text h2[id], .regulation-text h3[id]').length).toBe(6);
  });
});

describe('versions', () => {
  test('an older version keeps its dated address, with a banner linking the version in force', () => {
    const doc = page('regulations/测试市社区工作条例/2019-03-01/index.html');
    const banner = doc.querySelector('.regulation-banner');
    expect(banner?.querySelectorAll('p').map(text)).toEqual([
      '已修改 本页是2019年3月1日公布的版本，已被修改，仅供查阅。',
      '现行版本：测试市社区工作条例（现行版本）',
    ]);
    expect(href(banner?.querySelector('a'))).toBe('/regulations/测试市社区工作条例/');
    expect(text(doc.querySelector('.version-label'))).toBe('2019年3月1日公布');
    expect(doc.querySelector('h1')?.hasAttribute('data-pagefind-weight')).toBe(false);
    expect(filters(doc)).toContain('效力状态:已修改');
  });

  test('a new version not yet in force leaves the old one as the law’s page, and has its own', () => {
    const current = page('regulations/测试市临时救助办法/index.html');
    expect(info(current)).toContainEqual(['公布日期', '2020年5月1日']);
    expect(current.querySelectorAll('.regulation-banner p').map(text)).toEqual([
      '本法规已公布新版本，将于2027年1月1日起施行；在此之前仍以本页为准。',
      '将施行的新版本：测试市临时救助办法（2026年10月1日公布）',
    ]);
    const pending = page('regulations/测试市临时救助办法/2026-10-01/index.html');
    expect(pending.querySelectorAll('.regulation-banner p').map(text)).toEqual([
      '尚未生效 本版本尚未生效，将于2027年1月1日起施行。',
      '现行版本：测试市临时救助办法（现行版本）',
    ]);
  });

  test('a repealed law says so; an undated one has an address too', () => {
    expect(text(page('regulations/测试市殡葬管理规定/index.html').querySelector('.regulation-banner p'))).toBe(
      '废止 本法规已于2024年1月1日废止，不再执行。',
    );
    expect(build.exists('regulations/测试区关于执行测试市临时救助办法的意见-试行-补充说明/index.html')).toBe(true);
  });

  test('/regulations/ lists every law by 层级', () => {
    const doc = page('regulations/index.html');
    expect(doc.querySelectorAll('main h2').map(text)).toEqual(['地方性法规', '地方政府规章', '规范性文件']);
    // By 层级, then by title in pinyin order (殡 bìn before 临 lín).
    expect(
      doc
        .querySelectorAll('.laws li')
        .map((li) => [
          text(li.querySelector('a')),
          text(li.querySelector('.details')),
          text(li.querySelector('.badge')),
        ]),
    ).toEqual([
      ['测试市社区工作条例', '2025年6月30日公布 2 个版本', ''],
      ['测试市殡葬管理规定', '2010年1月1日公布', '✕ 废止'],
      ['测试市临时救助办法', '2020年5月1日公布 2 个版本', ''],
      ['测试区关于执行《测试市临时救助办法》的意见（试行）、补充说明', '', ''],
    ]);
  });

  test('the addresses the check knows are exactly the library pages the build writes', () => {
    const LEVEL_PAGES = [
      '/regulations/level/地方性法规/',
      '/regulations/level/地方政府规章/',
      '/regulations/level/规范性文件/',
    ];
    const known = [...knownRoutes(loadContent(sitePaths(build.siteDir)))].filter((r) => r.startsWith('/regulations/'));
    for (const route of known) expect(build.exists(`${route.slice(1)}index.html`), route).toBe(true);
    // The index, six versions of laws, and one list for each 层级 that has laws.
    expect(known.filter((route) => route.startsWith('/regulations/level/')).sort()).toEqual(LEVEL_PAGES);
    expect(known.length).toBe(7 + LEVEL_PAGES.length);
  });
});

describe('citations in checklists and guides', () => {
  test('link the law to its page and each article to its anchor; unknown laws stay text', () => {
    const doc = page('checklists/assist/index.html');
    const cell = doc.querySelectorAll('#XZ-02 .basis li');
    expect(cell.map(text)).toEqual([
      '《中华人民共和国城市居民委员会组织法》第三条',
      '《测试市社区工作条例》第4条第一款、第五条之一至第六条',
    ]);
    // Not in this site's library, but a national law the project knows by name: it leads to the
    // national database, its article as plain text.
    expect(cell[0]?.querySelectorAll('a').map((a) => `${text(a)} ${href(a)}`)).toEqual([
      '中华人民共和国城市居民委员会组织法 https://flk.npc.gov.cn/',
    ]);
    expect(cell[1]?.querySelectorAll('a').map((a) => `${text(a)} ${href(a)}`)).toEqual([
      '测试市社区工作条例 /regulations/测试市社区工作条例/',
      '第4条第一款 /regulations/测试市社区工作条例/#art-4',
      '第五条之一 /regulations/测试市社区工作条例/#art-5-1',
      '第六条 /regulations/测试市社区工作条例/#art-6',
    ]);
    const policy = doc.querySelectorAll('#XZ-01 .basis li')[1];
    expect(href(policy?.querySelector('a'))).toBe('/policies/2024/new-standard/');
  });

  test('a guide’s 设定依据 links the same way', () => {
    const items = page('guides/shjz/dibao/index.html').querySelectorAll('[aria-labelledby="basis"] li');
    expect(items.map(text)).toEqual(['《社会救助暂行办法》第九条', '《测试市临时救助办法》第二条']);
    expect(href(items[1]?.querySelectorAll('a')[1])).toBe('/regulations/测试市临时救助办法/#art-2');
  });
});

describe('citations that cannot be resolved', () => {
  test('a missing article stops the build; a law neither hosted nor known by name is a warning', () => {
    const result = buildSite('regulation-citations');
    expect(result.status, result.output).toBe(1);
    // The base fixture's own warnings (policies, columns) are not this test's business.
    expect(problemLines(result.output).filter((line) => line.includes('.basis'))).toMatchInlineSnapshot(`
      [
        "警告 content/checklists/assist-2022.yaml:25: items[3].basis[1].law（法律法规名称）: 《某区工作规定》不在法规库中，无法链接到条文。如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致；如果是法规库以外的文件（如国务院、部委的规范性文件），请把名称加到 content/site.yaml 的 citedElsewhere。",
        "content/checklists/assist.yaml:24: items[2].basis[3].article（条款）: 《测试市社区工作条例》没有第九十九条（现行版本最后一条是第三条）；请核对条款。",
        "content/checklists/assist.yaml:31: items[3].basis[1].article（条款）: 《测试市社区工作条例》现行版本没有第四条，只有 2019-03-01 公布的旧版本有；请按现行版本核对条款。",
      ]
    `);
  });
});
