/**
 * The regulation schema and the library's rules, with the exact messages editors read: field
 * messages (src/schemas/regulation.ts) and the check across files
 * (src/lib/content/regulationRules.ts), on the valid fixture site with regulations added.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { RegulationSchema } from '../../src/schemas/regulation.ts';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parsedOf, problemsOf, yamlOf } from '../helpers/content.ts';

const valid: Record<string, string> = {
  title: '测试市社区工作条例',
  level: '地方性法规',
  issuer: '测试市人民代表大会常务委员会',
  publishDate: '2025-06-30',
  effectiveDate: '2025-08-01',
  history: `
  - date: 2019-03-01
    event: 测试市第五届人民代表大会常务委员会第九次会议通过
  - date: 2025-06-30
    event: 测试市第六届人民代表大会常务委员会第三次会议修订`,
};

const check = (overrides: Record<string, string | undefined>) =>
  problemsOf(RegulationSchema, yamlOf(valid, overrides), 'content/regulations/测试市社区工作条例/2025-06-30.md');

describe('a regulation', () => {
  test('parses with its history; only title and level are required', () => {
    expect(parsedOf(RegulationSchema, yamlOf(valid))).toEqual({
      title: '测试市社区工作条例',
      level: '地方性法规',
      issuer: '测试市人民代表大会常务委员会',
      publishDate: '2025-06-30',
      effectiveDate: '2025-08-01',
      history: [
        { date: '2019-03-01', event: '测试市第五届人民代表大会常务委员会第九次会议通过' },
        { date: '2025-06-30', event: '测试市第六届人民代表大会常务委员会第三次会议修订' },
      ],
    });
    expect(parsedOf(RegulationSchema, 'title: 测试意见\nlevel: 规范性文件')).toEqual({
      title: '测试意见',
      level: '规范性文件',
    });
  });

  test('the level must be one of the hierarchy', () => {
    expect(check({ level: '法规' })).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:2: level（层级）: “法规”不是可用的层级；可选：宪法、法律、行政法规、地方性法规、部门规章、地方政府规章、司法解释、规范性文件。",
      ]
    `);
    expect(check({ level: undefined })).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:1: level（层级）: 缺少此项；应填写层级，可选：宪法、法律、行政法规、地方性法规、部门规章、地方政府规章、司法解释、规范性文件。",
      ]
    `);
  });

  test('时效性 must be one of the database’s states; 废止 needs its date', () => {
    expect(check({ status: '失效' })).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:11: status（时效性）: “失效”不是可用的时效性；可选：有效、已修改、废止、尚未生效。",
      ]
    `);
    expect(check({ status: '废止' })).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:1: statusDate（时效性变更日期）: 时效性为“废止”时必须填写废止日期；应填写 statusDate，例如 2024-03-05。",
      ]
    `);
    expect(check({ statusDate: '2026-01-01' })).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:1: status（时效性）: 填写了时效性变更日期 2026-01-01，但没有填写时效性；应同时填写 status（例如 废止），或删除 statusDate。",
      ]
    `);
  });

  test('dates: real days, 施行 not before 公布, history oldest first', () => {
    expect(check({ publishDate: '2025-06-31' })).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:4: publishDate（发布日期）: 日期“2025-06-31”不存在：2025 年 6 月没有 31 日（该月只有 30 天）；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
      ]
    `);
    expect(check({ effectiveDate: '2025-06-01' })).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:5: effectiveDate（施行日期）: 施行日期 2025-06-01 早于公布日期 2025-06-30；施行日期不能早于公布日期，请核对两个日期。",
      ]
    `);
    expect(
      check({
        history: `
  - date: 2025-06-30
    event: 修订
  - date: 2019-03-01
    event: 通过`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:9: history[2].date（沿革日期）: 沿革日期 2019-03-01 早于上一条的 2025-06-30；沿革应按时间从早到晚排列。",
      ]
    `);
  });

  test('a history entry needs a date and an event; unknown fields are named', () => {
    expect(
      check({
        history: `
  - date: 2019-03-01`,
        source: '库',
        sauce: '库',
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/regulations/测试市社区工作条例/2025-06-30.md:7: history[1].event（沿革事项）: 缺少此项；应填写沿革事项，例如 第十三届全国人民代表大会常务委员会第七次会议修正。",
        "content/regulations/测试市社区工作条例/2025-06-30.md:9: sauce: 未知字段“sauce”。是否想写 source（来源）？可用字段：title、part、level、issuer、publishDate、effectiveDate、status、statusDate、history、source。",
      ]
    `);
  });
});

describe('rules of the library', () => {
  const base = new URL('../fixtures/valid-site', import.meta.url).pathname;
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** Problems of the valid fixture with these files added, minus those it already has. */
  function checkWith(files: Record<string, string>): string[] {
    const run = (extra: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'gongkai-regulations-'));
      made.push(dir);
      cpSync(base, dir, { recursive: true });
      for (const [path, text] of Object.entries(extra)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return checkSite(sitePaths(dir), { today: '2026-11-27' }).problems.map(formatProblem);
    };
    const baseline = new Set(run({}));
    return run(files).filter((line) => !baseline.has(line));
  }
  const regulation = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}\n`;
  const law = (date: string, extra = '', body = '第一条 甲。\n\n第二条 乙。') =>
    regulation(`title: 测试市社区工作条例\nlevel: 地方性法规\npublishDate: ${date}${extra}`, body);

  test('two files of one law with the same 公布日期 are an error', () => {
    expect(
      checkWith({
        'content/regulations/测试市社区工作条例/2025-06-30.md': law('2025-06-30'),
        'content/regulations/测试市社区工作条例/copy.md': law('2025-06-30'),
      }),
    ).toContain(
      'content/regulations/测试市社区工作条例/copy.md:4: publishDate（发布日期）: 《测试市社区工作条例》公布日期为 2025-06-30 的版本已在 content/regulations/测试市社区工作条例/2025-06-30.md 中；同一法规的每个版本只能有一个文件，请删除其中一个，或改正 publishDate。',
    );
  });

  test('an older version declared 有效 is a warning; an article number written twice too', () => {
    expect(
      checkWith({
        'content/regulations/测试市社区工作条例/2019-03-01.md': law('2019-03-01', '\nstatus: 有效'),
        'content/regulations/测试市社区工作条例/2025-06-30.md': law('2025-06-30', '', '第一条 甲。\n\n第一条 乙。'),
      }).filter((line) => !line.includes('不在法规库中')),
    ).toMatchInlineSnapshot(`
      [
        "警告 content/regulations/测试市社区工作条例/2019-03-01.md:5: status（时效性）: 时效性写的是“有效”，但法规库中有 2025-06-30 公布的新版本（content/regulations/测试市社区工作条例/2025-06-30.md）；请改为 已修改，或删除 status 让网站按版本自动判断。",
        "警告 content/regulations/测试市社区工作条例/2025-06-30.md:9: 正文中的“第一条”出现了不止一次；引用只能链接到第一处，这一处的锚点另行编号。请核对条文编号。",
      ]
    `);
  });

  test('citations: a missing article is an error, a law neither hosted nor known by name a warning (once per law)', () => {
    expect(
      checkWith({
        'content/regulations/测试市社区工作条例/2025-06-30.md': law('2025-06-30'),
        'content/guides/shjz/extra.md': `---
