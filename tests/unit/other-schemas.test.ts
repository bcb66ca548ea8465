import { describe, expect, test } from 'vitest';
import { InterpretationSchema } from '../../src/schemas/interpretation.ts';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';
import { BulletinSchema } from '../../src/schemas/bulletin.ts';
import { parsedOf, problemsOf, yamlOf } from '../helpers/content.ts';

describe('interpretations', () => {
  const valid = {
    title: '《关于调整城乡最低生活保障标准的通知》解读',
    interprets: '2024/dibao-biaozhun',
    author: '区民政局社会救助科',
    publishDate: '2024-03-06',
  };
  const check = (overrides: Record<string, string | undefined>) =>
    problemsOf(InterpretationSchema, yamlOf(valid, overrides));

  test('a valid interpretation defaults to the 文字 form; a reference may keep its .md', () => {
    expect(parsedOf(InterpretationSchema, yamlOf(valid, { interprets: '2024/dibao-biaozhun.md' }))).toEqual({
      ...valid,
      interprets: '2024/dibao-biaozhun',
      form: '文字',
    });
  });

  test('the interpreted policy is required', () => {
    expect(check({ interprets: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: interprets（所解读的政策）: 缺少此项；应填写所解读的政策的文件名（不含扩展名），例如 2024/dibao-biaozhun。",
      ]
    `);
  });

  test('the form comes from a fixed list', () => {
    expect(check({ form: '视频' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:5: form（解读形式）: “视频”不是可用的解读形式；可选：文字、图解、音视频、新闻发布会、负责人解读。",
      ]
    `);
  });
});

describe('checklists', () => {
  const item = (lines: string) => `\n  - ${lines.trim().split('\n').join('\n    ')}`;
  const valid = {
    title: '柳塘区协助政府工作事项清单',
    kind: '协助政府工作事项',
    issuers: '[云川市柳塘区民政局]',
    effectiveDate: '2025-01-01',
    publishDate: '2024-12-20',
    items: item(`code: XZ-01
name: 协助开展低保入户调查
category: 社会救助
department: 区民政局
basis:
  - law: 社会救助暂行办法
    article: 第十一条`),
  };
  const check = (overrides: Record<string, string | undefined>) =>
    problemsOf(ChecklistSchema, yamlOf(valid, overrides));

  test('a valid list parses', () => {
    expect(check({})).toEqual([]);
  });

  test('the kind comes from a fixed list', () => {
    expect(check({ kind: '负面清单' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:2: kind（清单类型）: “负面清单”不是可用的清单类型；可选：权责清单、居委会依法履职事项、协助政府工作事项。",
      ]
    `);
  });

  test('a list needs items', () => {
    expect(check({ items: '[]' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:6: items（事项）: 清单没有任何事项；应至少列出一项。",
      ]
    `);
    expect(check({ items: undefined })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:1: items（事项）: 缺少此项；应列出清单的事项（至少一项）。",
      ]
    `);
  });

  test('item codes are anchors: letters, digits and dashes, unique in the list', () => {
    expect(check({ items: item('code: 协助 01\nname: 甲\ndepartment: 区民政局\nbasis: [{law: 某法}]') }))
      .toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: items[1].code（事项编码）: 事项编码只能包含字母、数字、点、横线和下划线，例如 LZ-01；它也是网页中该事项的锚点。",
      ]
    `);
    expect(
      check({
        items: `${item('code: XZ-01\nname: 甲\ndepartment: 区民政局\nbasis: [{law: 某法}]')}${item('code: XZ-01\nname: 乙\ndepartment: 区民政局\nbasis: [{law: 某法}]')}`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/test.yaml:11: items[2].code（事项编码）: 事项编码“XZ-01”与第 1 项重复；同一清单中的编码必须唯一。",
      ]
    `);
  });

  test('an assist item needs a legal basis and a responsible department', () => {
    expect(check({ items: item('code: XZ-01\nname: 协助开展入户调查') })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: items[1].basis（设定依据）: “协助政府工作事项”中的每个事项都必须有设定依据；应填写 basis，列出法律法规名称（law）和条款（article）。",
        "content/test.yaml:7: items[1].department（责任单位/实施主体）: 协助政府工作事项必须写明主管部门；应填写 department，例如 区民政局。",
      ]
    `);
  });

  test('a power-list item needs its 权力类型', () => {
    expect(
      check({
        kind: '权责清单',
        items: item('code: QL-01\nname: 社会团体成立登记\nbasis: [{law: 社会团体登记管理条例, article: 第九条}]'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: items[1].powerType（权力类型）: 权责清单中的每个事项都必须填写权力类型；可选：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务。",
      ]
    `);
    expect(
      check({
        kind: '权责清单',
        items: item('code: QL-01\nname: 社会团体成立登记\npowerType: 许可\nbasis: [{law: 社会团体登记管理条例}]'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/test.yaml:9: items[1].powerType（权力类型）: “许可”不是可用的权力类型；可选：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务。",
      ]
    `);
  });

  test('a self-governance item needs neither basis nor department', () => {
    expect(check({ kind: '居委会依法履职事项', items: item('code: LZ-01\nname: 召集居民会议') })).toEqual([]);
  });

  test('a legal basis names the law', () => {
    expect(check({ items: item('code: XZ-01\nname: 甲\ndepartment: 区民政局\nbasis: [{article: 第三条}]') }))
      .toMatchInlineSnapshot(`
      [
        "content/test.yaml:10: items[1].basis[1].law（法律法规名称）: 缺少此项；应填写法律法规名称，例如 中华人民共和国城市居民委员会组织法。",
      ]
    `);
  });
});

describe('bulletins', () => {
  const valid = {
    series: '柳塘民政工作简报',
    title: '全区低保年度复核工作全面完成',
    year: '2025',
    issue: '3',
    date: '2025-04-10',
    editingUnit: '柳塘区民政局办公室',
  };
  const check = (overrides: Record<string, string | undefined>) => problemsOf(BulletinSchema, yamlOf(valid, overrides));

  test('a valid issue is a regular (not supplement) issue by default', () => {
    expect(parsedOf(BulletinSchema, yamlOf(valid))).toMatchObject({ year: 2025, issue: 3, supplement: false });
  });

  test('issue numbers are positive whole numbers', () => {
    expect(check({ issue: '0' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: issue（期号）: 不能是数字 0；应填写期号（从 1 开始的正整数）。",
      ]
    `);
    expect(check({ issue: '2.5' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: issue（期号）: 不能是数字 2.5；应填写期号（正整数）。",
      ]
    `);
    expect(check({ issue: '第三期' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:4: issue（期号）: 不能是“第三期”；应填写期号（正整数）。",
      ]
    `);
  });

  test('the date lies in the issue year', () => {
    expect(check({ date: '2024-12-30' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:5: date（日期）: 日期 2024-12-30 不在 2025 年；简报日期应与年份（year）一致。",
      ]
    `);
  });

  test('supplement is true or false', () => {
    expect(check({ supplement: '是' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: supplement（增刊）: 填写有误；应填写 true（增刊）或 false（正刊）。",
      ]
    `);
  });

  test('recipients are lists of names', () => {
    expect(check({ reportTo: '区委' })).toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: reportTo（报）: 不能是“区委”；应填写报送单位（列表）。",
      ]
    `);
  });
});
