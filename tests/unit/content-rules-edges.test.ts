/**
 * Edges of the rules across files (src/lib/content/rules.ts, columnRules.ts, guideRules.ts,
 * regulationRules.ts), each on a temporary copy of the valid fixture site: what a near miss
 * suggests, limits at their boundary, errors that stop the build rather than warn, supplements,
 * loops of replacement and of checklist versions, and citations of the regulations library.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkSite } from '../../src/lib/check/site.ts';
import { checkColumns } from '../../src/lib/content/columnRules.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const base = new URL('../fixtures/valid-site', import.meta.url).pathname;
const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Files = Record<string, string | Buffer | null>;
const TODAY = '2026-11-27';

/** A copy of the valid fixture site with some files replaced (`null` deletes one). */
function siteWith(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-rules-edges-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    if (content === null) rmSync(join(dir, path));
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  }
  return dir;
}

/** The printed problems of the changed site, and how many of them are errors (which stop the build). */
function checked(files: Files, today = TODAY): { lines: string[]; errors: number } {
  const result = checkSite(sitePaths(siteWith(files)), { today });
  return { lines: result.problems.map(formatProblem), errors: result.errors };
}

/** The problems `files` bring to a site that already has `before`. */
function newProblems(files: Files, before: Files = {}, today = TODAY): string[] {
  const baseline = new Set(checked(before, today).lines);
  return checked({ ...before, ...files }, today).lines.filter((line) => !baseline.has(line));
}

const fixture = (path: string) => readFileSync(join(base, path), 'utf8');
const site = fixture('content/site.yaml');
const markdown = (fields: string, body = '正文。') => `---\n${fields}\n---\n${body}\n`;
const policy = (seq: string, extra = '', body?: string) =>
  markdown(
    `title: 关于测试的通知${seq}
indexNo: 013000000/2024-${seq}
issuers: [测试区民政局]
writtenDate: 2024-05-01
publishDate: 2024-05-02
topic: 社会救助
genre: 通知${extra ? `\n${extra}` : ''}`,
    body,
  );
const repealed = (seq: string, replacedBy: string, extra = '') =>
  policy(seq, `validity: 废止\nvalidityDate: 2025-01-01\nreplacedBy: ${replacedBy}${extra ? `\n${extra}` : ''}`);

