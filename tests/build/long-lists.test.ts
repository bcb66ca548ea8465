/**
 * Long lists are split into pages, so that no page grows with the archive: a topic's policies,
 * the interpretations and a topic's service guides come 50 to a page with links between the
 * pages, and the bulletin archive lists the newest issues and the years. The site is the base
 * fixture with 55 more policies of one topic, 52 interpretations, 52 guides, 14 bulletins and
 * 52 laws of one 层级. (The guide index shows each topic's first ten guides, the regulations
 * library the first twenty laws of each 层级.)
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildSite, builtRoutes, fixturesDir, outputRoot, type BuildResult } from '../helpers/build.ts';
import { knownRoutes } from '../../src/lib/content/routes.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';

const siteDir = join(outputRoot, 'sites', 'long-lists');
const pad = (n: number) => String(n).padStart(2, '0');
const write = (path: string, text: string) => {
  mkdirSync(join(siteDir, 'content', path, '..'), { recursive: true });
  writeFileSync(join(siteDir, 'content', path), text);
};

let build: BuildResult;
const page = (path: string): HTMLElement => parse(build.read(path));
const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

beforeAll(() => {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(join(fixturesDir, 'valid-site'), siteDir, { recursive: true });
  for (let i = 1; i <= 55; i++) {
    write(
      `policies/2025/rescue-${pad(i)}.md`,
      `---\ntitle: 关于做好第${i}批临时救助工作的通知\nindexNo: 013000000/2025-001${pad(i)}\nissuers: 测试区民政局\nwrittenDate: 2025-03-01\npublishDate: 2025-03-${pad(1 + (i % 28))}\ntopic: 民政\\社会救助\ngenre: 通知\n---\n请各街道做好第${i}批临时救助工作。\n`,
    );
  }
  for (let i = 1; i <= 52; i++) {
    write(
      `interpretations/qa-${pad(i)}.md`,
      `---\ntitle: 低保标准问答之${i}\ninterprets: 2024/new-standard\nform: 文字\nauthor: 社会救助科\npublishDate: 2024-07-${pad(1 + (i % 28))}\n---\n问：第${i}个问题？答：第${i}个回答。\n`,
    );
  }
  for (let i = 1; i <= 52; i++) {
    write(
      `guides/shjz/matter-${pad(i)}.md`,
      [
        '---',
        `title: 临时救助申请之${i}`,
        'topic: shjz',
        'basis:\n  - law: 社会救助暂行办法\n    article: 第四十七条',
        'conditions:\n  - 具有本区户籍。',
        'materials:\n  - name: 居民身份证\n    form: 原件',
        'steps:\n  - name: 申请\n    description: 向街道提出申请。',
        'statutoryDays: 10',
        'promisedDays: 5',
        'fee: 不收费',
        'place: 测试区测试路 1 号',
        'hours: 工作日 9:00—17:00',
        'phone: 0599-0000 0001',
        'complaintPhone: 0599-0000 0002',
        'publishDate: 2025-04-01',
        '---',
        '',
      ].join('\n'),
    );
  }
  for (let i = 3; i <= 16; i++) {
    write(
      `bulletins/2026/${pad(i)}.md`,
      `---\nseries: 测试工作简报\ntitle: 第 ${i} 期测试简报\nyear: 2026\nissue: ${i}\ntotalIssue: ${10 + i}\ndate: 2026-${pad(Math.ceil(i / 2))}-10\neditingUnit: 测试区民政局办公室\neditor: 张三\nreportTo: [区委, 区政府]\n---\n本期简报报道第 ${i} 项工作进展。\n`,
    );
  }
  for (let i = 1; i <= 52; i++) {
    write(
      `regulations/测试市第${i}号管理规定/2020-01-01.md`,
      `---\ntitle: 测试市第${i}号管理规定\nlevel: 地方政府规章\nissuer: 测试市人民政府\npublishDate: 2020-01-01\nstatus: 有效\n---\n\n第一条 为了加强第${i}项管理，制定本规定。\n`,
    );
  }
  build = buildSite('long-lists', { siteDir });
  expect(build.status, build.output).toBe(0);
});

/** The links of a page's pagination, as their text and address. */
const pagination = (doc: HTMLElement) =>
  doc.querySelectorAll('nav.pagination li').map((li) => {
    const link = li.querySelector('a');
    return link ? `${text(link)}→${decodeURI(link.getAttribute('href') ?? '')}` : text(li);
  });

