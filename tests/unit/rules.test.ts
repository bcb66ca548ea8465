import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const base = new URL('../fixtures/valid-site', import.meta.url).pathname;
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The valid fixture site with some files replaced; returns the printed problems. */
function allProblemsWith(files: Record<string, string | null>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-rules-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, path));
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return checkSite(sitePaths(dir), { today: '2026-11-27' }).problems.map(formatProblem);
}

/** The problems a change brings: those of the changed site that the unchanged fixture does not have. */
function checkWith(files: Record<string, string | null>): string[] {
  const baseline = new Set(allProblemsWith({}));
  return allProblemsWith(files).filter((line) => !baseline.has(line));
}

const policy = (fields: string, body = '正文。') => `---\n${fields}\n---\n${body}\n`;
const another = (extra: string, body?: string) =>
  policy(
    `title: 另一个通知
indexNo: 013000000/2024-00003
issuers: [测试区民政局]
writtenDate: 2024-05-01
publishDate: 2024-05-02
topic: 社会救助
genre: 通知
${extra}`,
    body,
  );

describe('rules across files', () => {
  test('the fixture site has only the warnings it was written with', () => {
    expect(allProblemsWith({})).toMatchInlineSnapshot(`
      [
        "警告 content/policies/2023/winter-plan.md:2: validity（有效性）: 声明为“有效”，但有效期至 2024-03-31 已过；网页按日期显示为“失效”。请把 validity 改为 失效，validityDate 写 2024-04-01。",
        "警告 content/policies/2024/old-standard.md:4: docNumber（文号）: 文号“测民发[2022]03号”年份应使用六角括号〔〕，而不是[]，序号有前导零；规范写法是 测民发〔2022〕3号（GB/T 9704-2012）。网页上显示规范写法。",
        "警告 content/policies/2026/pilot-plan.md:2: validity（有效性）: 声明为“有效”，但施行日期 2027-01-01 还没到；网页按日期显示为“尚未生效”，到期自动改为有效。",
        "警告 content/site.yaml: columns（栏目）: 栏目“婚姻收养”（bszn-hysy，/guides/hysy/）没有任何内容；空栏目在网站检查中按不合格计，请补充内容或删除该栏目。",
      ]
    `);
  });

  test('索引号 is unique across the site', () => {
    expect(checkWith({ 'content/policies/another.md': another('').replace('2024-00003', '2024-00002') }))
      .toMatchInlineSnapshot(`
        [
          "content/policies/another.md:3: indexNo（索引号）: 索引号“013000000/2024-00002”已被 content/policies/2024/new-standard.md 使用；索引号在全站必须唯一，请换一个未用过的顺序号。",
        ]
      `);
  });

  test('索引号 follows the configured pattern', () => {
    expect(
      checkWith({ 'content/policies/another.md': another('').replace('013000000/2024-00003', '013000000-2024-3') }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:3: indexNo（索引号）: 索引号“013000000-2024-3”不符合本站格式 {org}/{year}-{seq}；应形如 013000000/2026-00001（顺序号 5 位）。",
      ]
    `);
  });

  test('文号 is unique, whichever way it was typed', () => {
    expect(checkWith({ 'content/policies/another.md': another('docNumber: 测民发（2024）7号') }))
      .toMatchInlineSnapshot(`
        [
          "content/policies/another.md:9: docNumber（文号）: 文号 测民发〔2024〕7号 已被 content/policies/2024/new-standard.md 使用；同一文号只能属于一个文件，请核对文号。",
          "警告 content/policies/another.md:9: docNumber（文号）: 文号“测民发（2024）7号”年份应使用六角括号〔〕，而不是（）；规范写法是 测民发〔2024〕7号（GB/T 9704-2012）。网页上显示规范写法。",
        ]
      `);
  });

  test('the topic must be configured', () => {
    expect(checkWith({ 'content/policies/another.md': another('').replace('topic: 社会救助', 'topic: 养老服务') }))
      .toMatchInlineSnapshot(`
        [
          "content/policies/another.md:7: topic（主题分类）: “养老服务”不在网站配置的主题分类中；可选：民政\\社会救助、民政\\社区治理（也可只写二级名称）。如需新主题，请先加到 content/site.yaml 的 topics。",
        ]
      `);
  });

  test('a replacement must exist and not be the document itself', () => {
    expect(
      checkWith({
        'content/policies/another.md': another(
          'validity: 废止\nvalidityDate: 2025-01-01\nreplacedBy: 2024/newer-standard',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:11: replacedBy（替代文件）: 找不到政策文件“2024/newer-standard”。应填写 content/policies 下某个文件的路径（不含 .md），请检查拼写。",
      ]
    `);
    expect(
      checkWith({
        'content/policies/another.md': another('validity: 废止\nvalidityDate: 2025-01-01\nreplacedBy: another'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:11: replacedBy（替代文件）: 文件不能被它自己替代；应填写替代它的另一个文件。",
      ]
    `);
  });

  test('an interpretation must point at an existing policy', () => {
    expect(
      checkWith({
        'content/interpretations/new-standard-qa.md': policy(
          'title: 问答\ninterprets: 2024/no-such-policy\nauthor: 社会救助科\npublishDate: 2024-06-26',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/interpretations/new-standard-qa.md:3: interprets（所解读的政策）: 找不到政策文件“2024/no-such-policy”。应填写 content/policies 下某个文件的路径（不含 .md），请检查拼写。",
      ]
    `);
  });

  test('an attachment file must exist', () => {
    expect(checkWith({ 'public/files/table.pdf': null })).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:19: attachments[1].file（文件路径）: 附件文件 public/files/table.pdf 不存在；请把文件放到该位置，或改正路径。",
      ]
    `);
  });

  test('bulletins: configured series, no duplicate numbers, gaps are warnings', () => {
    const bulletin = (issue: number, series = '测试工作简报') =>
      policy(`series: ${series}\ntitle: 简报\nyear: 2025\nissue: ${issue}\ndate: 2025-06-01\neditingUnit: 办公室`);
    expect(checkWith({ 'content/bulletins/2025/03.md': bulletin(2) })).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/03.md:5: issue（期号）: 测试工作简报 2025年第2期已存在（content/bulletins/2025/02.md）；期号重复，请改为下一个未用的期号。",
      ]
    `);
    expect(checkWith({ 'content/bulletins/2025/05.md': bulletin(5) })).toMatchInlineSnapshot(`
      [
        "警告 content/bulletins/2025/05.md:5: issue（期号）: 测试工作简报 2025年缺少第 3、4 期；期号应从 1 开始连续编排。如果确实没有出版，可忽略此提示。",
      ]
    `);
    expect(checkWith({ 'content/bulletins/2025/03.md': bulletin(3, '工作简报') })).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/03.md:2: series（简报名称）: “工作简报”不是本站配置的简报；可选：测试工作简报。如是新简报，请先加到 content/site.yaml 的 bulletinSeries。",
      ]
    `);
  });

  test('an article must be filed in a column that lists articles', () => {
    const article = (column: string) => policy(`title: 动态\ncolumn: ${column}\npublishDate: 2026-11-20`);
    expect(checkWith({ 'content/articles/gzdt/new.md': article('news') })).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/new.md:3: column（所属栏目）: 没有网址名为“news”的栏目；可选：xxgk、gkzn、gzdt。",
      ]
    `);
    expect(checkWith({ 'content/articles/gzdt/new.md': article('zcwj') })).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/new.md:3: column（所属栏目）: 栏目“政策文件”（zcwj）由内置页面 /policies/ 承载，不列出文章；请选择没有 href 的栏目：xxgk、gkzn、gzdt。",
      ]
    `);
  });

  test('stale and empty columns are warnings with the column and its last date', () => {
    expect(checkWith({ 'content/articles/gzdt/visit.md': null, 'content/articles/gkzn/guide.md': null }))
      .toMatchInlineSnapshot(`
        [
          "警告 content/site.yaml: columns（栏目）: 栏目“政府信息公开指南”（gkzn，/columns/gkzn/）没有任何内容；空栏目在网站检查中按不合格计，请补充内容或删除该栏目。",
          "警告 content/site.yaml: columns（栏目）: 栏目“工作动态”（gzdt，/columns/gzdt/）没有任何内容；空栏目在网站检查中按不合格计，请补充内容或删除该栏目。",
        ]
      `);
    expect(
      checkWith({
        'content/articles/gzdt/visit.md': policy('title: 动态\ncolumn: gzdt\npublishDate: 2026-11-12 09:00'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "警告 content/site.yaml: columns（栏目）: 栏目“工作动态”（gzdt，/columns/gzdt/）最近一次更新是 2026-11-12，已 15 天未更新，超过动态类栏目 14 天的要求；请及时发布新内容。",
      ]
    `);
  });

  test('column slugs are unique', () => {
    const site = readFileSync(join(base, 'content/site.yaml'), 'utf8').replace('slug: zcjd', 'slug: zcwj');
    expect(checkWith({ 'content/site.yaml': site })).toMatchInlineSnapshot(`
      [
        "content/site.yaml: columns（栏目）: 栏目网址名“zcwj”重复；每个栏目的 slug 必须唯一。",
      ]
    `);
  });

  test('relations point at existing policies', () => {
    expect(
      checkWith({ 'content/policies/another.md': another('relations:\n  - type: 修订\n    target: 2024/no-such') }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:11: relations[1].target（相关文件）: 找不到政策文件“2024/no-such”。应填写 content/policies 下某个文件的路径（不含 .md），请检查拼写。",
      ]
    `);
  });

  test('a cycle of replacement is an error on every document in it', () => {
    expect(
      checkWith({
        'content/policies/another.md': another('relations:\n  - type: 替代\n    target: 2024/new-standard'),
        'content/policies/2024/new-standard.md': readFileSync(
          join(base, 'content/policies/2024/new-standard.md'),
          'utf8',
        ).replace('changes:', 'relations:\n  - type: 废止\n    target: another\nchanges:'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:12: relations（相关文件）: 替代关系形成了循环：2024/new-standard → another → 2024/new-standard；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
        "content/policies/another.md:10: relations（相关文件）: 替代关系形成了循环：2024/new-standard → another → 2024/new-standard；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
        "警告 content/policies/another.md:2: validity（有效性）: 本文件已被 2024/new-standard 废止，但有效性写的是“有效”；请改为 废止，并填写 validityDate 和 replacedBy。",
      ]
    `);
  });

  test('a repealed policy still declared in force is a warning', () => {
    expect(
      checkWith({ 'content/policies/another.md': another('relations:\n  - type: 废止\n    target: 2023/winter-plan') }),
    ).toMatchInlineSnapshot(`
      [
        "警告 content/policies/2023/winter-plan.md:2: validity（有效性）: 本文件已被 another 废止，但有效性写的是“有效”；请改为 废止，并填写 validityDate 和 replacedBy。",
      ]
    `);
  });

  test('a checklist version must name an existing list, and a list has one successor', () => {
    const assist = readFileSync(join(base, 'content/checklists/assist.yaml'), 'utf8');
    expect(
      checkWith({ 'content/checklists/assist.yaml': assist.replace('replaces: assist-2022', 'replaces: assist-2020') }),
    ).toMatchInlineSnapshot(`
      [
        "content/checklists/assist.yaml:6: replaces（被替代的旧版）: 找不到清单“assist-2020”；应填写 content/checklists 下旧版清单的文件名（不含 .yaml），可选：assist-2022。",
      ]
    `);
    expect(checkWith({ 'content/checklists/assist-2.yaml': assist.replace(/code: XZ-0/g, 'code: XY-0') }))
      .toMatchInlineSnapshot(`
      [
        "content/checklists/assist.yaml:6: replaces（被替代的旧版）: 旧版清单“assist-2022”已被 content/checklists/assist-2.yaml 替代；一个旧版只能有一个新版，请检查 replaces。",
      ]
    `);
  });

  test('attachments must be of a published format, and large ones are a warning', () => {
    const policyFile = readFileSync(join(base, 'content/policies/2024/new-standard.md'), 'utf8');
    expect(
      checkWith({ 'content/policies/2024/new-standard.md': policyFile.replace('files/table.pdf', 'files/table.exe') }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:19: attachments[1].file（文件路径）: 附件“files/table.exe”的格式不在允许范围内；只能上传 PDF、OFD、DOC、DOCX、XLS、XLSX、WPS、ET 文件。",
      ]
    `);
    expect(checkWith({ 'public/files/table.pdf': 'x'.repeat(21 * 1024 * 1024) })).toMatchInlineSnapshot(`
      [
        "警告 content/policies/2024/new-standard.md:19: attachments[1].file（文件路径）: 附件 public/files/table.pdf 有 21.0 MB，超过 20 MB；较大的文件在手机上难以下载，建议压缩或拆分。",
      ]
    `);
  });

  test('links and images in bodies must point at pages and files that exist', () => {
    const body = [
      '见[新标准](/policies/2024/new-standard/)和[目录](/catalogue/)。',
      '',
      '旧链接：[不存在的页面](/policies/2024/no-such/)，[对照表](/files/table.pdf)，[缺失的表](/files/missing.xlsx)。',
      '',
      '![示意图](/images/missing.png) [相对链接](../other/) [外部](https://www.mca.gov.cn/)',
    ].join('\n');
    expect(checkWith({ 'content/policies/another.md': another('', body) })).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:13: 链接 /policies/2024/no-such/ 指向的页面不存在；请检查地址（本站页面地址以 / 结尾，例如 /policies/2024/dibao-biaozhun/）。",
        "content/policies/another.md:13: 链接的文件 /files/missing.xlsx 不存在；请把文件放到 public/files/missing.xlsx，或改正路径。",
        "content/policies/another.md:15: 图片 /images/missing.png 不存在；请把图片放到 public/images/missing.png，或改正路径。",
        "content/policies/another.md:15: 链接“../other/”是相对地址；站内链接请写以 / 开头的完整路径，例如 /policies/2024/dibao-biaozhun/。",
      ]
    `);
  });

  test('an MDX syntax error names its line', () => {
    expect(
      checkWith({
        'content/bulletins/2025/02.mdx': policy(
          'series: 测试工作简报\ntitle: 简报\nyear: 2025\nissue: 2\ndate: 2025-02-15\neditingUnit: 办公室',
          '第一段。\n\n<KeyFigures title="数据">\n  <KeyFigure label="走访" value="10" />\n',
        ),
        'content/bulletins/2025/02.md': null,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/02.mdx:11: MDX 语法错误：Expected a closing tag for \`<KeyFigures>\`。请检查这一行的标签是否成对、属性是否加了引号。",
      ]
    `);
  });

  test('a missing site configuration is one clear error', () => {
    expect(checkWith({ 'content/site.yaml': null })).toMatchInlineSnapshot(`
      [
        "content/site.yaml: 找不到网站配置文件；应在 content/site.yaml 写明网站名称、域名、标识码等（见 docs/configuration.md）。",
      ]
    `);
  });

  test('an invalid file does not hide problems in other files', () => {
    const lines = checkWith({
      'content/policies/another.md': another('').replace('writtenDate: 2024-05-01', 'writtenDate: 2015-13-45'),
      'content/bulletins/2025/01.md': null,
    });
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:5: writtenDate（成文日期）: 日期“2015-13-45”不存在：没有 13 月；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
        "警告 content/bulletins/2025/02.md:5: issue（期号）: 测试工作简报 2025年缺少第 1 期；期号应从 1 开始连续编排。如果确实没有出版，可忽略此提示。",
      ]
    `);
  });
});
