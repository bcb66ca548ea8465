import { z } from 'astro/zod';
import { expecting, list, oneOf, positiveInt, strictObject, text, typeMessage } from './fields.ts';
import { ColumnSchema } from './column.ts';
import { isPublicKey } from '../lib/publicKey.ts';
import { integrityText } from '../i18n/integrity.ts';
import { schemaText } from '../i18n/schemas.ts';

const m = schemaText.site;

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
      error: (issue) => m.badDomain(String(issue.input)),
    }),
    /** 政府网站标识码: 6-digit area code + 4 digits, or `bm` + 8 digits. Example: `3299000001`. */
    siteIdCode: text('政府网站标识码').regex(/^(\d{10}|bm\d{8})$/, {
      error: (issue) => m.badSiteIdCode(String(issue.input)),
    }),
    /** 主办单位. */
    sponsor: text('主办单位全称'),
    /** Contact shown in the footer. */
    contact: strictObject(
      {
        address: text('地址'),
        postcode: text('邮政编码').regex(/^\d{6}$/, { error: m.badPostcode }),
        phone: text('联系电话'),
      },
      '联系方式：地址（address）、邮编（postcode）、电话（phone）',
    ),
    /** ICP备案号. Example: `苏ICP备20260001号-1`. */
    icp: text('ICP备案号').regex(/^[\u4e00-\u9fa5]ICP备\d{8}号(-\d+)?$/, {
      error: (issue) => m.badIcp(String(issue.input)),
    }),
    /** 公安机关备案号. Example: `苏公网安备 32990002000001号`. */
    publicSecurity: text('公安机关备案号').regex(/^[\u4e00-\u9fa5]公网安备 ?\d{14}号$/, {
      error: (issue) => m.badPublicSecurity(String(issue.input)),
    }),
    /**
     * The registration number of the 党政机关网站标识 (issued by 中央机构编制委员会办公室 through
     * bszs.conac.cn; 32 hexadecimal characters, shown in the registration's address). The footer
     * shows the mark linked to the registration record. Optional: a site not yet registered has none.
     */
    conacId: text('党政机关网站标识的注册号（32 位字母数字）')
      .regex(/^[0-9A-Fa-f]{32}$/, { error: (issue) => m.badConacId(String(issue.input)) })
      .optional(),
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
        { error: (issue) => m.badTimeZone(String(issue.input)) },
      )
      .default('Asia/Shanghai'),
    /** The default publishing body (发布机构) for pages that do not name one. */
    publisher: text('默认发布机构全称'),
    /** Form of 索引号 used by this department (see `src/lib/indexNo.ts`). */
    indexNo: strictObject(
      {
        pattern: text('索引号模板，例如 {org}/{year}-{seq}').refine((p) => p.includes('{seq}'), {
          error: m.indexNoWithoutSeq,
        }),
        org: text('机构代码'),
        seqDigits: positiveInt('顺序号位数').max(9, { error: m.tooManySeqDigits }),
      },
      '索引号格式：模板（pattern）、机构代码（org）、顺序号位数（seqDigits）',
    ),
    /** 主题分类 tree: first level → second level names. */
    topics: z.record(z.string(), z.array(text('二级主题名称')).min(1, { error: m.topicWithoutSubtopics }), {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? typeMessage(issue.input, '主题分类表，形如“一级主题: [二级主题, …]”')
          : undefined,
    }),
    /** The column tree (栏目): navigation, breadcrumbs, column pages and their meta tags. */
    columns: list(ColumnSchema, '栏目').min(1, { error: m.noColumns }),
    /** 办事指南 topics (the 13 topics of a civil-affairs bureau); each guide names one by slug. */
    guideTopics: list(
      strictObject(
        {
          slug: text('网址名').regex(/^[a-z0-9-]+$/, { error: m.badGuideTopicSlug }),
          name: text('主题名称'),
        },
        '办事指南主题：网址名（slug）和名称（name）',
      ),
      '办事指南主题',
    ).default([]),
    /** 友情链接: title and https address (also the allowlist of external domains). */
    links: list(
      strictObject(
        {
          title: text('网站名称'),
          url: text('网址').regex(/^https:\/\/[^\s]+$/, { error: m.badLinkUrl }),
        },
        '友情链接：名称（title）和网址（url）',
      ),
      '友情链接',
    ).default([]),
    /**
     * Other websites that content may link to, besides the hosts of `links` and this site: a host
     * (`zwfw.example.gov.cn`), or with a leading dot a domain and all its subdomains (`.gov.cn`).
     * A link to any other domain fails the check (src/lib/guard/). Default: none.
     */
    allowedDomains: list(
      text(integrityText.site.domainExpected).regex(/^\.?(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, {
        error: (issue) => integrityText.site.badDomain(String(issue.input)),
      }),
      integrityText.site.domainsExpected,
    ).default([]),
    /**
     * Documents the content cites that are neither in the site's 法规库 nor national laws the
     * project knows by name (src/lib/regulations/nationalLaws.ts): normative documents of the
     * State Council and the ministries, named as published, without 《》. A citation of one shows
     * as its plain name, without a warning; a name that nobody declared is a warning. Default: none.
     */
    citedElsewhere: list(
      text('文件名称（不含书名号），例如 国务院关于加强困境儿童保障工作的意见'),
      '本站法规库以外引用的文件名称',
    ).default([]),
    /**
     * Ed25519 public key that verifies the signed integrity manifest of every build (one line of
     * base64, printed by `npm run keygen`). Published at /.well-known/gongkai-public-key.pem.
     * Optional: without it, builds write an unsigned manifest.
     */
    manifestPublicKey: text(integrityText.site.publicKeyExpected)
      .refine(isPublicKey, { error: integrityText.site.badPublicKey })
      .optional(),
    /**
     * The browser editor at /admin/ (Sveltia CMS): the git repository it commits to. Without it,
     * editors can still use the editor on a local checkout (“使用本地仓库”).
     */
    cms: strictObject(
      {
        /** The git host: github (default), gitlab, or gitea (also Forgejo). */
        backend: oneOf(['github', 'gitlab', 'gitea'] as const, '代码托管平台').default('github'),
        /** `owner/name` on the git host. */
        repo: text('仓库名，形如 owner/name').regex(/^[\w.-]+\/[\w.-]+$/, { error: m.badRepo }),
        /** Branch that publishes; default main. */
        branch: text('分支名').default('main'),
        /** Address of the sign-in (OAuth) service, when the host needs one. */
        baseUrl: text('登录服务地址')
          .regex(/^https:\/\//, { error: m.badBaseUrl })
          .optional(),
      },
      '浏览器编辑器配置：仓库（repo）、分支（branch）、登录服务（baseUrl）',
    ).optional(),
    /** Attachments larger than this many megabytes are reported as a warning; default 20. */
    attachmentMaxMB: z
      .number({ error: expecting('附件大小上限（MB，数字）') })
      .positive({ error: m.attachmentMaxNotPositive })
      .default(20),
    /** Inspection thresholds for stale columns, in days. */
    inspection: strictObject(
      {
        /** 工作动态 kind of columns (freshness: news); default 14. */
        newsDays: positiveInt('天数').default(14),
        /** 通知公告、政策文件 kind of columns (freshness: notice); default 183 (6 months). */
        noticeDays: positiveInt('天数').default(183),
      },
      '栏目更新检查的天数：newsDays、noticeDays',
    ).default({ newsDays: 14, noticeDays: 183 }),
    /** Bulletin series this site publishes. */
    bulletinSeries: list(
      strictObject(
        {
          name: text('简报名称'),
          slug: text('网址名').regex(/^[a-z0-9-]+$/, { error: m.badSeriesSlug }),
          description: text('简报说明').optional(),
        },
        '简报系列：名称（name）和网址名（slug）',
      ),
      '简报系列',
    ).min(1, { error: m.noSeries }),
  },
  '网站配置的字段',
);

export type SiteConfig = z.output<typeof SiteSchema>;
