/**
 * Site groups (站群): the address prefix of a member (src/lib/base.ts), group.yaml's schema
 * (src/schemas/group.ts) and its loader (src/lib/group/load.ts), with the messages an operator sees.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseBase, withBase, withoutBase } from '../../src/lib/base.ts';
import { GroupSchema } from '../../src/schemas/group.ts';
import { loadGroup, reservedSegments } from '../../src/lib/group/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { siteAddresses, urlsUnder } from '../../src/lib/urls.ts';
import { parsedOf, problemsOf } from '../helpers/content.ts';
import { projectRoot } from '../helpers/build.ts';
import { htmlToHast } from 'satteri';
import type { Root } from 'hast';
import { searchRecord } from '../../src/lib/integrity/records.ts';
import { portalRecords } from '../../src/lib/group/records.ts';

describe('the address prefix', () => {
  test('is written in one form, whatever slashes the operator typed', () => {
    expect(['', '/', 'mzj', '/mzj', 'mzj/', '/mzj/', ' /bm/mzj/ '].map((text) => parseBase(text))).toEqual([
      '/',
      '/',
      '/mzj/',
      '/mzj/',
      '/mzj/',
      '/mzj/',
      '/bm/mzj/',
    ]);
    expect(parseBase(undefined)).toBe('/');
  });

  test('takes lower-case letters, digits and inner hyphens only', () => {
    for (const bad of ['/MZJ/', '/民政/', '/a b/', '/../', '/-mzj/', '/mzj-/', '/a//b/', '/?q/']) {
      expect(() => parseBase(bad), bad).toThrow(/不可用/);
    }
    expect(() => parseBase('/Mzj/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: 网址前缀“/Mzj/”不可用：前缀应由小写字母、数字和连字符组成，前后用斜杠，例如 /mzj/。]`,
    );
  });

  test('goes before the site’s own addresses, and only those', () => {
    expect(withBase('/mzj/', '/policies/a/')).toBe('/mzj/policies/a/');
    expect(withBase('/mzj/', '/')).toBe('/mzj/');
    expect(withBase('/', '/policies/')).toBe('/policies/');
    for (const other of ['https://www.gov.cn/', '//cdn.example/x.js', '#main', 'files/a.pdf', 'mailto:a@b.cn'])
      expect(withBase('/mzj/', other)).toBe(other);
  });

  test('comes off again, and an address outside it is said to be outside', () => {
    expect(withoutBase('/mzj/', '/mzj/policies/a/')).toBe('/policies/a/');
    expect(withoutBase('/mzj/', '/mzj/')).toBe('/');
    expect(withoutBase('/mzj/', '/mzj')).toBe('/');
    expect(withoutBase('/mzj/', '/mzjx/a/')).toBeUndefined();
    expect(withoutBase('/mzj/', '/policies/')).toBeUndefined();
    expect(withoutBase('/', '/policies/')).toBe('/policies/');
  });

  test('every page address follows it', () => {
    const under = urlsUnder('/rsj/');
    expect(under.home()).toBe('/rsj/');
    expect(under.policy('2026/a')).toBe('/rsj/policies/2026/a/');
    expect(under.search('低保')).toBe(`/rsj/search/?q=${encodeURIComponent('低保')}`);
    expect(under.bulletin('gzjb', 2025, 3, true)).toBe('/rsj/bulletins/gzjb/2025/zk3/');
    expect(Object.keys(under)).toEqual(Object.keys(siteAddresses));
    expect(urlsUnder('/')).toBe(siteAddresses);
  });
});

const member = (code: string, extra = '') =>
  `\n  - code: ${code}\n    name: 测试${code}\n    site: members/${code}${extra}`;
const groupYaml = (members: string, top = 'name: 测试站群\nportal: portal') => `${top}\nmembers:${members}`;

describe('group.yaml', () => {
  test('a member’s prefix is its code unless it names one', () => {
    const group = parsedOf(GroupSchema, groupYaml(member('mzj') + member('rsj', '\n    prefix: bm/rsj')));
    expect(group.members.map((m) => m.prefix)).toEqual(['/mzj/', '/bm/rsj/']);
  });

  test('the portal, the name and at least one member are required', () => {
    expect(problemsOf(GroupSchema, 'name: 测试站群\nmembers: []')).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: portal（门户网站文件夹）: 缺少此项；应填写门户网站的文件夹（含 content 和 public），相对 group.yaml，例如 portal。",
        "content/test.yaml:2: members（成员部门）: 站群至少要有一个成员部门。",
      ]
    `);
  });

  test('a member needs its code, name and site folder', () => {
    expect(problemsOf(GroupSchema, groupYaml('\n  - name: 测试局'))).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: members[1].code（成员代码）: 缺少此项；应填写成员代码，例如 mzj。",
        "content/test.yaml:4: members[1].site（网站文件夹）: 缺少此项；应填写成员的网站文件夹（含 content 和 public），相对 group.yaml，例如 members/mzj。",
      ]
    `);
  });

  test('a code is lower-case letters and digits', () => {
    expect(problemsOf(GroupSchema, groupYaml(member('MZJ')))).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: members[1].code（成员代码）: 成员代码“MZJ”不可用：应以小写字母开头，只含小写字母和数字，共 2 到 16 个字符，例如 mzj。",
      ]
    `);
  });

  test('codes are unique', () => {
    expect(problemsOf(GroupSchema, groupYaml(member('mzj') + member('rsj') + member('mzj', '\n    prefix: /mzj2/'))))
      .toMatchInlineSnapshot(`
        [
          "content/test.yaml:10: members[3].code（成员代码）: 成员代码“mzj”与第 1 个成员重复；每个成员的代码应不同。",
        ]
      `);
  });

  test('a prefix is a path of lower-case words, never the root, never inside another member’s', () => {
    expect(
      problemsOf(
        GroupSchema,
        groupYaml(
          member('mzj', '\n    prefix: /民政/') +
            member('rsj', '\n    prefix: /') +
            member('czj', '\n    prefix: /bm/') +
            member('sjj', '\n    prefix: /bm/sjj/'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: members[1].prefix（网址前缀）: 网址前缀“/民政/”不可用：前缀应由小写字母、数字和连字符组成，前后用斜杠，例如 /mzj/。",
        "content/test.yaml:11: members[2].prefix（网址前缀）: 成员的网址前缀不能是 /：根目录是门户网站的；请写 /部门代码/，例如 /mzj/。",
        "content/test.yaml:19: members[4].prefix（网址前缀）: 网址前缀 /bm/sjj/ 与第 3 个成员的 /bm/ 重叠：一个成员的网址不能在另一个成员之下。",
      ]
    `);
  });
});

describe('the group folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gongkai-group-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const demo = join(projectRoot, 'examples/group');
  let n = 0;
  /** A copy of the demo group with group.yaml replaced (and files changed by `edit`). */
  const groupWith = (yaml: string | undefined, edit?: (dir: string) => void) => {
    const dir = join(scratch, String(++n));
    cpSync(demo, dir, { recursive: true, filter: (path) => !path.includes('/dist') });
    if (yaml !== undefined) writeFileSync(join(dir, 'group.yaml'), yaml);
    edit?.(dir);
    return loadGroup(dir);
  };
  const messages = (loaded: ReturnType<typeof loadGroup>) => loaded.problems.map(formatProblem);

  test('the demo group loads, each member under its prefix', () => {
    const { group, problems } = groupWith(undefined);
    expect(problems).toEqual([]);
    expect(group?.members.map((m) => [m.code, m.prefix, m.outPath])).toEqual([
      ['mzj', '/mzj/', 'mzj'],
      ['rsj', '/rsj/', 'rsj'],
      ['czj', '/czj/', 'czj'],
    ]);
  });

  test('a folder without group.yaml says what it needs', () => {
    expect(loadGroup(scratch).problems.map((p) => p.message)).toEqual([
      `${scratch} 里没有 group.yaml：站群文件夹应有一个 group.yaml，写明门户网站和成员部门。`,
    ]);
  });

  test('every folder named must exist and be a site', () => {
    const loaded = groupWith(
      groupYaml(
        member('mzj') + '\n  - code: rsj\n    name: 测试rsj\n    site: members',
        'name: 测试站群\nportal: nowhere',
      ),
    );
    expect(messages(loaded)).toMatchInlineSnapshot(`
      [
        "group.yaml:2: portal（门户网站文件夹）: 文件夹“nowhere”不存在（相对 group.yaml 所在的文件夹）。",
        "group.yaml:9: members[2].site（网站文件夹）: 文件夹“members”不是一个网站：里面应有 content/site.yaml。",
      ]
    `);
  });

  test('a prefix may not take an address of the portal’s own pages', () => {
    expect(messages(groupWith(groupYaml(member('mzj', '\n    prefix: /policies/'))))).toMatchInlineSnapshot(`
      [
        "group.yaml:7: members[1].prefix（网址前缀）: 网址前缀 /policies/ 与门户网站自己的网页地址重名（如 /policies/、/search/）；请换一个前缀，例如部门代码。",
      ]
    `);
    for (const segment of ['policies', 'search', 'regulations', 'catalogue', '_astro', 'pagefind', 'admin'])
      expect(reservedSegments()).toContain(segment);
  });

  test('a member is served on the portal’s host', () => {
    const loaded = groupWith(undefined, (dir) => {
      const file = join(dir, 'members/rsj/content/site.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('domain: www.liutang.example.gov.cn', 'domain: rsj.liutang.example.gov.cn'));
    });
    expect(messages(loaded)).toMatchInlineSnapshot(`
      [
        "group.yaml:13: members[2].site（网站文件夹）: 成员网站 members/rsj/content/site.yaml 的 domain 是 rsj.liutang.example.gov.cn，应与门户网站相同（www.liutang.example.gov.cn）：站群的成员网站在门户的域名下，网址以 /rsj/ 开头。",
      ]
    `);
  });
});