title: 临时救助申请
topic: shjz
basis:
  - law: 中华人民共和国测试市社区工作条例
    article: 第3条第一款
  - law: 《社会救助暂行办法》
    article: 第四十七条
conditions: [具有本区户籍。]
materials:
  - { name: 居民身份证, form: 原件 }
steps:
  - { name: 申请, description: 向街道提出申请。 }
statutoryDays: 10
promisedDays: 5
fee: 不收费
place: 测试区测试路 1 号
hours: 工作日
phone: 0599-0000 0001
complaintPhone: 0599-0000 0002
publishDate: 2026-03-02 09:00
---
`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/guides/shjz/extra.md:6: basis[1].article（条款）: 《中华人民共和国测试市社区工作条例》没有第三条（现行版本最后一条是第二条）；请核对条款。",
        "警告 content/checklists/assist-2022.yaml:25: items[3].basis[1].law（法律法规名称）: 《某区工作规定》不在法规库中，无法链接到条文。如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致；如果是法规库以外的文件（如国务院、部委的规范性文件），请把名称加到 content/site.yaml 的 citedElsewhere。",
      ]
    `);
  });

  test("the site's popular names resolve: a law not in the library is a warning, a missing article an error", () => {
    expect(
      checkWith({
        'content/regulations/测试市社区工作条例/2025-06-30.md': law('2025-06-30'),
        'content/popular-names.yaml': `names:
  - { name: 社区第一条, law: 测试市社区工作条例, article: 第一条, about: 第一条讲什么 }
  - { name: 社区第九条, law: 测试市社区工作条例, article: 第九条, about: 没有这一条 }
  - { name: 别的条例, law: 某市不存在的条例, article: 第一条, about: 没有这部法规 }
`,
      }).filter((line) => line.includes('popular-names')),
    ).toMatchInlineSnapshot(`
      [
        "content/popular-names.yaml:3: names[2].article（条文序号）: 《测试市社区工作条例》没有第九条（现行版本最后一条是第二条）；请核对条款。",
        "警告 content/popular-names.yaml:4: names[3].law（法律法规标题）: 俗称“别的条例”所指的《某市不存在的条例》不在法规库中，搜索时不会显示这个俗称；请导入这部法规，或核对标题是否与法规库中的一字不差。",
      ]
    `);
  });

  test('a site without a library gets no citation warnings', () => {
    expect(checkWith({})).toEqual([]);
  });
});
