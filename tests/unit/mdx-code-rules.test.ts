/**
 * Content is data, never code (src/lib/guard/mdxCode.ts): which attribute values are plain
 * literals, which expressions are only comments, and what the build's MDX gate says when it
 * refuses a file: the file relative to the site, the line, and every finding. The gate runs in
 * Sätteri's own MDX compiler, as astro.config.mjs runs it; the same rules in the content check
 * are seen through the guard's messages.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { mdxToJs } from 'satteri';
import { ContentCodeError, mdxCodeGate } from '../../src/lib/guard/mdxCode.ts';
import { markdownFeatures } from '../../src/lib/content/markdown.ts';
import { PROJECT_DENYLIST, compileDenylist, parseDenylist } from '../../src/lib/guard/denylist.ts';
import { createGuard, guardEntry } from '../../src/lib/guard/check.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { parseSource } from '../../src/lib/content/read.ts';
import { loadSiteConfig } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { projectRoot } from '../helpers/build.ts';

const ROOT = '/srv/gongkai-site';

/** Compiles an MDX body with the gate, as the build does; the gate's error when it refuses. */
function compile(body: string, options: { root?: string; file?: string | null } = {}): Error | undefined {
  const file = options.file === undefined ? `${ROOT}/content/bulletins/2025/01.mdx` : options.file;
  try {
    mdxToJs(body, {
      features: markdownFeatures,
      mdastPlugins: [mdxCodeGate(options.root ?? ROOT)],
      ...(file === null ? {} : { fileURL: pathToFileURL(file) }),
    });
    return undefined;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
}

/** The gate's message for a body it must refuse. */
function refusal(body: string, options: { root?: string; file?: string | null } = {}): string {
  const error = compile(body, options);
  expect(error).toBeInstanceOf(ContentCodeError);
  return error!.message;
}

const denylist = compileDenylist(parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'x').entries);
const site = loadSiteConfig(sitePaths(projectRoot)).site!;

