/**
 * Policies over time, on a real build (the clock set to 00:30 on 2026-11-27 in Shanghai by buildSite): status from
 * dates, relations both ways, change history, checklist versions, feeds and open data.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { validSite } from './valid-site-build.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';
import { POLICY_CSV_COLUMNS } from '../../src/lib/documents/exports.ts';

let build: BuildResult;
const page = (path: string): HTMLElement => parse(build.read(path));
const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const banner = (path: string) => page(path).querySelectorAll('.status-banner p').map(text);

beforeAll(() => {
  build = validSite();
});

describe('status follows the dates', () => {
  test('a policy before its effective date is shown as 尚未生效 with the day it takes effect', () => {
    expect(banner('policies/2026/pilot-plan/index.html')).toEqual([
      '尚未生效 本文件尚未生效，将于2027年1月1日起施行。',
    ]);
    const rows = page('policies/index.html')
      .querySelectorAll('tbody tr')
      .map((row) => row.querySelectorAll('td').map(text));
    expect(rows.find((row) => row[0] === '关于开展社区养老服务试点的方案')?.[3]).toBe('○ 尚未生效');
  });

  test('a policy past its expiry date is shown as 失效 from the next day', () => {
    expect(banner('policies/2023/winter-plan/index.html')).toEqual(['失效 本文件已于2024年4月1日失效，不再执行。']);
  });

  test('the same policy is in force from the first minute of its first day in the site zone', () => {
    // Published 2023-11-02: at 16:30 UTC on 1 November it is already 00:30 on 2 November in
    // Shanghai, so the policy is in force (a build that took "today" in UTC would say 尚未生效).
    const earlier = buildSite('valid-site-2023', {
      siteDir: build.siteDir,
      env: { GONGKAI_NOW: '2023-11-01T16:30:00Z' },
    });
    expect(earlier.status, earlier.output).toBe(0);
    expect(parse(earlier.read('policies/2023/winter-plan/index.html')).querySelector('.status-banner')).toBeNull();
  });

  test('the status filter for search uses the shown status', () => {
    const filters = page('policies/2023/winter-plan/index.html')
      .querySelectorAll('[data-pagefind-filter]')
      .map((el) => el.getAttribute('data-pagefind-filter'));
    expect(filters).toContain('效力状态:失效');
  });
});

describe('relations and change history', () => {
  test('a relation shows on both pages', () => {
    const rows = (path: string) =>
      page(path)
        .querySelectorAll('.related-documents dl > div')
        .map((row) => `${text(row.querySelector('dt'))}：${text(row.querySelector('dd'))}`);
    expect(rows('policies/2026/pilot-plan/index.html')).toEqual(['本文件的制定依据：关于提高最低生活保障标准的通知']);
    expect(rows('policies/2024/new-standard/index.html')).toContain(
      '依据本文件制定的文件：关于开展社区养老服务试点的方案',
    );
  });

  test('major changes are listed and move 更新时间; minor ones do not show', () => {
    const doc = page('policies/2024/new-standard/index.html');
    expect(doc.querySelectorAll('.change-history li').map(text)).toEqual(['2024年8月1日 更正附件中的标准对照表']);
    expect(text(doc.querySelector('.byline span'))).toBe('更新时间：2024年8月1日');
  });
});

describe('checklist versions', () => {
  test('the newer version shows what changed, with counts', () => {
    const doc = page('checklists/assist/index.html');
    const changes = doc.querySelector('.checklist-changes');
    expect(text(changes?.querySelector('.counts'))).toBe('事项数量：3 项 → 2 项');
    expect(changes?.querySelectorAll('.summary li').map(text)).toEqual([
      '新增 0 项',
      '取消 1 项',
      '调整 1 项',
      '未变 1 项',
    ]);
    const lists = changes?.querySelectorAll('h3 + ul') ?? [];
    expect(changes?.querySelectorAll('h3').map(text)).toEqual(['取消事项', '调整事项']);
    expect(lists.map((ul) => ul.querySelectorAll('li').map(text))).toEqual([
      ['XZ-03 填报社区工作台账'],
      ['XZ-02 协助组织居民参加议事协商（调整了：责任单位/实施主体）'],
    ]);
    expect(changes?.querySelector('a[href="/checklists/assist-2022/"]')).not.toBeNull();
  });

  test('the older version stays at its address, marked as superseded with a link to the current one', () => {
    const doc = page('checklists/assist-2022/index.html');
    expect(doc.querySelectorAll('.superseded p').map(text)).toEqual([
      '已被替代 本清单已被新版替代，仅供查阅。',
      '现行版本：测试区协助政府工作事项清单（施行日期：2025年1月1日）',
    ]);
  });
});

describe('feeds and open data', () => {
  const xml = new XMLParser({ ignoreAttributes: false });

  test('the policy feed is valid RSS with every policy, newest first, and is discoverable', () => {
    const source = build.read('policies/rss.xml');
    expect(XMLValidator.validate(source)).toBe(true);
    const items = xml.parse(source).rss.channel.item as { title: string; link: string; pubDate: string }[];
    expect(items.map((i) => i.title)).toEqual([
      '关于开展社区养老服务试点的方案',
      '关于提高最低生活保障标准的通知',
      '关于做好冬季困难群众救助工作的通知',
      '关于调整最低生活保障标准的通知',
    ]);
    expect(items[1]?.link).toBe('https://mzj.test.example.gov.cn/policies/2024/new-standard/');
    // 09:30 in Shanghai is 01:30 UTC.
    expect(new Date(items[1]!.pubDate).toISOString()).toBe('2024-06-25T01:30:00.000Z');
    const link = page('policies/index.html').querySelector('link[rel=alternate][type="application/rss+xml"]');
    expect(link?.getAttribute('href')).toBe('/policies/rss.xml');
  });

  test('the bulletin feed and a topic feed parse and list their entries', () => {
    const bulletins = xml.parse(build.read('bulletins/rss.xml')).rss.channel.item as { title: string }[];
    expect(bulletins.map((i) => i.title)).toEqual([
      '测试工作简报 2025年第2期：第 2 期测试简报',
      '测试工作简报 2025年第1期：第 1 期测试简报',
    ]);
    const topic = build.read('feeds/topic/社区治理.xml');
    expect(XMLValidator.validate(topic)).toBe(true);
    const items = [xml.parse(topic).rss.channel.item].flat() as { title: string }[];
    expect(items.map((i) => i.title)).toEqual(['关于开展社区养老服务试点的方案']);
    expect(page(`policies/topic/社区治理/index.html`).querySelector('link[rel=alternate]')?.getAttribute('href')).toBe(
      `/feeds/topic/${encodeURIComponent('社区治理')}.xml`,
    );
  });

  test('policy exports round-trip through the policy schema, and the CSV has one row per policy', () => {
    const rows = JSON.parse(build.read('data/policies.json')) as {
      id: string;
      currentValidity: string;
      data: unknown;
    }[];
    expect(rows.map((r) => r.id).sort()).toEqual([
      '2023/winter-plan',
      '2024/new-standard',
      '2024/old-standard',
      '2026/pilot-plan',
    ]);
    for (const row of rows) expect(PolicySchema.parse(row.data)).toEqual(row.data);
    expect(rows.find((r) => r.id === '2023/winter-plan')?.currentValidity).toBe('失效');
    const csv = parseCsv(build.read('data/policies.csv'), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(csv[0]!)).toEqual([...POLICY_CSV_COLUMNS]);
    expect(csv.map((r) => r['索引号']).sort()).toEqual(rows.map((r) => (r.data as { indexNo: string }).indexNo).sort());
    expect(csv.find((r) => r['索引号'] === '013000000/2024-00001')?.['文号']).toBe('测民发〔2022〕3号');
  });

  test('checklist exports round-trip through the checklist schema', () => {
    const list = JSON.parse(build.read('data/checklists/assist.json'));
    expect(ChecklistSchema.parse(list)).toEqual(list);
    const csv = parseCsv(build.read('data/checklists/assist.csv'), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(csv.map((r) => [r['编码'], r['事项名称'], r['依据']])).toEqual([
      ['XZ-01', '协助开展低保入户调查', '《社会救助暂行办法》第十一条'],
      ['XZ-02', '协助组织居民参加议事协商', '《中华人民共和国城市居民委员会组织法》第三条'],
    ]);
    expect(
      page('data/index.html')
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/data/checklists/assist.csv');
  });

  test('robots.txt names the sitemap of the configured domain', () => {
    expect(build.read('robots.txt')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://mzj.test.example.gov.cn/sitemap-index.xml\n',
    );
    expect(build.exists('sitemap-index.xml')).toBe(true);
  });
});
