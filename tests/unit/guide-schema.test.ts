import { describe, expect, test } from 'vitest';
import { GuideSchema } from '../../src/schemas/guide.ts';
import { parsedOf, problemsOf, yamlOf } from '../helpers/content.ts';

/** A short valid guide, written as an editor would (raw YAML, unquoted dates). */
const validGuide: Record<string, string> = {
  title: '最低生活保障申请',
  itemCode: 'MZ-GF-001',
  topic: 'shjz',
  basis: `
  - law: 社会救助暂行办法
    article: 第九条`,
  conditions: `
  - 具有本区户籍。`,
  materials: `
  - name: 居民身份证
    form: 原件和复印件`,
  steps: `
  - name: 申请
    description: 向街道提出书面申请。`,
  statutoryDays: '30',
  promisedDays: '20',
  fee: '不收费',
  place: '云川市柳塘区兴民路 18 号',
  hours: '工作日 9:00—17:00',
  phone: '0599-8800 1231',
  complaintPhone: '0599-8800 1299',
  publishDate: '2026-03-02 09:00',
};

const check = (overrides: Record<string, string | undefined>) => problemsOf(GuideSchema, yamlOf(validGuide, overrides));

describe('a valid guide', () => {
  test('parses, with one copy of each material by default', () => {
    expect(parsedOf(GuideSchema, yamlOf(validGuide))).toEqual({
      title: '最低生活保障申请',
      itemCode: 'MZ-GF-001',
      topic: 'shjz',
      basis: [{ law: '社会救助暂行办法', article: '第九条' }],
      conditions: ['具有本区户籍。'],
      materials: [{ name: '居民身份证', form: '原件和复印件', copies: 1 }],
      steps: [{ name: '申请', description: '向街道提出书面申请。' }],
      statutoryDays: 30,
      promisedDays: 20,
      fee: '不收费',
      place: '云川市柳塘区兴民路 18 号',
      hours: '工作日 9:00—17:00',
      phone: '0599-8800 1231',
      complaintPhone: '0599-8800 1299',
      publishDate: '2026-03-02 09:00',
    });
  });

  test('accepts the optional fields, a single condition written as text, and 0 days for 即办', () => {
    const data = parsedOf(
      GuideSchema,
      yamlOf(validGuide, {
        conditions: '男女双方完全自愿结婚。',
        statutoryDays: '0',
        promisedDays: '0',
        department: '云川市柳塘区民政局',
        onlineUrl: 'https://zwfw.example.gov.cn/dibao',
        faq: `
  - q: 可以代办吗？
    a: 不可以。`,
        updateDate: '2026-05-01',
        indexNo: '013999999/2026-00201',
      }),
    );
    expect(data.conditions).toEqual(['男女双方完全自愿结婚。']);
    expect([data.statutoryDays, data.promisedDays]).toEqual([0, 0]);
    expect(data.faq).toEqual([{ q: '可以代办吗？', a: '不可以。' }]);
    expect(data.department).toBe('云川市柳塘区民政局');
  });
});