describe('columns', () => {
  /** Every column that shows a built-in page is checked as a notice column. */
  const everyPageChecked = site
    .replace(/\n +freshness: notice/, '')
    .replace(/^( +)href: (.+)$/gm, '$1href: $2\n$1freshness: notice');
  const dibao = fixture('content/guides/shjz/dibao.md');

  test('each built-in page is dated by what it lists; a guide by its update', () => {
    const { lines } = checked(
      {
        'content/site.yaml': everyPageChecked,
        'content/guides/shjz/dibao.md': dibao.replace(
          'publishDate: 2025-03-01',
          'publishDate: 2025-03-01\nupdateDate: 2026-02-01',
        ),
      },
      '2027-06-30',
    );
    expect(lines.filter((line) => line.includes('columns（栏目）'))).toMatchInlineSnapshot(`
      [
        "警告 content/site.yaml: columns（栏目）: 栏目“政府信息公开年度报告”（ndbg，/annual-reports/）最近一次更新是 2026-01-20，已 526 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“政策文件”（zcwj，/policies/）最近一次更新是 2026-11-12，已 230 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“政策解读”（zcjd，/interpretations/）最近一次更新是 2024-06-26，已 1099 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“工作动态”（gzdt，/columns/gzdt/）最近一次更新是 2026-11-21，已 221 天未更新，超过动态类栏目 14 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“工作简报”（gzjb，/bulletins/）最近一次更新是 2025-02-15，已 865 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“权责清单”（qzqd，/checklists/）最近一次更新是 2024-12-20，已 922 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“办事指南”（bszn，/guides/）最近一次更新是 2026-02-01，已 514 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“社会救助”（bszn-shjz，/guides/shjz/）最近一次更新是 2026-02-01，已 514 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
        "警告 content/site.yaml: columns（栏目）: 栏目“婚姻收养”（bszn-hysy，/guides/hysy/）没有任何内容；空栏目在网站检查中按不合格计，请补充内容或删除该栏目。",
      ]
    `);
  });

  test('a news column is stale from the 15th day without an update, not on the 14th', () => {
    const gzdt = (today: string) => checked({}, today).lines.filter((line) => line.includes('工作动态'));
    expect(gzdt('2026-12-05')).toEqual([]);
    expect(gzdt('2026-12-06')).toMatchInlineSnapshot(`
      [
        "警告 content/site.yaml: columns（栏目）: 栏目“工作动态”（gzdt，/columns/gzdt/）最近一次更新是 2026-11-21，已 15 天未更新，超过动态类栏目 14 天的要求；请及时发布新内容。",
      ]
    `);
  });

  test('a duplicate slug and an article in an unknown column are errors that stop the build', () => {
    expect(checked({}).errors).toBe(0);
    expect(checked({ 'content/site.yaml': site.replace('slug: zcjd', 'slug: zcwj') }).errors).toBe(1);
    expect(
      checked({ 'content/articles/gzdt/new.md': markdown('title: 动态\ncolumn: news\npublishDate: 2026-11-20') })
        .errors,
    ).toBe(1);
  });

  test('the columns checked are those of the configuration given, also for content loaded without one', () => {
    const loaded = loadContent(sitePaths(siteWith({})));
    const config = loaded.site;
    if (!config) throw new Error('the fixture has a site configuration');
    const problems = checkColumns({ ...loaded, site: undefined }, config, '2027-06-30').map(formatProblem);
    expect(problems.filter((line) => line.includes('zcwj'))).toMatchInlineSnapshot(`
      [
        "警告 content/site.yaml: columns（栏目）: 栏目“政策文件”（zcwj，/policies/）最近一次更新是 2026-11-12，已 230 天未更新，超过通知公告类栏目 183 天的要求；请及时发布新内容。",
      ]
    `);
  });
});

describe('service guides', () => {
  test('a site without guide topics says so in the list of choices', () => {
    expect(newProblems({ 'content/site.yaml': site.replace(/guideTopics:\n( {2}- .*\n)+/, '') }))
      .toMatchInlineSnapshot(`
        [
          "content/guides/shjz/dibao.md:4: topic（主题分类）: “shjz”不是本站配置的办事指南主题；可选：（尚未配置任何主题）。如需新主题，请先加到 content/site.yaml 的 guideTopics。",
          "content/site.yaml: columns.href（链接）: 栏目“社会救助”的链接 /guides/shjz/ 指向的页面不存在；请检查地址（本站页面地址以 / 结尾，例如 /policies/2024/dibao-biaozhun/）。",
          "content/site.yaml: columns.href（链接）: 栏目“婚姻收养”的链接 /guides/hysy/ 指向的页面不存在；请检查地址（本站页面地址以 / 结尾，例如 /policies/2024/dibao-biaozhun/）。",
        ]
      `);
  });
});