/** The content check's lines for an MDX body. */
function checked(body: string): string[] {
  const file = 'content/bulletins/2025/01.mdx';
  const parsed = parseSource(`---\ntitle: 测试工作简报\n---\n\n${body}\n`, file, false);
  const guard = createGuard(site, denylist);
  guardEntry(guard, { file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
  return sortProblems(guard.problems).map(formatProblem);
}

const figure = (value: string) => `<KeyFigure label="件数" value=${value} unit="件" />`;

describe('attribute values that are plain literals', () => {
  test.each(['{1056}', '{-3}', '{1_056}', '{"一千零五十六"}', '{true}', '{null}', '"1056"'])(
    'value=%s compiles: it is data',
    (value) => {
      expect(compile(figure(value))).toBeUndefined();
    },
  );

  test('anything else in an attribute value is code, and the gate refuses it', () => {
    const values = [
      '{!0}',
      '{+3}',
      '{5-3}',
      '{-"3"}',
      '{-x}',
      '{/x/}',
      '{1n}',
      '{/* 待定 */}',
      '{{}}',
      '{<b>1</b>}',
      '{"\\07"}',
    ];
    expect(values.map((value) => refusal(figure(value)).replace(/^.*?（“|”）.*$/g, ''))).toMatchInlineSnapshot(`
      [
        "value={!0}",
        "value={+3}",
        "value={5-3}",
        "value={-"3"}",
        "value={-x}",
        "value={/x/}",
        "value={1n}",
        "value={/* 待定 */}",
        "value={{}}",
        "value={<b>1</b>}",
        "value={"\\07"}",
      ]
    `);
  });

  test('the check reads a literal as the text it renders', () => {
    expect(checked('<font size={3}>大字</font>\n\n<font size={-1}>小字</font>\n\n<font size={"+1"}>中字</font>'))
      .toMatchInlineSnapshot(`
        [
          "content/bulletins/2025/01.mdx:5: 正文中不允许使用 <font> 标签（“<font size="3">”）；正文只能用 Markdown 和少数排版标签（如 <sup>、<sub>、<br>、<table>）。请删除或改用 Markdown。",
          "content/bulletins/2025/01.mdx:7: 正文中不允许使用 <font> 标签（“<font size="-1">”）；正文只能用 Markdown 和少数排版标签（如 <sup>、<sub>、<br>、<table>）。请删除或改用 Markdown。",
          "content/bulletins/2025/01.mdx:9: 正文中不允许使用 <font> 标签（“<font size="+1">”）；正文只能用 Markdown 和少数排版标签（如 <sup>、<sub>、<br>、<table>）。请删除或改用 Markdown。",
        ]
      `);
  });
});

describe('what runs nothing', () => {
  test('a fragment, an HTML element with a bare attribute and a comment compile', () => {
    expect(compile('<>片段</>\n\n<div hidden>说明</div>\n\n{/* 说明：本期数据截至 10 月底 */}')).toBeUndefined();
  });

  test('JSX inside an expression is code, though it is no JavaScript a plain parser reads', () => {
    expect(refusal('{<b>粗体</b>}')).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx:1: MDX 中不允许使用 {…} 表达式（“{<b>粗体</b>}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。"`,
    );
  });
});

describe('the message of the build’s gate', () => {
  test('names the file relative to the site, the line, and every finding of the element', () => {
    const error = compile('# 数据\n\n<KeyFigures title="数据">\n<Ad x={y} />\n</KeyFigures>\n');
    expect(error?.name).toBe('ContentCodeError');
    expect(error?.message).toMatchInlineSnapshot(`
      "content/bulletins/2025/01.mdx:4: MDX 中不能使用 <Ad>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。
      content/bulletins/2025/01.mdx:4: MDX 中不允许使用 {…} 表达式（“x={y}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。"
    `);
  });

  test('the line of an expression, and of an element at the very start of the file', () => {
    expect(refusal('# 数据\n\n正文。\n\n{process.exit(1)}\n')).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx:5: MDX 中不允许使用 {…} 表达式（“{process.exit(1)}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。"`,
    );
    expect(refusal('<Ad />\n\n正文。')).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx:1: MDX 中不能使用 <Ad>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。"`,
    );
  });

  test('a site root given with a trailing slash, a file outside the site, no file at all', () => {
    expect(refusal('<Ad />', { root: `${ROOT}/` })).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx:1: MDX 中不能使用 <Ad>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。"`,
    );
    expect(refusal('<Ad />', { file: '/tmp/elsewhere/01.mdx' })).toMatchInlineSnapshot(
      `"/tmp/elsewhere/01.mdx:1: MDX 中不能使用 <Ad>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。"`,
    );
    expect(refusal('正文。\n\n<Ad />', { file: null })).toMatchInlineSnapshot(
      `":3: MDX 中不能使用 <Ad>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。"`,
    );
  });

  test('an expression whose text the file does not hold as written (inside a quote) is named without a line', () => {
    expect(refusal('正文。\n\n> 引用\n> {fetch(\n> 1)}\n')).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx: MDX 中不允许使用 {…} 表达式（“{fetch( 1)}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。"`,
    );
  });

  test('the code is quoted on one line, white space collapsed, cut after 60 characters', () => {
    expect(refusal('{process.exit(  1)}')).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx:1: MDX 中不允许使用 {…} 表达式（“{process.exit( 1)}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。"`,
    );
    const sixty = `{fetch("${'a'.repeat(49)}")}`;
    expect(sixty).toHaveLength(60);
    expect(refusal(sixty)).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx:1: MDX 中不允许使用 {…} 表达式（“{fetch("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。"`,
    );
    expect(refusal(`{fetch("${'a'.repeat(50)}")}`)).toMatchInlineSnapshot(
      `"content/bulletins/2025/01.mdx:1: MDX 中不允许使用 {…} 表达式（“{fetch("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。"`,
    );
  });
});
