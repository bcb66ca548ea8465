/**
 * Each fixture breaks one rule; a real `astro build` must stop with exit 1 and print the
 * problem as `file:line: field: message`, and must not write any page.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSites, expectRefusal, problemLines, type BuildResult } from '../helpers/build.ts';

const fixtures = [
  'impossible-date',
  'invalid-doc-number',
  'repealed-without-replacement',
  'unknown-interpreted-policy',
  'duplicate-index-number',
  'misspelt-field',
  'malformed-yaml',
  'missing-attachment',
  'duplicate-bulletin-number',
  'invalid-site-config',
];
let builds: Map<string, BuildResult>;
beforeAll(async () => {
  builds = await buildSites(fixtures);
});

function failingBuild(name: string): string[] {
  const result = builds.get(name)!;
  expect(result.status, result.output).toBe(1);
  expect(result.exists('index.html')).toBe(false);
  expectRefusal(result.output, /\[ERROR\] \[gongkai\] 内容检查发现 \d+ 个错误/);
  // The deliberate 文号 warning of the base fixture is printed too; keep only errors here.
  return problemLines(result.output).filter((line) => !line.startsWith('警告'));
}

describe('the build stops on invalid content', () => {
  test('does not build with an impossible date', () => {
    expect(failingBuild('impossible-date')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:6: writtenDate（成文日期）: 日期“2015-13-45”不存在：没有 13 月；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
      ]
    `);
  });

  test('does not build with a two-digit year in a document number', () => {
    expect(failingBuild('invalid-doc-number')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:4: docNumber（文号）: 年份“24”只有两位，无法确定年代；应写四位年份，例如 〔2024〕。",
      ]
    `);
  });

  test('does not build a repealed policy without its replacement', () => {
    expect(failingBuild('repealed-without-replacement')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/old-standard.md:2: replacedBy（替代文件）: 有效性为“废止”时必须指明替代它的文件；应填写 replacedBy（替代文件的文件名，不含 .md）。",
      ]
    `);
  });

  test('does not build an interpretation of a policy that does not exist', () => {
    expect(failingBuild('unknown-interpreted-policy')).toMatchInlineSnapshot(`
      [
        "content/interpretations/new-standard-qa.md:3: interprets（所解读的政策）: 找不到政策文件“2024/newest-standard”。应填写 content/policies 下某个文件的路径（不含 .md），请检查拼写。",
      ]
    `);
  });

  test('does not build with a duplicate index number', () => {
    expect(failingBuild('duplicate-index-number')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/old-standard.md:3: indexNo（索引号）: 索引号“013000000/2024-00002”已被 content/policies/2024/new-standard.md 使用；索引号在全站必须唯一，请换一个未用过的顺序号。",
      ]
    `);
  });

  test('does not build with a misspelt field name', () => {
    expect(failingBuild('misspelt-field')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:2: issuers（发文机关）: 缺少此项；应填写发文机关的全称（一项或多项）。",
        "content/policies/2024/new-standard.md:5: issuer: 未知字段“issuer”。是否想写 issuers（发文机关）？可用字段：title、indexNo、docNumber、issuers、writtenDate、publishDate、topic、genre、disclosure、validity、validityDate、replacedBy、effectiveDate、expiryDate、relations、basis、changes、summary、keywords、attachments。",
      ]
    `);
  });

  test('does not build with malformed YAML', () => {
    expect(failingBuild('malformed-yaml')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:8: YAML 格式错误：第 8 行的方括号 [ 没有闭合；列表应在同一行以 ] 结束，例如 [社会救助, 养老服务]。",
      ]
    `);
  });

  test('does not build with a missing attachment', () => {
    expect(failingBuild('missing-attachment')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:19: attachments[1].file（文件路径）: 附件文件 public/files/table.pdf 不存在；请把文件放到该位置，或改正路径。",
      ]
    `);
  });

  test('does not build with a duplicate bulletin number', () => {
    expect(failingBuild('duplicate-bulletin-number')).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/02.md:5: issue（期号）: 测试工作简报 2025年第1期已存在（content/bulletins/2025/01.md）；期号重复，请改为下一个未用的期号。",
      ]
    `);
  });

  test('does not build with an invalid site configuration', () => {
    expect(failingBuild('invalid-site-config')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:2: domain（网站域名）: 域名“https://mzj.test.example.gov.cn”格式不对；应只写主机名，不含 https:// 和路径，例如 mzj.example.gov.cn。",
        "content/site.yaml:3: siteIdCode（政府网站标识码）: 标识码“32990000”格式不对；应为 10 位数字（6 位行政区划代码加 4 位序号），或 bm 加 8 位数字。",
      ]
    `);
  });
});
