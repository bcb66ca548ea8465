/**
 * The columns (栏目) of content/site.yaml (src/schemas/column.ts): what an editor reads for each
 * wrong column field, and the defaults of a column that leaves fields out.
 *
 * The column schema is built lazily (z.lazy), once, the first time a column is read: mutation
 * testing credits that code (and the field builders of src/schemas/fields.ts it calls) to the one
 * test that builds it. So the first test goes through every wrong field at once; the tests after
 * it show each case on its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SiteSchema } from '../../src/schemas/site.ts';
import { parsedOf, problemsOf } from '../helpers/content.ts';

const demo = readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8');

/** The demo's 工作动态 column, as it stands in content/site.yaml (line 175). */
const gzdt = [
  '  - slug: gzdt',
  '    title: 工作动态',
  '    type: 工作动态',
  '    description: 本局社会救助、养老服务、社区治理等工作的最新动态。',
  '    keywords: [工作动态, 民政新闻]',
  '    nav: true',
  '    freshness: news',
].join('\n');

/**
 * The lines `npm run check` prints for the demo configuration with its 工作动态 column changed:
 * `changes` maps a field to its new raw YAML (`undefined` removes the line).
 */
async function gzdtProblems(changes: Record<string, string | undefined>): Promise<string[]> {
  expect(demo).toContain(gzdt);
  // Every field as `    key: value`; the first one gets the list dash back at the end.
  const lines = gzdt.split('\n').map((line) => line.replace(/^ {2}- /, '    '));
  for (const [key, raw] of Object.entries(changes)) {
    const index = lines.findIndex((line) => line.startsWith(`    ${key}:`));
    const line = raw === undefined ? [] : [`    ${key}: ${raw}`];
    if (index === -1) lines.push(...line);
    else lines.splice(index, 1, ...line);
  }
  const column = lines.join('\n').replace(/^ {4}/, '  - ');
  return problemsOf(SiteSchema, demo.replace(gzdt, column), 'content/site.yaml');
}

test('every wrong column field gets its own message (the test that builds the column schema)', async () => {
  const cases: Record<string, string | undefined>[] = [
    { slug: undefined },
    { slug: 'Gzdt' },
    { slug: 'gzdt/' },
    { title: undefined },
    { title: "'　'" },
    { type: '新闻' },
    { description: undefined },
    { keywords: '工作动态' },
    { keywords: '[]' },
    { keywords: "[工作动态, '']" },
    { href: 'http://www.gov.cn/' },
    { nav: '是' },
    { display: 'table' },
    { freshness: 'daily' },
    { children: '通知公告' },
    { children: '\n      - 通知公告' },
    { freshness: undefined, titel: '动态' },
  ];
  const lines: string[] = [];
  for (const change of cases) lines.push(...(await gzdtProblems(change)));
  expect(lines).toMatchInlineSnapshot(`
    [
      "content/site.yaml:175: columns[6].slug（网址名）: 缺少此项；应填写栏目网址名，例如 gzdt。",
      "content/site.yaml:175: columns[6].slug（网址名）: 栏目网址名只能包含小写字母、数字和横线，例如 gzdt。",
      "content/site.yaml:175: columns[6].slug（网址名）: 栏目网址名只能包含小写字母、数字和横线，例如 gzdt。",
      "content/site.yaml:175: columns[6].title（标题）: 缺少此项；应填写栏目名称。",
      "content/site.yaml:176: columns[6].title（标题）: 此项为空；应填写栏目名称。",
      "content/site.yaml:177: columns[6].type（类型）: “新闻”不是可用的栏目类别；可选：首页、概况信息、机构职能、负责人信息、工作动态、政策文件、信息公开指南、信息公开目录、信息公开年报、依法申请公开、数据发布、政策解读、回应关切、办事服务、咨询投诉、征集调查、在线访谈、专题专栏、其他。",
      "content/site.yaml:175: columns[6].description（说明）: 缺少此项；应填写栏目描述。",
      "content/site.yaml:179: columns[6].keywords（主题词/关键词）: 不能是“工作动态”；应填写栏目关键词（列表）。",
      "content/site.yaml:179: columns[6].keywords（主题词/关键词）: 至少填写一个栏目关键词。",
      "content/site.yaml:179: columns[6].keywords[2]（主题词/关键词）: 此项为空；应填写关键词。",
      "content/site.yaml:182: columns[6].href（链接）: 链接应以 / 开头（本站页面）或以 https:// 开头（外部网站）。",
      "content/site.yaml:180: columns[6].nav（显示在导航栏）: 应填写 true 或 false。",
      "content/site.yaml:182: columns[6].display（栏目显示方式）: “table”不是可用的栏目显示方式；可选：list、single。",
      "content/site.yaml:181: columns[6].freshness（更新频率类别）: “daily”不是可用的更新频率类别；可选：news、notice。",
      "content/site.yaml:182: columns[6].children（子栏目）: 不能是“通知公告”；应填写子栏目（列表）。",
      "content/site.yaml:183: columns[6].children[1]（子栏目）: 不能是“通知公告”；应填写栏目的字段：slug、title、type、description、keywords。",
      "content/site.yaml:181: columns[6].titel: 未知字段“titel”。是否想写 title（标题）？可用字段：slug、title、type、description、keywords、href、nav、display、freshness、children。",
    ]
  `);
});