describe('guide fields', () => {
  test('the title is required', () => {
    expect(check({ title: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: title（标题）: 缺少此项；应填写事项名称，例如 最低生活保障申请。",
      ]
    `);
  });

  test('the item code uses letters, digits, dots, dashes and underscores', () => {
    expect(check({ itemCode: 'MZ GF 001' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:2: itemCode（事项编码）: 事项编码“MZ GF 001”格式不对；只能包含字母、数字、点、横线和下划线，例如 MZ-GF-001，并与权责清单中该事项的编码一致。",
      ]
    `);
  });

  test('the topic is required', () => {
    expect(check({ topic: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: topic（主题分类）: 缺少此项；应填写办事指南主题的网址名（content/site.yaml 中 guideTopics 的 slug），例如 shjz。",
      ]
    `);
  });

  test('at least one legal basis, each naming its law', () => {
    expect(check({ basis: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: basis（设定依据）: 缺少此项；应填写设定依据（一项或多项）。",
      ]
    `);
    expect(check({ basis: '[]' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: basis（设定依据）: 列表为空；至少应填写一项设定依据。",
      ]
    `);
    expect(check({ basis: '\n  - article: 第九条' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:5: basis[1].law（法律法规名称）: 缺少此项；应填写法律法规名称，例如 中华人民共和国城市居民委员会组织法。",
      ]
    `);
  });

  test('at least one condition', () => {
    expect(check({ conditions: '[]' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: conditions（受理条件）: 列表为空；至少应填写一项受理条件。",
      ]
    `);
  });

  test('at least one material', () => {
    expect(check({ materials: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: materials（申请材料）: 缺少此项；应填写申请材料（一项或多项）。",
      ]
    `);
  });

  test('a material is an original, a copy, or both', () => {
    expect(check({ materials: '\n  - name: 居民身份证\n    form: 扫描件' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:11: materials[1].form（原件或复印件）: “扫描件”不是可用的材料形式；可选：原件、复印件、原件和复印件。",
      ]
    `);
    expect(check({ materials: '\n  - name: 居民身份证' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:10: materials[1].form（原件或复印件）: 缺少此项；应填写材料形式，可选：原件、复印件、原件和复印件。",
      ]
    `);
  });

  test('the number of copies is a positive whole number', () => {
    expect(check({ materials: '\n  - name: 居民身份证\n    form: 原件\n    copies: 0' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:12: materials[1].copies（份数）: 不能是数字 0；应填写份数（从 1 开始的正整数）。",
      ]
    `);
    expect(check({ materials: '\n  - name: 居民身份证\n    form: 原件\n    copies: 两份' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:12: materials[1].copies（份数）: 不能是“两份”；应填写份数（正整数）。",
      ]
    `);
  });

  test('a misspelt material field is named, with the field meant', () => {
    expect(check({ materials: '\n  - name: 居民身份证\n    form: 原件\n    copys: 2' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:12: materials[1].copys: 未知字段“copys”。是否想写 copies（份数）？可用字段：name、form、copies、notes。",
      ]
    `);
  });

  test('every step has a name and a description', () => {
    expect(check({ steps: '\n  - name: 申请' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:13: steps[1].description（环节说明）: 缺少此项；应填写环节说明，例如 街道社会救助服务窗口当场审查申请材料。",
      ]
    `);
  });

  test('time limits are whole numbers of working days, not text', () => {
    expect(check({ statutoryDays: '20个工作日' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:15: statutoryDays（法定办结时限）: 不能是“20个工作日”；应填写法定办结时限（工作日天数，只写数字，0 表示即办）。",
      ]
    `);
    expect(check({ statutoryDays: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: statutoryDays（法定办结时限）: 缺少此项；应填写法定办结时限（工作日天数，只写数字，0 表示即办）。",
      ]
    `);
    expect(check({ promisedDays: '-1' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:16: promisedDays（承诺办结时限）: 不能是数字 -1；应填写承诺办结时限（工作日天数，只写数字，0 表示即办）。",
      ]
    `);
    expect(check({ promisedDays: '2.5' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:16: promisedDays（承诺办结时限）: 不能是数字 2.5；应填写承诺办结时限（工作日天数，只写数字，0 表示即办）。",
      ]
    `);
  });

  test('the promised time limit is not longer than the statutory one', () => {
    expect(check({ statutoryDays: '20', promisedDays: '30' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:16: promisedDays（承诺办结时限）: 承诺办结时限 30 个工作日长于法定办结时限 20 个工作日；承诺时限不能超过法定时限，请核对两个数字。",
      ]
    `);
  });

  test('the fee is stated, even when there is none', () => {
    expect(check({ fee: '' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:17: fee（收费依据及标准）: 此项为空；应填写收费依据及标准，例如 不收费。",
      ]
    `);
  });

  test('the place, hours and phone numbers are required', () => {
    expect(check({ place: undefined, hours: undefined, complaintPhone: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: place（办理地点）: 缺少此项；应填写办理地点，例如 云川市柳塘区兴民路 18 号区民政局一楼 3 号窗口。",
        "content/test.yaml:1: hours（办理时间）: 缺少此项；应填写办理时间，例如 工作日 上午 9:00—12:00，下午 13:30—17:00。",
        "content/test.yaml:1: complaintPhone（监督投诉电话）: 缺少此项；应填写监督投诉电话，例如 0599-8800 1201。",
      ]
    `);
  });

  test('a phone number contains a number', () => {
    expect(check({ phone: '见办事窗口公示' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:20: phone（电话）: “见办事窗口公示”里没有电话号码；应填写咨询电话，例如 0599-8800 1201。",
      ]
    `);
  });

  test('the online address is https', () => {
    expect(check({ onlineUrl: 'http://zwfw.example.gov.cn/dibao' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:23: onlineUrl（网上办理网址）: 网址“http://zwfw.example.gov.cn/dibao”格式不对；应以 https:// 开头且不含空格，例如 https://zwfw.example.gov.cn/。",
      ]
    `);
  });

  test('every question has an answer', () => {
    expect(check({ faq: '\n  - q: 可以代办吗？' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:24: faq[1].a（解答）: 缺少此项；应填写解答。",
      ]
    `);
  });

  test('dates are real days, and the update is not before publication', () => {
    expect(check({ publishDate: '2026-02-30' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:22: publishDate（发布日期）: 日期“2026-02-30”不存在：2026 年 2 月没有 30 日（该月只有 28 天）；应填写真实存在的日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM，例如 2024-03-05 或 2024-03-05 09:30。",
      ]
    `);
    expect(check({ updateDate: '2026-03-01' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:23: updateDate（更新时间）: 更新时间 2026-03-01 早于发布日期 2026-03-02 09:00；更新时间不能早于发布日期。",
      ]
    `);
  });

  test('a misspelt field name is an error that suggests the field meant', () => {
    expect(check({ onlineURL: 'https://zwfw.example.gov.cn/dibao' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:23: onlineURL: 未知字段“onlineURL”。是否想写 onlineUrl（网上办理网址）？可用字段：title、itemCode、topic、department、basis、conditions、materials、steps、statutoryDays、promisedDays、fee、place、hours、phone、complaintPhone、onlineUrl、faq、publishDate、updateDate、indexNo。",
      ]
    `);
  });
});
