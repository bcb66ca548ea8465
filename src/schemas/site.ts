import { z } from 'astro/zod';
import { list, positiveInt, strictObject, text, typeMessage } from './fields.ts';

/** A navigation column; `href` is a path on the site or a full URL. */
export type NavItem = { title: string; href: string; children?: NavItem[] | undefined };

const navItem: z.ZodType<NavItem> = z.lazy(() =>
  strictObject(
    {
      /** Label shown in the navigation. */
      title: text('栏目名称'),
      /** `/policies/` or `https://…`. */
      href: text('栏目链接，例如 /policies/').regex(/^(\/|https?:\/\/)/, {
        error: '链接应以 / 开头（本站页面）或以 https:// 开头（外部网站）。',
      }),
      /** Sub-columns. */
      children: list(navItem, '子栏目').optional(),
    },
    '栏目的名称（title）和链接（href）',
  ),
);

/**
 * The site configuration, `content/site.yaml`: who publishes the site and how it is identified.
 * The site name on every page comes only from here.
 */
export const SiteSchema = strictObject(
  {
    /** 网站名称 as registered. Example: `云川市柳塘区民政局`. */
    name: text('网站名称（与备案一致）'),
    /** 网站域名, the bare host. Example: `mzj.liutang.gov.cn`. */
    domain: text('网站域名，不含 https://，例如 mzj.example.gov.cn').regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
      error: (issue) =>
        `域名“${String(issue.input)}”格式不对；应只写主机名，不含 https:// 和路径，例如 mzj.example.gov.cn。`,
    }),
    /** 政府网站标识码: 6-digit area code + 4 digits, or `bm` + 8 digits. Example: `3299000001`. */
    siteIdCode: text('政府网站标识码').regex(/^(\d{10}|bm\d{8})$/, {
      error: (issue) =>
        `标识码“${String(issue.input)}”格式不对；应为 10 位数字（6 位行政区划代码加 4 位序号），或 bm 加 8 位数字。`,
    }),
    /** 主办单位. */
    sponsor: text('主办单位全称'),
    /** Contact shown in the footer. */
    contact: strictObject(
      {
        address: text('地址'),
        postcode: text('邮政编码').regex(/^\d{6}$/, { error: '邮政编码应为 6 位数字。' }),
        phone: text('联系电话'),
      },
      '联系方式：地址（address）、邮编（postcode）、电话（phone）',
    ),
    /** ICP备案号. Example: `苏ICP备20260001号-1`. */
    icp: text('ICP备案号').regex(/^[\u4e00-\u9fa5]ICP备\d{8}号(-\d+)?$/, {
      error: (issue) =>
        `ICP备案号“${String(issue.input)}”格式不对；应为“省份简称ICP备8位数字号”，可带 -序号，例如 苏ICP备20260001号-1。`,
    }),
    /** 公安机关备案号. Example: `苏公网安备 32990002000001号`. */
    publicSecurity: text('公安机关备案号').regex(/^[\u4e00-\u9fa5]公网安备 ?\d{14}号$/, {
      error: (issue) =>
        `公安机关备案号“${String(issue.input)}”格式不对；应为“省份简称公网安备 14位数字号”，例如 苏公网安备 32990002000001号。`,
    }),
    /** Time zone for "today", 发布时间 and status by date. Default `Asia/Shanghai`. */
    timeZone: text('IANA 时区名，例如 Asia/Shanghai')
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { error: (issue) => `“${String(issue.input)}”不是有效的时区名；应填写 IANA 时区名，例如 Asia/Shanghai。` },
      )
      .default('Asia/Shanghai'),
    /** The default publishing body (发布机构) for pages that do not name one. */
    publisher: text('默认发布机构全称'),
    /** Form of 索引号 used by this department (see `src/lib/indexNo.ts`). */
    indexNo: strictObject(
      {
        pattern: text('索引号模板，例如 {org}/{year}-{seq}').refine((p) => p.includes('{seq}'), {
          error: '索引号模板必须包含 {seq}（顺序号）。',
        }),
        org: text('机构代码'),
        seqDigits: positiveInt('顺序号位数').max(9, { error: '顺序号位数最多 9 位。' }),
      },
      '索引号格式：模板（pattern）、机构代码（org）、顺序号位数（seqDigits）',
    ),
    /** 主题分类 tree: first level → second level names. */
    topics: z.record(
      z.string(),
      z.array(text('二级主题名称')).min(1, { error: '每个一级主题至少要有一个二级主题。' }),
      {
        error: (issue) =>
          issue.code === 'invalid_type'
            ? typeMessage(issue.input, '主题分类表，形如“一级主题: [二级主题, …]”')
            : undefined,
      },
    ),
    /** Navigation columns. */
    navigation: list(navItem, '导航栏目'),
    /** Bulletin series this site publishes. */
    bulletinSeries: list(
      strictObject(
        {
          name: text('简报名称'),
          slug: text('网址名').regex(/^[a-z0-9-]+$/, { error: '网址名只能包含小写字母、数字和横线，例如 gzjb。' }),
          description: text('简报说明').optional(),
        },
        '简报系列：名称（name）和网址名（slug）',
      ),
      '简报系列',
    ).min(1, { error: '至少要配置一个简报系列。' }),
  },
  '网站配置的字段',
);

export type SiteConfig = z.output<typeof SiteSchema>;