describe('search records (a member’s documents for the portal’s search)', () => {
  const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title>
    <meta name="description" content="提高  城乡低保标准。"></head><body><header><h1>网站</h1></header>${body}</body></html>`;
  const facets = `<div class="search-facets">
      <span data-pagefind-filter="类型:政策文件"></span><span data-pagefind-filter="发文机关:测试区民政局"></span>
      <span data-pagefind-filter="发文机关:测试区财政局"></span><span data-pagefind-filter="年份:2024"></span>
      <span data-pagefind-filter="主题:社会救助"></span><span data-pagefind-filter="效力状态:有效"></span>
      <span data-pagefind-meta="文号:测民发〔2024〕7号"></span><span data-pagefind-meta="日期:2024-06-25"></span>
      <span data-pagefind-meta="效力状态:有效"></span><span data-pagefind-sort="日期:2024-06-25 09:30"></span></div>`;
  const tree = (html: string) => htmlToHast(html) as Root;

  test('are read from the indexed body as Pagefind reads it: its <h1>, the summary, the facets', () => {
    const record = searchRecord(
      tree(
        page(`<article data-pagefind-body><h1>关于提高
        最低生活保障标准的通知</h1>${facets}<p>正文</p></article>`),
      ),
      '/mzj/policies/2024/a/',
    );
    expect(record).toEqual({
      url: '/mzj/policies/2024/a/',
      content: '关于提高 最低生活保障标准的通知 提高 城乡低保标准。 测民发〔2024〕7号 测试区民政局 测试区财政局',
      meta: {
        title: '关于提高 最低生活保障标准的通知',
        文号: '测民发〔2024〕7号',
        日期: '2024-06-25',
        效力状态: '有效',
      },
      filters: {
        类型: ['政策文件'],
        发文机关: ['测试区民政局', '测试区财政局'],
        年份: ['2024'],
        主题: ['社会救助'],
        效力状态: ['有效'],
      },
      sort: { 日期: '2024-06-25 09:30' },
    });
    // A page search does not index (a list) has none.
    expect(searchRecord(tree(page('<main><h1>列表</h1></main>')), '/mzj/policies/')).toBeUndefined();
  });

  test('the portal indexes a member’s policies only, under its name, with the group’s four facets', () => {
    const policy = searchRecord(tree(page(`<article data-pagefind-body><h1>通知</h1>${facets}</article>`)), '/mzj/p/')!;
    const news = { ...policy, url: '/mzj/a/', filters: { ...policy.filters, 类型: ['工作动态'] } };
    expect(portalRecords([policy, news], '柳塘区民政局')).toEqual([
      {
        ...policy,
        content: '通知 测民发〔2024〕7号 测试区民政局 测试区财政局',
        filters: { 部门: ['柳塘区民政局'], 类型: ['政策文件'], 年份: ['2024'], 效力状态: ['有效'] },
      },
    ]);
  });
});
