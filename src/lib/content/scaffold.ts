/**
 * What `npm run new` writes: the next bulletin number and 索引号, and a valid starting file for
 * each kind of document. Pure functions over the loaded content; scripts/new.ts does the asking
 * and the writing.
 */
import { stringify } from 'yaml';
import type { LoadedSite } from './load.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { ChecklistKind } from '../../schemas/vocabulary.ts';
import { formatIndexNo, parseIndexNo } from '../indexNo.ts';
import { allTopics } from '../topics.ts';
import { flattenColumns } from '../documents/columns.ts';
import { yearOf } from '../dates.ts';
import {
  applicantColumns,
  outcomeColumns,
  resultSubRows,
  reviewGroups,
  type ApplicantRow,
  type OutcomeRow,
} from '../annualReport.ts';
import { guideUrl } from '../documents/guides.ts';
import { urls } from '../urls.ts';

export const scaffoldKinds = [
  'policy',
  'interpretation',
  'bulletin',
  'checklist',
  'article',
  'guide',
  'annual-report',
] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export type ScaffoldInput = {
  kind: ScaffoldKind;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`; defaults to today in the caller. */
  date: string;
  /** File name without extension; defaults to one made from the date. */
  slug?: string | undefined;
  series?: string | undefined;
  column?: string | undefined;
  topic?: string | undefined;
  interprets?: string | undefined;
  checklistKind?: ChecklistKind | undefined;
  year?: number | undefined;
};

export type Scaffold = {
  /** Path under the site folder, e.g. `content/bulletins/2026/04.md`. */
  path: string;
  text: string;
  /** The page address the document will have. */
  url: string;
};

/** The next 索引号 for a document published in `year` (largest sequence of that year + 1). */
export function nextIndexNo(loaded: LoadedSite, site: SiteConfig, year: number, month = 1): string {
  let max = 0;
  for (const entry of Object.values(loaded.entries).flat()) {
    const indexNo = 'indexNo' in entry.data ? entry.data.indexNo : undefined;
    const parts = indexNo ? parseIndexNo(site.indexNo, indexNo) : undefined;
    if (parts && parts.year === year) max = Math.max(max, parts.seq);
  }
  return formatIndexNo(site.indexNo, { year, month, seq: max + 1 });
}

/** The next issue of a series in a year (numbers restart every year) and the next cumulative number. */
export function nextBulletinNumber(
  loaded: LoadedSite,
  series: string,
  year: number,
): { issue: number; totalIssue: number | undefined } {
  const ofSeries = loaded.entries.bulletins.filter((b) => b.data.series === series && !b.data.supplement);
  const issue = Math.max(0, ...ofSeries.filter((b) => b.data.year === year).map((b) => b.data.issue)) + 1;
  const totals = ofSeries.map((b) => b.data.totalIssue).filter((n): n is number => n !== undefined);
  return { issue, totalIssue: totals.length ? Math.max(...totals) + 1 : undefined };
}

const PLACEHOLDER = '（请在此撰写正文。）';

function frontMatter(data: Record<string, unknown>, body = PLACEHOLDER): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

const defaultSlug = (date: string) => date.replace(/[ :]/g, '-');

export function scaffold(loaded: LoadedSite, input: ScaffoldInput): Scaffold {
  const site = loaded.site;
  if (!site) throw new Error('网站配置 content/site.yaml 无效，请先运行 npm run check 修正。');
  const year = yearOf(input.date);
  const day = input.date.slice(0, 10);
  const slug = input.slug ?? defaultSlug(input.date);
  switch (input.kind) {
    case 'policy': {
      const id = `${year}/${slug}`;
      const topic = input.topic ?? allTopics(site.topics)[0] ?? '';
      return {
        path: `content/policies/${id}.md`,
        url: urls.policy(id),
        text: frontMatter({
          title: input.title,
          indexNo: nextIndexNo(loaded, site, year, Number(day.slice(5, 7))),
          issuers: [site.publisher],
          writtenDate: day,
          publishDate: input.date,
          topic,
          genre: '通知',
        }),
      };
    }
    case 'interpretation': {
      const interprets = input.interprets ?? loaded.entries.policies[0]?.id;
      if (!interprets) throw new Error('还没有政策文件可以解读；请用 --interprets 指定政策文件。');
      const id = `${year}/${slug}`;
      return {
        path: `content/interpretations/${id}.md`,
        url: urls.interpretation(id),
        text: frontMatter({
          title: input.title,
          interprets,
          form: '文字',
          author: site.publisher,
          publishDate: input.date,
        }),
      };
    }
    case 'bulletin': {
      const series = input.series ?? site.bulletinSeries[0]!.name;
      const seriesSlug = site.bulletinSeries.find((s) => s.name === series)?.slug ?? site.bulletinSeries[0]!.slug;
      const { issue, totalIssue } = nextBulletinNumber(loaded, series, year);
      const latest = loaded.entries.bulletins
        .filter((b) => b.data.series === series)
        .sort((a, b) => a.data.date.localeCompare(b.data.date))
        .at(-1);
      return {
        path: `content/bulletins/${year}/${input.slug ?? String(issue).padStart(2, '0')}.md`,
        url: urls.bulletin(seriesSlug, year, issue, false),
        text: frontMatter({
          series,
          title: input.title,
          year,
          issue,
          ...(totalIssue !== undefined ? { totalIssue } : {}),
          date: day,
          editingUnit: latest?.data.editingUnit ?? site.publisher,
          ...(latest?.data.editor ? { editor: latest.data.editor } : {}),
        }),
      };
    }
    case 'checklist': {
      const kind = input.checklistKind ?? '权责清单';
      const item: Record<string, unknown> = { code: 'ITEM-01', name: '（请填写事项名称）' };
      if (kind === '权责清单') item['powerType'] = '行政许可';
      if (kind !== '居委会依法履职事项') item['basis'] = [{ law: '（请填写法律法规名称）', article: '第一条' }];
      if (kind !== '权责清单') item['category'] = '（请填写类别）';
      if (kind === '协助政府工作事项') item['department'] = site.publisher;
      return {
        path: `content/checklists/${slug}.yaml`,
        url: urls.checklist(slug),
        text: stringify(
          {
            title: input.title,
            kind,
            issuers: [site.publisher],
            effectiveDate: day,
            publishDate: input.date,
            items: [item],
          },
          { lineWidth: 0 },
        ),
      };
    }
    case 'article': {
      const column = input.column ?? flattenColumns(site.columns).find((c) => !c.href)?.slug;
      if (!column) throw new Error('网站配置中没有可发布文章的栏目（没有 href 的栏目）。');
      const id = `${column}/${slug}`;
      return {
        path: `content/articles/${id}.md`,
        url: urls.article(id),
        text: frontMatter({ title: input.title, column, publishDate: input.date }),
      };
    }
    case 'guide': {
      const topic = input.topic ?? site.guideTopics[0]?.slug;
      if (!topic) throw new Error('网站配置中没有办事指南主题（guideTopics）。');
      const id = `${topic}/${slug}`;
      return {
        path: `content/guides/${id}.md`,
        url: guideUrl(id, topic),
        text: frontMatter(
          {
            title: input.title,
            topic,
            basis: [{ law: '（请填写法律法规名称）' }],
            conditions: ['（请填写受理条件）'],
            materials: [{ name: '申请人居民身份证', form: '原件和复印件', copies: 1 }],
            steps: [
              { name: '受理', description: '（请填写受理环节）' },
              { name: '决定', description: '（请填写决定环节）' },
            ],
            statutoryDays: 20,
            promisedDays: 15,
            fee: '不收费',
            place: site.contact.address,
            hours: '工作日 上午 9:00—12:00，下午 13:30—17:00',
            phone: site.contact.phone,
            complaintPhone: site.contact.phone,
            publishDate: input.date,
          },
          '',
        ),
      };
    }
    case 'annual-report': {
      const reportYear = input.year ?? year - 1;
      return {
        path: `content/annual-reports/${reportYear}.yaml`,
        url: urls.annualReport(reportYear),
        text: stringify(annualReportTemplate(loaded, input.title, reportYear, input.date), { lineWidth: 0 }),
      };
    }
  }
}

/**
 * A report whose sums all hold: every number 0, except what carries over from last year
 * (结转 and 现行有效件数), so that the cross-year checks pass until the editor fills it in.
 */
function annualReportTemplate(loaded: LoadedSite, title: string, year: number, publishDate: string) {
  const last = loaded.entries.annualReports.find((r) => r.data.year === year - 1)?.data;
  const zeros = (): ApplicantRow =>
    Object.fromEntries([...applicantColumns, 'total'].map((c) => [c, 0])) as ApplicantRow;
  const carried: ApplicantRow = last ? { ...last.applications.carriedForward } : zeros();
  const outcome = (): OutcomeRow => Object.fromEntries(outcomeColumns.map((c) => [c, 0])) as OutcomeRow;
  const group = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, zeros()]));
  const todo = '（请填写。）';
  const inForce = (row: 'regulations' | 'normativeDocuments') => last?.activeDisclosure[row].inForce ?? 0;
  return {
    year,
    title,
    publishDate,
    overview: todo,
    activeDisclosure: {
      regulations: { issued: 0, repealed: 0, inForce: inForce('regulations') },
      normativeDocuments: { issued: 0, repealed: 0, inForce: inForce('normativeDocuments') },
      licensing: 0,
      punishment: 0,
      enforcement: 0,
      feeAmount: 0,
    },
    applications: {
      received: zeros(),
      carriedOver: carried,
      results: {
        disclosed: zeros(),
        partlyDisclosed: zeros(),
        ...Object.fromEntries(Object.entries(resultSubRows).map(([name, rows]) => [name, group(rows)])),
        total: zeros(),
      },
      carriedForward: { ...carried },
    },
    reviewAndLitigation: Object.fromEntries(reviewGroups.map((g) => [g, outcome()])),
    problemsAndImprovements: todo,
    otherMatters: todo,
  };
}
