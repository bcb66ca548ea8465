import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { findChecklistItem, groupByTopic, guideColumn, guideUrl } from '../../src/lib/documents/guides.ts';
import type { Checklist } from '../../src/schemas/checklist.ts';
import type { Column } from '../../src/schemas/column.ts';

const base = new URL('../fixtures/valid-site', import.meta.url).pathname;
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Errors of the valid fixture site with some files added (its deliberate 文号 warning left out). */
function errorsWith(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-guides-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return checkSite(sitePaths(dir))
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}

const guide = (topic: string) => `---
title: 临时救助申请
topic: ${topic}
basis: [{ law: 社会救助暂行办法, article: 第四十七条 }]
conditions: [基本生活暂时出现严重困难。]
materials: [{ name: 居民身份证, form: 原件 }]
steps: [{ name: 申请, description: 向街道提出申请。 }]
statutoryDays: 10
promisedDays: 8
fee: 不收费
place: 测试区测试路 1 号
hours: 工作日 9:00—17:00
phone: 0599-0000 0001
complaintPhone: 0599-0000 0002
publishDate: 2025-03-01
---
`;

describe('guide rules across files', () => {
  test('the fixture guide is valid', () => {
    expect(errorsWith({})).toEqual([]);
  });

  test('the topic must be a configured guide topic', () => {
    expect(errorsWith({ 'content/guides/shjz/linshi.md': guide('shehuijiuzhu') })).toMatchInlineSnapshot(`
      [
        "content/guides/shjz/linshi.md:3: topic（主题分类）: “shehuijiuzhu”不是本站配置的办事指南主题；可选：shjz（社会救助）、hysy（婚姻收养）。如需新主题，请先加到 content/site.yaml 的 guideTopics。",
      ]
    `);
  });

  test('two guides cannot have the same address', () => {
    expect(errorsWith({ 'content/guides/dibao.md': guide('shjz') })).toMatchInlineSnapshot(`
      [
        "content/guides/shjz/dibao.md:4: topic（主题分类）: 与 content/guides/dibao.md 的网页地址相同（/guides/shjz/dibao/）；同一主题下办事指南的文件名不能相同，请把其中一篇改名（办事指南建议放在 content/guides/shjz/ 下）。",
      ]
    `);
  });
});

describe('guide helpers', () => {
  test('a guide filed under its topic folder drops the folder from its address', () => {
    expect(guideUrl('shjz/dibao', 'shjz')).toBe('/guides/shjz/dibao/');
    expect(guideUrl('dibao', 'shjz')).toBe('/guides/shjz/dibao/');
    expect(guideUrl('hysy/dibao', 'shjz')).toBe('/guides/shjz/hysy/dibao/');
  });

  test('every topic is listed in the configured order, guides by title, empty topics kept', () => {
    const topics = [
      { slug: 'shjz', name: '社会救助' },
      { slug: 'bzgl', name: '殡葬管理' },
      { slug: 'hysy', name: '婚姻收养' },
    ];
    const groups = groupByTopic(topics, [
      { topic: 'hysy', title: '收养登记' },
      { topic: 'shjz', title: '最低生活保障申请' },
      { topic: 'shjz', title: '临时救助申请' },
    ]);
    expect(groups.map((g) => [g.topic.name, g.guides.map((x) => x.title)])).toEqual([
      ['社会救助', ['临时救助申请', '最低生活保障申请']],
      ['殡葬管理', []],
      ['婚姻收养', ['收养登记']],
    ]);
  });

  test('the matching checklist item comes from a 权责清单 before other lists', () => {
    const list = (id: string, kind: Checklist['kind'], name: string) => ({
      id,
      data: { kind, title: id, items: [{ code: 'A-1', name }] } as unknown as Checklist,
    });
    const lists = [list('assist', '协助政府工作事项', '协助'), list('power', '权责清单', '给付')];
    expect(findChecklistItem(lists, 'A-1')?.list.id).toBe('power');
    expect(findChecklistItem(lists, 'B-2')).toBeUndefined();
  });

  test('without a configured column, the trail is 办事指南 > topic', () => {
    const topic = { slug: 'shjz', name: '社会救助' };
    expect(guideColumn([], topic).crumbs('正文')).toEqual([
      { label: '办事指南', href: '/guides/' },
      { label: '社会救助', href: '/guides/shjz/' },
      { label: '正文' },
    ]);
    expect(guideColumn([], topic).crumbs()).toEqual([{ label: '办事指南', href: '/guides/' }, { label: '社会救助' }]);
  });

  test('with a configured column, its title and meta are used', () => {
    const columns = [
      {
        slug: 'bszn',
        title: '民政业务办事指南',
        type: '办事服务',
        description: '办事指南。',
        keywords: ['办事指南'],
        href: '/guides/',
      },
    ] as unknown as Column[];
    const index = guideColumn(columns);
    expect(index.meta).toEqual({
      name: '民政业务办事指南',
      description: '办事指南。',
      keywords: ['办事指南'],
      type: '办事服务',
    });
    expect(guideColumn(columns, { slug: 'bzgl', name: '殡葬管理' }).crumbs('正文')).toEqual([
      { label: '民政业务办事指南', href: '/guides/' },
      { label: '殡葬管理', href: '/guides/bzgl/' },
      { label: '正文' },
    ]);
  });
});
