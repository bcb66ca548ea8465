import { describe, expect, test } from 'vitest';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { parsedOf, problemsOf, validPolicy, yamlOf } from '../helpers/content.ts';

const check = (overrides: Record<string, string | undefined>) =>
  problemsOf(PolicySchema, yamlOf(validPolicy, overrides));

describe('a valid policy', () => {
  test('parses, with defaults for 公开方式 and 有效性, and dates kept as typed', () => {
    expect(parsedOf(PolicySchema, yamlOf(validPolicy))).toEqual({
      title: '关于调整城乡最低生活保障标准的通知',
      indexNo: '013999999/2024-00012',
      docNumber: '柳民发〔2024〕12号',
      issuers: ['云川市柳塘区民政局'],
      writtenDate: '2024-03-01',
      publishDate: '2024-03-05 09:30',
      topic: '民政\\社会救助',
      genre: '通知',
      disclosure: '主动公开',
      validity: '有效',
    });
  });

  test('accepts a single issuer written as text, and keeps a non-canonical 文号 as typed', () => {
    const data = parsedOf(
      PolicySchema,
      yamlOf(validPolicy, { issuers: '云川市柳塘区民政局', docNumber: '柳民发[2024]12号' }),
    );
    expect(data.issuers).toEqual(['云川市柳塘区民政局']);
    expect(data.docNumber).toBe('柳民发[2024]12号');
  });
});

describe('policy fields', () => {
  test('title is required', () => {
    expect(check({ title: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: title（标题）: 缺少此项；应填写文件的完整标题。",
      ]
    `);
  });

  test('title must be text, not empty', () => {
    expect(check({ title: '' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: title（标题）: 此项为空；应填写文件的完整标题。",
      ]
    `);
    expect(check({ title: '2024' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: title（标题）: 不能是数字 2024；应填写文件的完整标题。",
      ]
    `);
  });

  test('an impossible date such as 2015-13-45 is an error, not a rolled-over day', () => {
    expect(check({ writtenDate: '2015-13-45' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:5: writtenDate（成文日期）: 日期“2015-13-45”不存在：没有 13 月；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
      ]
    `);
  });

  test('29 February only in leap years', () => {
    expect(check({ writtenDate: '2023-02-29' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:5: writtenDate（成文日期）: 日期“2023-02-29”不存在：2023 年 2 月没有 29 日（该月只有 28 天）；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
      ]
    `);
  });

  test('publishDate takes a time of day, but not seconds', () => {
    expect(check({ publishDate: '2024-03-05 09:30:15' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:6: publishDate（发布日期）: “2024-03-05 09:30:15”不是日期时间格式；应填写真实存在的日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM，例如 2024-03-05 或 2024-03-05 09:30。",
      ]
    `);
  });

  test('dates must be dates', () => {
    expect(check({ writtenDate: '20240301' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:5: writtenDate（成文日期）: 不能是数字 20240301；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
      ]
    `);
    expect(check({ writtenDate: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: writtenDate（成文日期）: 缺少此项；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
      ]
    `);
  });

  test('publishDate is not before writtenDate', () => {
    expect(check({ publishDate: '2024-02-28' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:6: publishDate（发布日期）: 发布日期 2024-02-28 早于成文日期 2024-03-01；发布日期不能早于成文日期。",
      ]
    `);
  });

  test('文号 with a two-digit year is rejected', () => {
    expect(check({ docNumber: '柳民发〔24〕12号' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:3: docNumber（文号）: 年份“24”只有两位，无法确定年代；应写四位年份，例如 〔2024〕。",
      ]
    `);
  });

  test('文号 that is not a document number is rejected', () => {
    expect(check({ docNumber: '第十二号文件' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:3: docNumber（文号）: “第十二号文件”不是文号格式；应为“机关代字〔年份〕序号号”，例如 国办发〔2017〕47号。",
      ]
    `);
  });

  test('issuers needs at least one name', () => {
    expect(check({ issuers: '[]' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: issuers（发文机关）: 列表为空；至少应填写一项发文机关的全称。",
      ]
    `);
    expect(check({ issuers: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: issuers（发文机关）: 缺少此项；应填写发文机关的全称（一项或多项）。",
      ]
    `);
    expect(check({ issuers: '[云川市柳塘区民政局, 42]' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: issuers[2]（发文机关）: 不能是数字 42；应填写发文机关的全称。",
      ]
    `);
  });

  test('genre, disclosure and validity come from fixed lists', () => {
    expect(check({ genre: '文件' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:8: genre（体裁）: “文件”不是可用的体裁；可选：决议、决定、命令、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要、办法、规定、细则、方案、规划、计划、指南、其他。",
      ]
    `);
    expect(check({ disclosure: '公开' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: disclosure（公开方式）: “公开”不是可用的公开方式；可选：主动公开、依申请公开。",
      ]
    `);
    expect(check({ validity: '作废', validityDate: '2025-01-01' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: validity（有效性）: “作废”不是可用的有效性；可选：有效、尚未生效、已修改、失效、废止。",
      ]
    `);
  });

  test('any status but 有效 needs the date it changed', () => {
    expect(check({ validity: '失效' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: validityDate（有效性变更日期）: 有效性为“失效”时必须填写变更日期；应填写 validityDate，例如 2024-03-05。",
      ]
    `);
  });

  test('废止 and 已修改 need the replacing document', () => {
    expect(check({ validity: '废止', validityDate: '2025-01-01' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: replacedBy（替代文件）: 有效性为“废止”时必须指明替代它的文件；应填写 replacedBy（替代文件的文件名，不含 .md）。",
      ]
    `);
    expect(check({ validity: '已修改', validityDate: '2025-01-01' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: replacedBy（替代文件）: 有效性为“已修改”时必须指明替代它的文件；应填写 replacedBy（替代文件的文件名，不含 .md）。",
      ]
    `);
  });

  test('失效 may name a replacement but does not have to', () => {
    expect(check({ validity: '失效', validityDate: '2025-01-01' })).toEqual([]);
  });

  test('summary is at most 300 characters', () => {
    expect(check({ summary: '很'.repeat(301) })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: summary（内容概述）: 太长了（301 字）；最多 300 字。",
      ]
    `);
  });

  test('keywords is a list', () => {
    expect(check({ keywords: '低保' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: keywords（主题词/关键词）: 不能是“低保”；应填写主题词（列表）。",
      ]
    `);
  });

  test('each attachment needs a title and a file', () => {
    expect(check({ attachments: '\n  - title: 附件1' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:10: attachments[1].file（文件路径）: 缺少此项；应填写附件在 public 文件夹下的路径，例如 files/2024/shenqingbiao.pdf。",
      ]
    `);
  });

  test('a misspelt field is an error that suggests the right name, not silently dropped', () => {
    expect(check({ issuer: '云川市柳塘区民政局' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: issuer: 未知字段“issuer”。是否想写 issuers（发文机关）？可用字段：title、indexNo、docNumber、issuers、writtenDate、publishDate、topic、genre、disclosure、validity、validityDate、replacedBy、effectiveDate、expiryDate、relations、basis、changes、summary、keywords、attachments。",
      ]
    `);
    expect(check({ validty: '有效' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: validty: 未知字段“validty”。是否想写 validity（有效性）？可用字段：title、indexNo、docNumber、issuers、writtenDate、publishDate、topic、genre、disclosure、validity、validityDate、replacedBy、effectiveDate、expiryDate、relations、basis、changes、summary、keywords、attachments。",
      ]
    `);
  });
});
