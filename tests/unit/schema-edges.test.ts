/**
 * Edges of the schemas (src/schemas/): rules across fields at their boundaries (the same day is
 * allowed), what a refusal is to a caller of safeParse (a custom issue on the field to change),
 * how a wrong value is described back to the editor, and unknown field names.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parseSource } from '../../src/lib/content/read.ts';
import { formatOf } from '../../src/lib/documents/attachments.ts';
import { AnnualReportSchema } from '../../src/schemas/annualReport.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { AttachmentSchema, extensionOf } from '../../src/schemas/attachment.ts';
import { BulletinSchema } from '../../src/schemas/bulletin.ts';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';
import {
  describeValue,
  expecting,
  strictObject,
  text,
  typeMessage,
  unknownKeyMessage,
} from '../../src/schemas/fields.ts';
import { GuideSchema } from '../../src/schemas/guide.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { PopularNamesSchema } from '../../src/schemas/popularNames.ts';
import { QuestionFramesSchema } from '../../src/schemas/questionFrames.ts';
import { RegulationSchema } from '../../src/schemas/regulation.ts';
import { SearchVocabularySchema } from '../../src/schemas/searchVocabulary.ts';
import { SynonymsSchema } from '../../src/schemas/synonyms.ts';
import { problemsOf, validPolicy, yamlOf } from '../helpers/content.ts';

/** What a caller of `safeParse` gets for raw YAML: each issue's code, field path and message. */
function issuesOf(schema: z.ZodType, yaml: string): string[] {
  const source = parseSource(yaml, 'content/test.yaml', true);
  const result = schema.safeParse(source.data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}: ${issue.message}`);
}

const policy = (overrides: Record<string, string | undefined>) =>
  issuesOf(PolicySchema, yamlOf(validPolicy, overrides));

describe('policies: dates and validity', () => {
  test('a 有效期至 before the 施行日期 is refused; a policy in force for one day is not', () => {
    expect(policy({ effectiveDate: '2024-04-01', expiryDate: '2024-03-31' })).toMatchInlineSnapshot(`
      [
        "custom expiryDate: 有效期至 2024-03-31 早于施行日期 2024-04-01；有效期至不能早于施行日期。",
      ]
    `);
    expect(policy({ effectiveDate: '2024-04-01', expiryDate: '2024-04-01' })).toEqual([]);
    expect(policy({ effectiveDate: '2024-04-01', expiryDate: '2025-03-31' })).toEqual([]);
    // Either date alone is not compared.
    expect(policy({ expiryDate: '2024-03-02' })).toEqual([]);
  });

  test('a 施行日期 before the 成文日期 is refused; taking effect on the day it was written is not', () => {
    expect(policy({ effectiveDate: '2024-02-29' })).toMatchInlineSnapshot(`
      [
        "custom effectiveDate: 施行日期 2024-02-29 早于成文日期 2024-03-01；施行日期不能早于成文日期。",
      ]
    `);
    expect(policy({ effectiveDate: '2024-03-01' })).toEqual([]);
  });

  test('a policy declared 废止 needs its date and its replacement; published before written is refused', () => {
    expect(policy({ validity: '废止' })).toMatchInlineSnapshot(`
      [
        "custom validityDate: 有效性为“废止”时必须填写变更日期；应填写 validityDate，例如 2024-03-05。",
        "custom replacedBy: 有效性为“废止”时必须指明替代它的文件；应填写 replacedBy（替代文件的文件名，不含 .md）。",
      ]
    `);
    expect(policy({ publishDate: '2024-02-28 17:00' })).toMatchInlineSnapshot(`
      [
        "custom publishDate: 发布日期 2024-02-28 17:00 早于成文日期 2024-03-01；发布日期不能早于成文日期。",
      ]
    `);
  });

  test('a policy published on the day it was written is fine', () => {
    expect(policy({ writtenDate: '2024-03-01', publishDate: '2024-03-01 17:30' })).toEqual([]);
    expect(policy({ writtenDate: '2024-03-01', publishDate: '2024-03-01' })).toEqual([]);
  });
});

describe('other documents: the later date may equal the earlier one', () => {
  test('an article updated before it was published is refused', () => {
    const article = (updateDate: string) =>
      issuesOf(ArticleSchema, yamlOf({ title: '动态', column: 'gzdt', publishDate: '2026-03-12 10:00', updateDate }));
    expect(article('2026-03-11 18:00')).toMatchInlineSnapshot(`
      [
        "custom updateDate: 更新时间 2026-03-11 18:00 早于发布时间 2026-03-12 10:00；更新时间不能早于发布时间。",
      ]
    `);
    expect(article('2026-03-12 10:00')).toEqual([]);
  });

  test('a guide updated on the day it was published is fine; one updated earlier, or promising more days than the law, is not', () => {
    const guide = (overrides: Record<string, string>) =>
      issuesOf(
        GuideSchema,
        yamlOf(
          {
            title: '最低生活保障申请',
            topic: 'shjz',
            basis: '\n  - law: 社会救助暂行办法\n    article: 第九条',
            conditions: '\n  - 具有本区户籍。',
            materials: '\n  - name: 居民身份证\n    form: 原件和复印件',
            steps: '\n  - name: 申请\n    description: 向街道提出书面申请。',
            statutoryDays: '30',
            promisedDays: '20',
            fee: '不收费',
            place: '云川市柳塘区兴民路 18 号',
            hours: '工作日 9:00—17:00',
            phone: '0599-8800 1231',
            complaintPhone: '0599-8800 1299',
            publishDate: '2026-03-02',
          },
          overrides,
        ),
      );
    expect(guide({ updateDate: '2026-03-02' })).toEqual([]);
    expect(guide({ updateDate: '2026-03-01', promisedDays: '31' })).toMatchInlineSnapshot(`
      [
        "custom promisedDays: 承诺办结时限 31 个工作日长于法定办结时限 30 个工作日；承诺时限不能超过法定时限，请核对两个数字。",
        "custom updateDate: 更新时间 2026-03-01 早于发布日期 2026-03-02；更新时间不能早于发布日期。",
      ]
    `);
  });

  test('a bulletin dated outside its year is refused', () => {
    expect(
      issuesOf(
        BulletinSchema,
        yamlOf({
          series: '测试工作简报',
          title: '简报',
          year: '2025',
          issue: '1',
          date: '2024-12-31',
          editingUnit: '办公室',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom date: 日期 2024-12-31 不在 2025 年；简报日期应与年份（year）一致。",
      ]
    `);
  });

  test('a law taking effect on the day it is published, and two events on one day of its history, are fine', () => {
    const regulation = (extra: string) =>
      issuesOf(RegulationSchema, `title: 测试市社区工作条例\nlevel: 地方性法规\npublishDate: 2025-06-30\n${extra}`);
    expect(
      regulation(
        'effectiveDate: 2025-06-30\nhistory:\n  - { date: 2025-06-30, event: 通过 }\n  - { date: 2025-06-30, event: 公布 }',
      ),
    ).toEqual([]);
    expect(
      regulation(
        'effectiveDate: 2025-06-29\nhistory:\n  - { date: 2025-06-30, event: 公布 }\n  - { date: 2025-06-01, event: 通过 }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom effectiveDate: 施行日期 2025-06-29 早于公布日期 2025-06-30；施行日期不能早于公布日期，请核对两个日期。",
        "custom history.1.date: 沿革日期 2025-06-01 早于上一条的 2025-06-30；沿革应按时间从早到晚排列。",
      ]
    `);
    expect(regulation('status: 废止')).toMatchInlineSnapshot(`
      [
        "custom statusDate: 时效性为“废止”时必须填写废止日期；应填写 statusDate，例如 2024-03-05。",
      ]
    `);
    expect(regulation('statusDate: 2026-01-01')).toMatchInlineSnapshot(`
      [
        "custom status: 填写了时效性变更日期 2026-01-01，但没有填写时效性；应同时填写 status（例如 废止），或删除 statusDate。",
      ]
    `);
  });
});

describe('checklists', () => {
  const checklist = (kind: string, items: string) =>
    issuesOf(
      ChecklistSchema,
      `title: 清单\nkind: ${kind}\nissuers: 测试区民政局\neffectiveDate: 2025-01-01\npublishDate: 2024-12-20\nitems:\n${items}`,
    );

  test('every item of a 权责清单 needs a basis and a power type; codes are unique', () => {
    expect(
      checklist(
        '权责清单',
        '  - { code: QZ-01, name: 甲, powerType: 行政确认, basis: [{ law: 社会救助暂行办法 }] }\n  - { code: QZ-01, name: 乙 }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom items.1.code: 事项编码“QZ-01”与第 1 项重复；同一清单中的编码必须唯一。",
        "custom items.1.basis: “权责清单”中的每个事项都必须有设定依据；应填写 basis，列出法律法规名称（law）和条款（article）。",
        "custom items.1.powerType: 权责清单中的每个事项都必须填写权力类型；可选：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务。",
      ]
    `);
  });

  test('an item of 协助政府工作事项 names its department', () => {
    expect(checklist('协助政府工作事项', '  - { code: XZ-01, name: 甲, basis: [{ law: 社会救助暂行办法 }] }'))
      .toMatchInlineSnapshot(`
        [
          "custom items.0.department: 协助政府工作事项必须写明主管部门；应填写 department，例如 区民政局。",
        ]
      `);
  });

  test('items written as one line of text are not reported as missing, and the message is Chinese', () => {
    const [issue, ...rest] = issuesOf(
      ChecklistSchema,
      'title: 清单\nkind: 权责清单\nissuers: 测试区民政局\neffectiveDate: 2025-01-01\npublishDate: 2024-12-20\nitems: 协助开展低保入户调查',
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchInlineSnapshot(
      `"invalid_type items: 不能是“协助开展低保入户调查”；应填写清单的事项（列表）。"`,
    );
  });
});