describe('references to policies', () => {
  test('a reference with the wrong year folder suggests the file of that name; a bare folder gets three examples', () => {
    expect(
      newProblems({
        'content/interpretations/pilot-qa.md': markdown(
          'title: 试点方案问答\ninterprets: 2025/pilot-plan\nauthor: 社会救助科\npublishDate: 2026-11-13',
        ),
        'content/policies/another.md': policy('00031', 'relations:\n  - type: 依据\n    target: 2024/'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/interpretations/pilot-qa.md:3: interprets（所解读的政策）: 找不到政策文件“2025/pilot-plan”。应填写 content/policies 下某个文件的路径（不含 .md），例如 2026/pilot-plan。",
        "content/policies/another.md:11: relations[1].target（相关文件）: 找不到政策文件“2024/”。应填写 content/policies 下某个文件的路径（不含 .md），例如 2023/winter-plan、2024/new-standard、2024/old-standard。",
      ]
    `);
  });
});

describe('attachments', () => {
  const limitedToOneMB = site.replace('publisher: 测试区民政局', 'publisher: 测试区民政局\nattachmentMaxMB: 1');

  test('the configured size limit is used, and a file of exactly the limit is not over it', () => {
    expect(
      newProblems({ 'content/site.yaml': limitedToOneMB, 'public/files/table.pdf': Buffer.alloc(1024 * 1024) }),
    ).toEqual([]);
    expect(newProblems({ 'content/site.yaml': limitedToOneMB, 'public/files/table.pdf': Buffer.alloc(1536 * 1024) }))
      .toMatchInlineSnapshot(`
        [
          "警告 content/policies/2024/new-standard.md:19: attachments[1].file（文件路径）: 附件 public/files/table.pdf 有 1.5 MB，超过 1 MB；较大的文件在手机上难以下载，建议压缩或拆分。",
        ]
      `);
  });
});

describe('text left by npm run new', () => {
  test('a placeholder in a field or in the body is a warning', () => {
    expect(
      newProblems({
        'content/policies/draft-title.md': policy('00032').replace(
          'title: 关于测试的通知00032',
          'title: （请填写标题）',
        ),
        'content/policies/draft-body.md': policy('00033', '', '（请在此撰写正文。）'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "警告 content/policies/draft-body.md: 文件中还有“（请填写……）”或“（请在此撰写正文。）”这样的占位文字；发布前请换成实际内容。",
        "警告 content/policies/draft-title.md: 文件中还有“（请填写……）”或“（请在此撰写正文。）”这样的占位文字；发布前请换成实际内容。",
      ]
    `);
  });
});

describe('bulletins', () => {
  const bulletin = (issue: number, extra = '', series = '测试工作简报') =>
    markdown(
      `series: ${series}\ntitle: 简报\nyear: 2025\nissue: ${issue}\ndate: 2025-06-01\neditingUnit: 办公室${extra}`,
    );

  test('supplements are numbered on their own: a repeated and a missing 增刊 issue', () => {
    expect(
      newProblems({
        'content/bulletins/2025/s2.md': bulletin(2, '\nsupplement: true'),
        'content/bulletins/2025/s2-again.md': bulletin(2, '\nsupplement: true'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/s2.md:5: issue（期号）: 测试工作简报 2025年增刊第2期已存在（content/bulletins/2025/s2-again.md）；期号重复，请改为下一个未用的期号。",
        "警告 content/bulletins/2025/s2-again.md:5: issue（期号）: 测试工作简报 2025年增刊缺少第 1 期；期号应从 1 开始连续编排。如果确实没有出版，可忽略此提示。",
      ]
    `);
  });

  test('an unknown series lists every configured one', () => {
    expect(
      newProblems({
        'content/site.yaml': site.replace('    slug: cs\n', '    slug: cs\n  - name: 民政信息\n    slug: mzxx\n'),
        'content/bulletins/2025/03.md': bulletin(3, '', '工作简报'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/03.md:2: series（简报名称）: “工作简报”不是本站配置的简报；可选：测试工作简报、民政信息。如是新简报，请先加到 content/site.yaml 的 bulletinSeries。",
      ]
    `);
  });
});

describe('replacement between policies', () => {
  test('a policy that replaces itself through relations is a loop of one', () => {
    expect(
      newProblems({
        'content/policies/another.md': policy('00031', 'relations:\n  - type: 替代\n    target: another'),
      }),
    ).toMatchInlineSnapshot(`
        [
          "content/policies/another.md:10: relations（相关文件）: 替代关系形成了循环：another → another；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
        ]
      `);
  });

  test('a policy naming itself as replacement is told so plainly, and a loop it is also in is still reported', () => {
    expect(
      newProblems({
        'content/policies/cycle/a.md': repealed('00031', 'cycle/a', 'relations:\n  - type: 替代\n    target: cycle/b'),
        'content/policies/cycle/b.md': policy('00032', 'relations:\n  - type: 替代\n    target: cycle/a'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/cycle/a.md:11: replacedBy（替代文件）: 文件不能被它自己替代；应填写替代它的另一个文件。",
        "content/policies/cycle/a.md:13: relations（相关文件）: 替代关系形成了循环：cycle/a → cycle/b → cycle/a；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
        "content/policies/cycle/b.md:10: relations（相关文件）: 替代关系形成了循环：cycle/a → cycle/b → cycle/a；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
      ]
    `);
  });

  test('two policies naming each other in replacedBy are a loop, reported at replacedBy', () => {
    expect(
      newProblems({
        'content/policies/cycle/a.md': repealed('00031', 'cycle/b'),
        'content/policies/cycle/b.md': repealed('00032', 'cycle/a'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/cycle/a.md:11: replacedBy（替代文件）: 替代关系形成了循环：cycle/a → cycle/b → cycle/a；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
        "content/policies/cycle/b.md:11: replacedBy（替代文件）: 替代关系形成了循环：cycle/a → cycle/b → cycle/a；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
      ]
    `);
  });

  test('one missing file named both as replacement and as replaced: it is reported missing, the loop only on the policy', () => {
    expect(
      newProblems({
        'content/policies/another.md': repealed(
          '00031',
          '2024/newer-standard',
          'relations:\n  - type: 替代\n    target: 2024/newer-standard',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:11: replacedBy（替代文件）: 找不到政策文件“2024/newer-standard”。应填写 content/policies 下某个文件的路径（不含 .md），请检查拼写。",
        "content/policies/another.md:13: relations（相关文件）: 替代关系形成了循环：2024/newer-standard → another → 2024/newer-standard；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。",
        "content/policies/another.md:14: relations[1].target（相关文件）: 找不到政策文件“2024/newer-standard”。应填写 content/policies 下某个文件的路径（不含 .md），请检查拼写。",
      ]
    `);
  });

  test('a repealed policy already marked 废止 gets no warning', () => {
    expect(
      newProblems({
        'content/policies/another.md': policy('00031', 'relations:\n  - type: 废止\n    target: 2023/winter-plan'),
        'content/policies/2023/winter-plan.md': fixture('content/policies/2023/winter-plan.md').replace(
          'genre: 通知',
          'genre: 通知\nvalidity: 废止\nvalidityDate: 2024-04-01\nreplacedBy: another',
        ),
      }),
    ).toEqual([]);
  });
});

describe('checklist versions', () => {
  const assist = fixture('content/checklists/assist.yaml');
  const assist2022 = fixture('content/checklists/assist-2022.yaml');
  const community = (replaces: string) => `title: 测试区居民委员会依法履职事项清单
kind: 居委会依法履职事项
issuers: [测试区民政局]
effectiveDate: 2026-01-01
publishDate: 2025-12-20
replaces: ${replaces}
items:
  - code: LZ-01
    name: 召集居民会议
`;

  test('a list that replaces itself is told so, once, without a loop', () => {
    expect(
      newProblems({ 'content/checklists/assist.yaml': assist.replace('replaces: assist-2022', 'replaces: assist') }),
    ).toMatchInlineSnapshot(`
        [
          "content/checklists/assist.yaml:6: replaces（被替代的旧版）: 清单不能替代它自己；应填写旧版清单的文件名。",
        ]
      `);
  });

  test('a new version of another kind is a warning; an unknown old version lists every other list', () => {
    expect(newProblems({ 'content/checklists/community.yaml': community('assist') })).toMatchInlineSnapshot(`
      [
        "警告 content/checklists/community.yaml:6: replaces（被替代的旧版）: 新版是“居委会依法履职事项”，旧版“assist”是“协助政府工作事项”；新旧版本应是同一类清单。",
      ]
    `);
    expect(newProblems({ 'content/checklists/community.yaml': community('assist-2020') })).toMatchInlineSnapshot(`
      [
        "content/checklists/community.yaml:6: replaces（被替代的旧版）: 找不到清单“assist-2020”；应填写 content/checklists 下旧版清单的文件名（不含 .yaml），可选：assist-2022、assist。",
      ]
    `);
  });

  test('two lists replacing each other are a loop, reported on both', () => {
    expect(
      newProblems({ 'content/checklists/assist-2022.yaml': assist2022.replace('items:', 'replaces: assist\nitems:') }),
    ).toMatchInlineSnapshot(`
      [
        "content/checklists/assist-2022.yaml:6: replaces（被替代的旧版）: 清单版本形成了循环（assist-2022 → assist → assist-2022）；请检查 replaces。",
        "content/checklists/assist.yaml:6: replaces（被替代的旧版）: 清单版本形成了循环（assist → assist-2022 → assist）；请检查 replaces。",
      ]
    `);
  });
});

describe('citations and the regulations library', () => {
  const regulation = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}\n`;
  const law = (date: string, extra = '', body = '第一条 甲。\n\n第二条 乙。') =>
    regulation(`title: 测试市社区工作条例\nlevel: 地方性法规\npublishDate: ${date}${extra}`, body);
  const library: Files = {
    'content/regulations/测试市社区工作条例/2025-06-30.md': law('2025-06-30'),
    'content/regulations/中华人民共和国民法典-总则/2020-05-28.md': regulation(
      'title: 中华人民共和国民法典\npart: 总则\nlevel: 法律\npublishDate: 2020-05-28',
      '第一条 甲。\n\n第二条 乙。',
    ),
    'content/regulations/中华人民共和国民法典-婚姻家庭编/2020-05-28.md': regulation(
      'title: 中华人民共和国民法典\npart: 婚姻家庭编\nlevel: 法律\npublishDate: 2020-05-28',
      '第一千零四十条 甲。\n\n第一千零四十六条 乙。',
    ),
  };
  /** Lines about the fixture's own citations of laws the library does not hold are left out. */
  const aboutLibrary = (lines: string[]) =>
    lines.filter((line) => !line.includes('content/checklists/assist-2022.yaml'));

  test("a policy's basis is checked like any citation; one that resolves is quiet, an item without basis is fine", () => {
    expect(
      newProblems(
        {
          'content/policies/another.md': policy(
            '00031',
            `basis:
  - { law: 测试市社区工作条例, article: 第一条 }
  - { law: 测试市社区工作条例, article: 第五条 }
  - { law: 民法典, article: 第二百七十七条 }
  - { law: 关于贯彻《社会救助暂行办法》的通知 }`,
          ),
          'content/checklists/community.yaml': `title: 测试区居民委员会依法履职事项清单
kind: 居委会依法履职事项
issuers: [测试区民政局]
effectiveDate: 2026-01-01
publishDate: 2025-12-20
items:
  - code: LZ-01
    name: 召集居民会议
`,
          'content/popular-names.yaml': `names:
  - { name: 社区第一条, law: 测试市社区工作条例, article: 第一条, about: 第一条讲什么 }
  - { name: 物业条款, law: 民法典, article: 第二百七十七条, about: 业主大会 }
`,
        },
        library,
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/policies/another.md:11: basis[2].article（条款）: 《测试市社区工作条例》没有第五条（现行版本最后一条是第二条）；请核对条款。",
        "警告 content/policies/another.md:12: basis[3].article（条款）: 《民法典》的第二百七十七条不在法规库已有的分编（总则、婚姻家庭编）中，可能属于还没有导入的分编，无法链接到条文；请导入该分编，或核对条款。",
        "警告 content/policies/another.md:13: basis[4].law（法律法规名称）: 《关于贯彻《社会救助暂行办法》的通知》不在法规库中，无法链接到条文。如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致；如果是法规库以外的文件（如国务院、部委的规范性文件），请把名称加到 content/site.yaml 的 citedElsewhere。",
        "警告 content/popular-names.yaml:3: names[2].article（条文序号）: 《民法典》的第二百七十七条不在法规库已有的分编（总则、婚姻家庭编）中，可能属于还没有导入的分编，无法链接到条文；请导入该分编，或核对条款。",
      ]
    `);
  });

  test('a law missing from the library is warned about once, at its first citation, with how often each file cites it', () => {
    const elderlyCare = 'law: 测试市养老服务条例';
    const funerals = 'law: 测试市殡葬管理办法';
    expect(
      newProblems(
        {
          'content/policies/another.md': policy(
            '00031',
            'basis:\n  - { law: 《测试市养老服务条例》, article: 第三条 }',
          ),
          'content/policies/third.md': policy('00032', `basis:\n  - { ${elderlyCare} }`),
          'content/policies/fourth.md': policy('00033', `basis:\n  - { ${elderlyCare} }\n  - { ${elderlyCare} }`),
          'content/policies/fifth.md': policy('00034', `basis:\n  - { ${funerals} }\n  - { ${funerals} }`),
        },
        library,
      ),
    ).toMatchInlineSnapshot(`
      [
        "警告 content/policies/another.md:10: basis[1].law（法律法规名称）: 《测试市养老服务条例》不在法规库中（3 个文件共引用 4 处，这里是第一处），无法链接到条文。如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致；如果是法规库以外的文件（如国务院、部委的规范性文件），请把名称加到 content/site.yaml 的 citedElsewhere。",
        "警告 content/policies/fifth.md:10: basis[1].law（法律法规名称）: 《测试市殡葬管理办法》不在法规库中（本文件共引用 2 处，这里是第一处），无法链接到条文。如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致；如果是法规库以外的文件（如国务院、部委的规范性文件），请把名称加到 content/site.yaml 的 citedElsewhere。",
      ]
    `);
  });

  test('a document the site declares in citedElsewhere is cited without a warning', () => {
    const files: Files = {
      'content/policies/another.md': policy('00031', 'basis:\n  - { law: 国务院关于加强困境儿童保障工作的意见 }'),
    };
    expect(newProblems(files, library)).toMatchInlineSnapshot(`
      [
        "警告 content/policies/another.md:10: basis[1].law（法律法规名称）: 《国务院关于加强困境儿童保障工作的意见》不在法规库中，无法链接到条文。如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致；如果是法规库以外的文件（如国务院、部委的规范性文件），请把名称加到 content/site.yaml 的 citedElsewhere。",
      ]
    `);
    expect(
      newProblems(
        { ...files, 'content/site.yaml': `${site}citedElsewhere:\n  - 国务院关于加强困境儿童保障工作的意见\n` },
        library,
      ),
    ).toEqual([]);
  });

  test('an invalid popular-names file is reported once, by its schema', () => {
    expect(newProblems({ 'content/popular-names.yaml': 'names:\n  - { name: 物业条款, law: 民法典 }\n' }, library))
      .toMatchInlineSnapshot(`
      [
        "content/popular-names.yaml:2: names[1].article（条文序号）: 缺少此项；应填写条文序号。",
        "content/popular-names.yaml:2: names[1].about（说明）: 缺少此项；应填写说明。",
      ]
    `);
  });

  test('two files of one version are an error that stops the build', () => {
    expect(checked(library).errors).toBe(0);
    expect(checked({ ...library, 'content/regulations/测试市社区工作条例/copy.md': law('2025-06-30') }).errors).toBe(1);
  });

  test('an older version declared 有效 names the version in force, not a newer one still to come', () => {
    expect(
      aboutLibrary(
        newProblems({
          'content/regulations/测试市社区工作条例/2019-03-01.md': law('2019-03-01', '\nstatus: 有效'),
          'content/regulations/测试市社区工作条例/2025-06-30.md': law('2025-06-30'),
          'content/regulations/测试市社区工作条例/2026-10-01.md': law('2026-10-01', '\neffectiveDate: 2027-01-01'),
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "警告 content/regulations/测试市社区工作条例/2019-03-01.md:5: status（时效性）: 时效性写的是“有效”，但法规库中有 2025-06-30 公布的新版本（content/regulations/测试市社区工作条例/2025-06-30.md）；请改为 已修改，或删除 status 让网站按版本自动判断。",
      ]
    `);
  });

  test('versions whose declared 时效性 agrees with the library get no warning; nor does a text without articles', () => {
    expect(
      aboutLibrary(
        newProblems({
          'content/regulations/测试市社区工作条例/2019-03-01.md': law('2019-03-01'),
          'content/regulations/测试市社区工作条例/2025-06-30.md': law('2025-06-30', '\nstatus: 有效'),
          'content/regulations/测试市某某规定/2020-01-01.md': regulation(
            'title: 测试市某某规定\nlevel: 地方政府规章\npublishDate: 2020-01-01',
            '',
          ),
        }),
      ),
    ).toEqual([]);
  });
});