describe('a long list', () => {
  test('of a topic’s policies has 50 on its first page, the rest on the second, and links between them', () => {
    const first = page('policies/topic/社会救助/index.html');
    const second = page('policies/topic/社会救助/page/2/index.html');
    const rows = (doc: HTMLElement) => doc.querySelectorAll('tbody tr').length;
    // 55 new ones and those of the base site in 社会救助.
    const total = Number(/共 (\d+) 项/.exec(text(first.querySelector('main')))?.[1]);
    expect(total).toBeGreaterThan(55);
    expect(rows(first)).toBe(50);
    expect(rows(second)).toBe(total - 50);
    expect(pagination(first)).toEqual([
      '第 1 页',
      '第 2 页→/policies/topic/社会救助/page/2/',
      '下一页→/policies/topic/社会救助/page/2/',
    ]);
    expect(pagination(second)[0]).toBe('上一页→/policies/topic/社会救助/');
    expect(text(second.querySelector('title'))).toContain('第 2 页');
  });

  test('of interpretations is split the same way, every interpretation on exactly one page', () => {
    const titles = ['interpretations/index.html', 'interpretations/page/2/index.html'].flatMap((path) =>
      page(path)
        .querySelectorAll('.doc-list li > a')
        .map((a) => text(a)),
    );
    expect(titles).toHaveLength(53);
    expect(new Set(titles).size).toBe(53);
    expect(page('interpretations/index.html').querySelectorAll('.doc-list li')).toHaveLength(50);
    expect(titles).toContain('提高最低生活保障标准问答');
  });

  test('of a topic’s guides is split the same way', () => {
    const count = (path: string) => page(path).querySelectorAll('.guide-list li').length;
    expect(count('guides/shjz/index.html')).toBe(50);
    expect(count('guides/shjz/page/2/index.html')).toBe(3);
    expect(pagination(page('guides/shjz/page/2/index.html'))[0]).toBe('上一页→/guides/shjz/');
    // The index of all topics lists a topic's first ten and links to the rest.
    const topic = page('guides/index.html').querySelector('section:has(#topic-shjz)');
    expect(topic?.querySelectorAll('.guide-list li')).toHaveLength(10);
    expect(text(topic?.querySelector('.more'))).toBe('查看社会救助的全部 53 项办事指南');
  });

  test('of bulletins shows the ten newest issues and every year with its count', () => {
    const archive = page('bulletins/index.html');
    const issues = archive.querySelectorAll('.bulletin-list li .number').map(text);
    expect(issues).toHaveLength(10);
    expect(issues[0]).toContain('第16期');
    expect(archive.querySelectorAll('.years li').map(text)).toEqual(['2026年（14期）', '2025年（2期）']);
    // A year's page still lists every issue of that year.
    expect(page('bulletins/cs/2026/index.html').querySelectorAll('.bulletin-list li')).toHaveLength(14);
  });

  test('of laws shows twenty of a 层级 in the library, and all of them on that 层级’s pages', () => {
    const library = page('regulations/index.html');
    expect(library.querySelectorAll('.laws li')).toHaveLength(20);
    const more = library.querySelector('.more a');
    expect(text(more)).toBe('查看全部 52 部地方政府规章');
    expect(decodeURI(more?.getAttribute('href') ?? '')).toBe('/regulations/level/地方政府规章/');
    const first = page('regulations/level/地方政府规章/index.html');
    const second = page('regulations/level/地方政府规章/page/2/index.html');
    const titles = [first, second].flatMap((doc) => doc.querySelectorAll('.laws li > a').map(text));
    expect(first.querySelectorAll('.laws li')).toHaveLength(50);
    expect(new Set(titles).size).toBe(52);
    expect(text(first.querySelector('h1'))).toBe('法律法规：地方政府规章');
    expect(pagination(second)[0]).toBe('上一页→/regulations/level/地方政府规章/');
  });

  test('pages are exactly the addresses the check knows', () => {
    const known = [...knownRoutes(loadContent(sitePaths(siteDir)))].sort();
    expect(known).toEqual(builtRoutes(build.outDir, join(siteDir, 'public')));
    expect(known).toContain('/policies/topic/社会救助/page/2/');
    expect(known).toContain('/interpretations/page/2/');
    expect(known).toContain('/guides/shjz/page/2/');
    expect(known).toContain('/regulations/level/地方政府规章/page/2/');
  });
});