describe('a column’s address name (slug)', () => {
  test('is required', async () => {
    expect(await gzdtProblems({ slug: undefined })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:175: columns[6].slug（网址名）: 缺少此项；应填写栏目网址名，例如 gzdt。",
      ]
    `);
  });

  test('is lowercase letters, digits and dashes only, from its first character to its last', async () => {
    expect(await gzdtProblems({ slug: 'Gzdt' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:175: columns[6].slug（网址名）: 栏目网址名只能包含小写字母、数字和横线，例如 gzdt。",
      ]
    `);
    expect(await gzdtProblems({ slug: 'gzdt/' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:175: columns[6].slug（网址名）: 栏目网址名只能包含小写字母、数字和横线，例如 gzdt。",
      ]
    `);
    expect(await gzdtProblems({ slug: 'gzdt-2026' })).toEqual([]);
  });
});

describe('a column’s name, category, description and keywords', () => {
  test('the name is required, and a name of blanks only is empty', async () => {
    expect(await gzdtProblems({ title: undefined })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:175: columns[6].title（标题）: 缺少此项；应填写栏目名称。",
      ]
    `);
    expect(await gzdtProblems({ title: "''" })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:176: columns[6].title（标题）: 此项为空；应填写栏目名称。",
      ]
    `);
    // A full-width space (U+3000), as a Chinese input method types it.
    expect(await gzdtProblems({ title: "'　'" })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:176: columns[6].title（标题）: 此项为空；应填写栏目名称。",
      ]
    `);
  });

  test('the category is one of the ColumnType values of the 政府网站发展指引', async () => {
    expect(await gzdtProblems({ type: '新闻' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:177: columns[6].type（类型）: “新闻”不是可用的栏目类别；可选：首页、概况信息、机构职能、负责人信息、工作动态、政策文件、信息公开指南、信息公开目录、信息公开年报、依法申请公开、数据发布、政策解读、回应关切、办事服务、咨询投诉、征集调查、在线访谈、专题专栏、其他。",
      ]
    `);
  });

  test('the description is required', async () => {
    expect(await gzdtProblems({ description: undefined })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:175: columns[6].description（说明）: 缺少此项；应填写栏目描述。",
      ]
    `);
  });

  test('the keywords are a list of at least one non-empty keyword', async () => {
    expect(await gzdtProblems({ keywords: '工作动态' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:179: columns[6].keywords（主题词/关键词）: 不能是“工作动态”；应填写栏目关键词（列表）。",
      ]
    `);
    expect(await gzdtProblems({ keywords: '[]' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:179: columns[6].keywords（主题词/关键词）: 至少填写一个栏目关键词。",
      ]
    `);
    expect(await gzdtProblems({ keywords: "[工作动态, '']" })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:179: columns[6].keywords[2]（主题词/关键词）: 此项为空；应填写关键词。",
      ]
    `);
  });
});

describe('a column’s link, navigation, display, update frequency and sub-columns', () => {
  test('a link is a site path or an https address; an http address is refused', async () => {
    expect(await gzdtProblems({ href: 'http://www.gov.cn/' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:182: columns[6].href（链接）: 链接应以 / 开头（本站页面）或以 https:// 开头（外部网站）。",
      ]
    `);
    expect(await gzdtProblems({ href: "''" })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:182: columns[6].href（链接）: 此项为空；应填写栏目链接，例如 /policies/。",
        "content/site.yaml:182: columns[6].href（链接）: 链接应以 / 开头（本站页面）或以 https:// 开头（外部网站）。",
      ]
    `);
    expect(await gzdtProblems({ href: 'https://www.gov.cn/' })).toEqual([]);
  });

  test('“show in the navigation bar” is true or false', async () => {
    expect(await gzdtProblems({ nav: '是' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:180: columns[6].nav（显示在导航栏）: 应填写 true 或 false。",
      ]
    `);
  });

  test('the display is list or single', async () => {
    expect(await gzdtProblems({ display: 'table' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:182: columns[6].display（栏目显示方式）: “table”不是可用的栏目显示方式；可选：list、single。",
      ]
    `);
  });

  test('the update frequency is news or notice', async () => {
    expect(await gzdtProblems({ freshness: 'daily' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:181: columns[6].freshness（更新频率类别）: “daily”不是可用的更新频率类别；可选：news、notice。",
      ]
    `);
  });

  test('sub-columns are a list of columns', async () => {
    expect(await gzdtProblems({ children: '通知公告' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:182: columns[6].children（子栏目）: 不能是“通知公告”；应填写子栏目（列表）。",
      ]
    `);
    expect(await gzdtProblems({ children: '\n      - 通知公告' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:183: columns[6].children[1]（子栏目）: 不能是“通知公告”；应填写栏目的字段：slug、title、type、description、keywords。",
      ]
    `);
  });

  test('a column that leaves out nav and display is not in the navigation bar and lists its articles', async () => {
    // The demo's 通知公告 column names neither.
    const site = parsedOf(SiteSchema, demo);
    const tzgg = site.columns.find((column) => column.slug === 'tzgg');
    expect(tzgg).toMatchObject({ title: '通知公告', nav: false, display: 'list' });
  });
});

describe('a misspelt column field', () => {
  test('is an error that suggests the field meant', async () => {
    expect(await gzdtProblems({ freshness: undefined, titel: '动态' })).toMatchInlineSnapshot(`
      [
        "content/site.yaml:181: columns[6].titel: 未知字段“titel”。是否想写 title（标题）？可用字段：slug、title、type、description、keywords、href、nav、display、freshness、children。",
      ]
    `);
  });
});
