import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SiteSchema } from '../../src/schemas/site.ts';
import { problemsOf } from '../helpers/content.ts';

const demo = readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8');
/** The demo configuration with one top-level line replaced. */
const withLine = (key: string, line: string | undefined) =>
  demo
    .split('\n')
    .map((l) => (l.startsWith(`${key}:`) ? line : l))
    .filter((l): l is string => l !== undefined)
    .join('\n');
const check = (key: string, line: string | undefined) =>
  problemsOf(SiteSchema, withLine(key, line), 'content/site.yaml');

describe('site configuration', () => {
  test('the demo configuration is valid', () => {
    expect(problemsOf(SiteSchema, demo, 'content/site.yaml')).toEqual([]);
  });

  test('the site name is required', () => {
    expect(check('name', undefined)).toMatchInlineSnapshot(`
      [
        "content/site.yaml:6: name（名称）: 缺少此项；应填写网站名称（与备案一致）。",
      ]
    `);
  });

  test('the domain is a bare host', () => {
    expect(check('domain', 'domain: https://mzj.example.gov.cn/')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:7: domain（网站域名）: 域名“https://mzj.example.gov.cn/”格式不对；应只写主机名，不含 https:// 和路径，例如 mzj.example.gov.cn。",
      ]
    `);
  });

  test('the site identification code has 10 characters of the national form', () => {
    expect(check('siteIdCode', "siteIdCode: '32990001'")).toMatchInlineSnapshot(`
      [
        "content/site.yaml:9: siteIdCode（政府网站标识码）: 标识码“32990001”格式不对；应为 10 位数字（6 位行政区划代码加 4 位序号），或 bm 加 8 位数字。",
      ]
    `);
  });

  test('ICP and public-security filing numbers follow their forms', () => {
    expect(check('icp', 'icp: ICP备2026001号')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:16: icp（ICP备案号）: ICP备案号“ICP备2026001号”格式不对；应为“省份简称ICP备8位数字号”，可带 -序号，例如 苏ICP备20260001号-1。",
      ]
    `);
    expect(check('publicSecurity', 'publicSecurity: 云公网安备 3299000200号')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:17: publicSecurity（公安机关备案号）: 公安机关备案号“云公网安备 3299000200号”格式不对；应为“省份简称公网安备 14位数字号”，例如 苏公网安备 32990002000001号。",
      ]
    `);
  });

  test('the 党政机关网站标识 registration number is the 32 characters of its record address', () => {
    expect(check('conacId', 'conacId: bszs.conac.cn/sitename?method=show&id=0A1B')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:19: conacId（党政机关网站标识注册号）: 党政机关网站标识注册号“bszs.conac.cn/sitename?method=show&id=0A1B”格式不对；应为 32 位数字和字母（A—F），即标识注册信息网址 bszs.conac.cn/sitename?method=show&id= 后面的部分。",
      ]
    `);
  });

  test('documents cited elsewhere are a list of names', () => {
    // The demo's list is the last thing in its configuration.
    const before = demo.slice(0, demo.indexOf('citedElsewhere:'));
    const cited = (yaml: string) => problemsOf(SiteSchema, `${before}${yaml}`, 'content/site.yaml');
    expect(cited("citedElsewhere:\n  - 养老机构管理办法\n  - ''\n")).toMatchInlineSnapshot(`
      [
        "content/site.yaml:339: citedElsewhere[2]（法规库以外引用的文件）: 此项为空；应填写文件名称（不含书名号），例如 国务院关于加强困境儿童保障工作的意见。",
      ]
    `);
    expect(cited('citedElsewhere: 养老机构管理办法\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:337: citedElsewhere（法规库以外引用的文件）: 不能是“养老机构管理办法”；应填写本站法规库以外引用的文件名称（列表）。",
      ]
    `);
  });

  test('the time zone must exist', () => {
    expect(check('timeZone', 'timeZone: Asia/Beijing')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:21: timeZone（时区）: “Asia/Beijing”不是有效的时区名；应填写 IANA 时区名，例如 Asia/Shanghai。",
      ]
    `);
  });

  test('the time zone defaults to Asia/Shanghai', () => {
    const source = withLine('timeZone', undefined);
    expect(SiteSchema.parse(JSON.parse(JSON.stringify(parseYaml(source)))).timeZone).toBe('Asia/Shanghai');
  });

  test('the postcode has six digits', () => {
    const source = demo.replace("postcode: '299001'", 'postcode: 2990');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:14: contact.postcode（邮政编码）: 不能是数字 2990；应填写邮政编码。",
      ]
    `);
  });

  test('the index-number pattern must contain {seq}', () => {
    const source = demo.replace("pattern: '{org}/{year}-{seq}'", "pattern: '{org}/{year}'");
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:27: indexNo.pattern（格式）: 索引号模板必须包含 {seq}（顺序号）。",
      ]
    `);
  });

  test('the index-number sequence has at most 9 digits', () => {
    const source = demo.replace('seqDigits: 5', 'seqDigits: 12');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:29: indexNo.seqDigits（顺序号位数）: 顺序号位数最多 9 位。",
      ]
    `);
  });

  test('every first-level topic has second-level topics', () => {
    const source = demo.replace(/  综合政务:\n    - 政务公开\n    - 机构职能/, '  综合政务: []');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:42: topics.综合政务: 每个一级主题至少要有一个二级主题。",
      ]
    `);
  });

  test('the topic tree is a map of lists', () => {
    const source = demo.replace(/topics:\n(  .*\n)+/, 'topics: 社会救助\n');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:32: topics（主题分类表）: 不能是“社会救助”；应填写主题分类表，形如“一级主题: [二级主题, …]”。",
      ]
    `);
  });

  test('at least one bulletin series is configured', () => {
    const source = demo.replace(/bulletinSeries:\n(  .*\n)+/, 'bulletinSeries: []\n');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:47: bulletinSeries（简报系列）: 至少要配置一个简报系列。",
      ]
    `);
  });

  test('the contact block is required', () => {
    const source = demo.replace(/contact:\n(  .*\n)+/, '');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:5: contact（联系方式）: 缺少此项；应填写联系方式：地址（address）、邮编（postcode）、电话（phone）。",
      ]
    `);
  });

  test('bulletin series slugs are URL-safe', () => {
    const source = demo.replace('slug: gzjb', 'slug: 工作简报');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:49: bulletinSeries[1].slug（网址名）: 网址名只能包含小写字母、数字和横线，例如 gzjb。",
      ]
    `);
  });

  test('column links are site paths or https addresses', () => {
    const source = demo.replace('href: /policies/', 'href: policies');
    expect(problemsOf(SiteSchema, source, 'content/site.yaml')).toMatchInlineSnapshot(`
      [
        "content/site.yaml:158: columns[3].href（链接）: 链接应以 / 开头（本站页面）或以 https:// 开头（外部网站）。",
      ]
    `);
  });
});

import { parse as parseYaml } from 'yaml';