describe('search language files: duplicates are custom issues at the second entry', () => {
  test('popular names, question frames and vocabulary entries', () => {
    expect(
      issuesOf(
        PopularNamesSchema,
        'names:\n  - { name: 高龄补贴, law: 某办法, article: 第三条, about: 甲 }\n  - { name: 高龄补贴, law: 某办法, article: 第四条, about: 乙 }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom names.1.name: 俗称“高龄补贴”写了两次。",
      ]
    `);
    expect(
      issuesOf(
        QuestionFramesSchema,
        'frames:\n  - { text: 谁管, section: 办理机构 }\n  - { text: 谁管, section: none }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom frames.1.text: 问法“谁管”写了两次。",
      ]
    `);
    expect(
      issuesOf(
        SearchVocabularySchema,
        'fields: [社会救助]\nentries:\n  - { everyday: 看病, legal: [医疗], field: 医疗卫生 }\n  - { everyday: 看病, legal: [医疗], query: 住院能报销吗 }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom entries.0.field: 领域“医疗卫生”不在 fields 中；可选：社会救助。",
        "custom entries.1.everyday: “看病”与第 1 条的对照完全相同；请删除其中一条。",
        "custom entries.1.query: 测试问句应包含日常说法“看病”。",
      ]
    `);
  });
});

describe('search vocabulary: what counts as the same pair', () => {
  test('the same legal terms in another order are a duplicate; other terms for the same word are not', () => {
    // 医疗救助 is one term, not 医疗 and 救助 run together.
    expect(
      issuesOf(
        SearchVocabularySchema,
        'entries:\n  - { everyday: 看病, legal: [医疗, 救助] }\n  - { everyday: 看病, legal: [救助, 医疗] }\n  - { everyday: 看病, legal: [医疗救助] }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom entries.1.everyday: “看病”与第 1 条的对照完全相同；请删除其中一条。",
      ]
    `);
  });
});

