import { z } from 'astro/zod';
import { list, oneOf, strictObject, text } from './fields.ts';
import { schemaText } from '../i18n/schemas.ts';

const m = schemaText.column;

/** 栏目类别 (ColumnType meta tag values, 政府网站发展指引 2017). */
export const columnTypeValues = [
  '首页',
  '概况信息',
  '机构职能',
  '负责人信息',
  '工作动态',
  '政策文件',
  '信息公开指南',
  '信息公开目录',
  '信息公开年报',
  '依法申请公开',
  '数据发布',
  '政策解读',
  '回应关切',
  '办事服务',
  '咨询投诉',
  '征集调查',
  '在线访谈',
  '专题专栏',
  '其他',
] as const;

/**
 * How often inspections expect a column to be updated: `news` (工作动态 kind: every 2 weeks by
 * default), `notice` (通知公告、政策文件 kind: every 6 months). Thresholds: `inspection` in site.yaml.
 */
export const freshnessValues = ['news', 'notice'] as const;

export type Column = {
  slug: string;
  title: string;
  type: (typeof columnTypeValues)[number];
  description: string;
  keywords: string[];
  href?: string | undefined;
  nav: boolean;
  display: 'list' | 'single';
  freshness?: (typeof freshnessValues)[number] | undefined;
  children?: Column[] | undefined;
};

/**
 * A column (栏目) of the site. A column either lists the articles whose `column` is its slug
 * (at `/columns/<slug>/`), or is served by one of the built-in pages named by `href`
 * (`/policies/`, `/guides/shjz/` …). Columns nest; the breadcrumb follows the nesting.
 */
export const ColumnSchema: z.ZodType<Column, unknown> = z.lazy(() =>
  strictObject(
    {
      /** Identifier and URL segment: lowercase letters, digits and dashes, unique. Example: `gzdt`. */
      slug: text('栏目网址名，例如 gzdt').regex(/^[a-z0-9-]+$/, {
        error: m.badSlug,
      }),
      /** 栏目名称. Example: `工作动态`. */
      title: text('栏目名称'),
      /** 栏目类别 (ColumnType meta tag). */
      type: oneOf(columnTypeValues, '栏目类别'),
      /** 栏目描述 (ColumnDescription meta tag). */
      description: text('栏目描述'),
      /** 栏目关键词 (ColumnKeywords meta tag). */
      keywords: list(text('关键词'), '栏目关键词').min(1, { error: m.noKeywords }),
      /** A built-in page that serves this column (`/policies/`), or an external `https://` link. */
      href: text('栏目链接，例如 /policies/')
        .regex(/^(\/|https:\/\/)/, { error: m.badHref })
        .optional(),
      /** Show in the top navigation bar; default false (every column is on the home page's column list). */
      nav: z.boolean({ error: m.notBoolean }).default(false),
      /** `list` (default): the column page lists its articles; `single`: it shows its one article. */
      display: oneOf(['list', 'single'] as const, '栏目显示方式').default('list'),
      /** Update frequency expected by inspections; omitted: not checked. */
      freshness: oneOf(freshnessValues, '更新频率类别').optional(),
      /** Sub-columns. */
      children: list(ColumnSchema, '子栏目').optional(),
    },
    '栏目的字段：slug、title、type、description、keywords',
  ),
);