describe('synonyms', () => {
  const synonyms = (yaml: string) => problemsOf(SynonymsSchema, yaml, 'content/synonyms.yaml');

  test('a word in two groups is named at its second group; a word repeated inside one group is not', () => {
    const yaml =
      'groups:\n  - [最低生活保障, 低保]\n  - [临时救助, 急难救助]\n  - [低保, 低保金]\n  - [低保户, 低保户]';
    expect(issuesOf(SynonymsSchema, yaml)).toMatchInlineSnapshot(`
      [
        "custom groups.2.0: “低保”已在第 1 组中；一个词只能属于一组，请合并这两组。",
      ]
    `);
    expect(synonyms(yaml)).toMatchInlineSnapshot(`
      [
        "content/synonyms.yaml:4: groups[3][1]（同义词组）: “低保”已在第 1 组中；一个词只能属于一组，请合并这两组。",
      ]
    `);
  });

  test('the file has one field, groups', () => {
    expect(synonyms('groups:\n  - [最低生活保障, 低保]\nwords: [低保]')).toMatchInlineSnapshot(`
      [
        "content/synonyms.yaml:3: words: 同义词表只有一个字段 groups（同义词组的列表）。",
      ]
    `);
    expect(issuesOf(SynonymsSchema, 'groups:\n  - [最低生活保障, 低保]\nwords: [低保]')).toMatchInlineSnapshot(`
      [
        "unrecognized_keys : 同义词表只有一个字段 groups（同义词组的列表）。",
      ]
    `);
  });
});

describe('the annual report', () => {
  test('a title without its year, an early date and a wrong sum are custom issues on their fields', () => {
    const fixture = readFileSync(
      new URL('../fixtures/valid-site/content/annual-reports/2025.yaml', import.meta.url),
      'utf8',
    );
    expect(issuesOf(AnnualReportSchema, fixture)).toEqual([]);
    expect(
      issuesOf(
        AnnualReportSchema,
        fixture
          .replace('title: 测试区民政局2025年', 'title: 测试区民政局')
          .replace('publishDate: 2026-01-20', 'publishDate: 2025-12-31')
          .replace('pending: 1, total: 2 }', 'pending: 1, total: 3 }'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom title: 标题中没有“2025年”；报告年度是 2025，标题应写明年度，例如 某某局2025年政府信息公开工作年度报告。",
        "custom publishDate: 发布日期 2025-12-31 10:00 在报告年度 2025 结束之前；2025 年度的报告应在 2026 年发布（每年 1 月 31 日前）。",
        "custom reviewAndLitigation.review.total: 表4“行政复议”下的“总计”：填写 3，但各项结果之和为 2（结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 1）；应为 2。",
      ]
    `);
  });
});

describe('dates and 文号 as fields', () => {
  test('an empty date, an impossible date and a bad 文号 are custom issues that say what to write', () => {
    expect(
      issuesOf(
        ChecklistSchema,
        "title: 清单\nkind: 居委会依法履职事项\nissuers: 测试区民政局\neffectiveDate: ''\npublishDate: 2024-12-20\ndocNumber: 测民发2024年1号\nitems:\n  - { code: A-1, name: 甲 }",
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom effectiveDate: 此项为空；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
        "custom docNumber: “测民发2024年1号”不是文号格式；应为“机关代字〔年份〕序号号”，例如 国办发〔2017〕47号。",
      ]
    `);
    expect(
      issuesOf(
        ChecklistSchema,
        "title: 清单\nkind: 居委会依法履职事项\nissuers: 测试区民政局\neffectiveDate: 2024-02-30\npublishDate: ''\nitems:\n  - { code: A-1, name: 甲 }",
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom effectiveDate: 日期“2024-02-30”不存在：2024 年 2 月没有 30 日（该月只有 29 天）；应填写真实存在的日期，格式 YYYY-MM-DD，例如 2024-03-05。",
        "custom publishDate: 此项为空；应填写真实存在的日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM，例如 2024-03-05 或 2024-03-05 09:30。",
      ]
    `);
    expect(
      issuesOf(
        ChecklistSchema,
        'title: 清单\nkind: 居委会依法履职事项\nissuers: 测试区民政局\neffectiveDate: 2024-12-20\npublishDate: 2024-12-20 25:00\nitems:\n  - { code: A-1, name: 甲 }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "custom publishDate: 时间“25:00”不存在；应填写真实存在的日期，格式 YYYY-MM-DD 或 YYYY-MM-DD HH:MM，例如 2024-03-05 或 2024-03-05 09:30。",
      ]
    `);
  });

  test('an empty value is "empty", not a wrong value', () => {
    expect(typeMessage('', '栏目标题')).toMatchInlineSnapshot(`"此项为空；应填写栏目标题。"`);
    expect(typeMessage(null, '栏目标题')).toMatchInlineSnapshot(`"此项为空；应填写栏目标题。"`);
    expect(typeMessage(undefined, '栏目标题')).toMatchInlineSnapshot(`"缺少此项；应填写栏目标题。"`);
  });
});

describe('how a wrong value is described', () => {
  test('each kind of value the editor may have typed', () => {
    expect([null, new Date('2024-03-05T00:00:00Z'), ['甲', '乙'], 12, true, { a: 1 }, undefined].map(describeValue))
      .toMatchInlineSnapshot(`
      [
        "空值",
        "日期",
        "列表",
        "数字 12",
        "是/否值 true",
        "一组字段",
        "undefined",
      ]
    `);
  });

  test('text is quoted whole up to 40 characters, and cut after 40', () => {
    const forty = '关于进一步做好城乡最低生活保障工作的通知关于进一步做好城乡最低生活保障工作的通知';
    expect(forty).toHaveLength(40);
    expect(describeValue(forty)).toBe(`“${forty}”`);
    expect(describeValue(`${forty}。`)).toBe(`“${forty}…”`);
  });

  test('a value of the wrong kind in a list of choices', () => {
    expect(
      issuesOf(
        ChecklistSchema,
        'title: 清单\nkind: true\nissuers: 测试区民政局\neffectiveDate: 2025-01-01\npublishDate: 2024-12-20\nitems:\n  - { code: A-1, name: 甲 }',
      ),
    ).toMatchInlineSnapshot(`
      [
        "invalid_value kind: 是/否值 true不是可用的清单类型；可选：权责清单、居委会依法履职事项、协助政府工作事项。",
      ]
    `);
  });

  test('expecting() words missing and mistyped values only, and leaves other rules to their own message', () => {
    const message = expecting('年份');
    expect(message({ code: 'invalid_type', input: '二〇二五' })).toMatchInlineSnapshot(
      `"不能是“二〇二五”；应填写年份。"`,
    );
    expect(message({ code: 'too_small', input: 0 })).toBeUndefined();
  });

  test('a rule added to a strict object without its own message is not reported as a wrong type', () => {
    const schema = strictObject({ name: text('名称') }, '名称（name）').refine((value) => value.name !== '测试');
    const [issue] = schema.safeParse({ name: '测试' }).error?.issues ?? [];
    expect(issue?.code).toBe('custom');
    expect(issue?.message).not.toContain('应填写名称（name）');
  });
});

describe('unknown field names', () => {
  test('two unknown names in one object are two problems, each on its own line', () => {
    expect(
      problemsOf(
        BulletinSchema,
        yamlOf({
          series: '测试工作简报',
          title: '简报',
          year: '2025',
          issue: '1',
          date: '2025-01-15',
          editingUnit: '办公室',
          tite: '第二个标题',
          reviewer: '张三',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/test.yaml:7: tite: 未知字段“tite”。是否想写 title（标题）？可用字段：series、title、year、issue、totalIssue、supplement、date、editingUnit、editor、reportTo、copyTo、distributeTo。",
        "content/test.yaml:8: reviewer: 未知字段“reviewer”。可用字段：series、title、year、issue、totalIssue、supplement、date、editingUnit、editor、reportTo、copyTo、distributeTo。",
      ]
    `);
  });

  test('the nearest known name is suggested: the closer one wins, and a tie goes to the one listed first', () => {
    const guideFields = Object.keys(GuideSchema.shape);
    expect(unknownKeyMessage('fa', guideFields)).toContain('是否想写 faq');
    expect(unknownKeyMessage('tle', guideFields)).toContain('是否想写 title');
    expect(unknownKeyMessage('tite', Object.keys(BulletinSchema.shape))).toContain('是否想写 title');
  });
});

describe('attachments', () => {
  test('a file without an extension has no format to show', () => {
    expect(extensionOf('files/2024/申请表')).toBe('');
    expect(formatOf('files/2024/申请表')).toBe('');
    expect(formatOf('files/2024/申请表.Docx')).toBe('DOCX');
  });

  test('the format is that of the last extension: 申请表.pdf.exe is a program, and is refused', () => {
    expect(extensionOf('files/2024/申请表.pdf.exe')).toBe('exe');
    expect(issuesOf(AttachmentSchema, 'title: 附件1：申请表\nfile: files/2024/申请表.pdf.exe')).toMatchInlineSnapshot(`
      [
        "custom file: 附件“files/2024/申请表.pdf.exe”的格式不在允许范围内；只能上传 PDF、OFD、DOC、DOCX、XLS、XLSX、WPS、ET 文件。",
      ]
    `);
  });

  test('the path is under public/ without leading slashes, however many were typed', () => {
    const fileOf = (file: string) => AttachmentSchema.parse({ title: '附件1：申请表', file }).file;
    expect(fileOf('/files/2024/申请表.pdf')).toBe('files/2024/申请表.pdf');
    expect(fileOf('//files/2024/申请表.pdf')).toBe('files/2024/申请表.pdf');
  });
});
