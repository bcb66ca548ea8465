/**
 * Writes a deterministic synthetic site of N documents for the benchmark: a site folder with its
 * own content/ and public/, like a department's repository, valid against the schemas and the
 * content rules so the build's content check passes.
 *
 * The mix follows a district civil-affairs bureau's archive: mostly policies and articles, plus
 * interpretations, bulletins and service guides. The demo's other folders (its checklists, annual
 * reports, regulations …) are copied as they are and count towards N. Dates run from 2017 to
 * "today".
 * Cross-references are real: interpretations name their policy, some policies amend (修订), repeal
 * (废止) or rest on (依据) earlier ones, with the statuses that follows, and bodies link to the
 * documents they cite, so reverse links, relations and the link check do real work.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { stringify } from 'yaml';
import { seededRandom, type Random } from './random.ts';
import {
  articleSentences,
  articleTitles,
  bulletinHeadings,
  bulletinSentences,
  bureau,
  chineseNumbers,
  faqs,
  fill,
  guideConditions,
  guideMaterials,
  guideServices,
  guideSteps,
  interpretationQuestions,
  offices,
  partners,
  people,
  policyHeadings,
  policySentences,
  slotsFor,
  streets,
  topics,
  type Slots,
  type TopicWords,
} from './vocabulary.ts';

export type GenerateOptions = {
  docs: number;
  seed: number;
  siteDir: string;
  /** The project, whose demo site (content/, public/) gives site.yaml and the fixed files. */
  projectRoot: string;
  /** `YYYY-MM-DD`: no document is dated after it (pass the same GONGKAI_TODAY to the build). */
  today: string;
};

export type GeneratedSite = {
  siteDir: string;
  /** Documents by collection folder. */
  counts: Record<string, number>;
  documents: number;
  /** Bytes of all files under content/. */
  contentBytes: number;
  /** Pages the browser measurements open. */
  samples: { article: string; policy: string };
  /** A policy file (relative to the site folder) the rebuild measurement edits. */
  editable: string;
};

/** Folders of content/ this generator writes; the demo's other folders are copied. */
const generatedFolders = ['policies', 'articles', 'interpretations', 'bulletins', 'guides'];

/** The mix of collections, as shares of the generated documents. */
export const mix = { policies: 0.38, articles: 0.4, interpretations: 0.08, bulletins: 0.08, guides: 0.06 };

const FIRST_YEAR = 2017;
const DAY = 86_400_000;
const toDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');

type Doc = { path: string; data: Record<string, unknown>; body: string };

type Policy = Doc & {
  id: string;
  title: string;
  topic: TopicWords;
  day: number;
  genre: string;
  docNumber?: string;
  /** Set once a later policy amends or repeals this one. */
  superseded?: boolean;
};

export function generateSite(options: GenerateOptions): GeneratedSite {
  const { docs, seed, siteDir, projectRoot, today } = options;
  const r = seededRandom(seed);
  const content = join(siteDir, 'content');
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });

  // The fixed part: the site configuration, and every folder of the demo that is not generated
  // here (checklists, annual reports, and whatever collections the project adds later), as is.
  const demo = join(projectRoot, 'content');
  const siteYaml = readFileSync(join(demo, 'site.yaml'), 'utf8');
  writeFileSync(
    join(content, 'site.yaml'),
    `# 性能测试用的合成站点（scripts/bench/generate.ts 生成，${docs} 篇文档，种子 ${seed}）；配置取自演示站点。\n${siteYaml}`,
  );
  const copiedCounts: Record<string, number> = {};
  for (const name of readdirSync(demo)) {
    if (name === 'site.yaml' || generatedFolders.includes(name)) continue;
    cpSync(join(demo, name), join(content, name), { recursive: true });
    if (statSync(join(demo, name)).isDirectory()) {
      copiedCounts[name] = listFiles(join(demo, name)).filter((f) => /\.(md|mdx|ya?ml)$/.test(f)).length;
    }
  }
  cpSync(join(projectRoot, 'public'), join(siteDir, 'public'), { recursive: true });
  const attachment = findFile(join(siteDir, 'public'), '.pdf');

  // 索引号 and 文号 of the copied files stay unique.
  const copied = listFiles(content)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const usedIndexNos = new Set([...copied.matchAll(/indexNo:\s*(\S+)/g)].map((m) => m[1]));
  const usedDocNumbers = new Set([...copied.matchAll(/docNumber:\s*(\S+)/g)].map((m) => m[1]));
  const fixed = Object.values(copiedCounts).reduce((a, b) => a + b, 0);

  const rest = Math.max(0, docs - fixed);
  const policyCount = Math.max(1, Math.round(rest * mix.policies));
  const interpretationCount = Math.min(policyCount, Math.round(rest * mix.interpretations));
  const bulletinCount = Math.round(rest * mix.bulletins);
  const guideCount = Math.round(rest * mix.guides);
  const articleCount = Math.max(1, rest - policyCount - interpretationCount - bulletinCount - guideCount);

  const lastDay = toDay(today) - 1;
  const firstDay = toDay(`${FIRST_YEAR}-01-01`);
  const days = (n: number) => Array.from({ length: n }, () => r.int(firstDay, lastDay)).sort((a, b) => a - b);
  const time = () => `${pad(r.int(8, 17), 2)}:${r.pick(['00', '30'])}`;

  const indexSeq = new Map<number, number>();
  const nextIndexNo = (year: number) => {
    for (;;) {
      const seq = (indexSeq.get(year) ?? 0) + 1;
      indexSeq.set(year, seq);
      const indexNo = `013999999/${year}-${pad(seq, 5)}`;
      if (!usedIndexNos.has(indexNo)) return indexNo;
    }
  };
  const docSeq = new Map<string, number>();
  const nextDocNumber = (code: string, year: number) => {
    for (;;) {
      const key = `${code}|${year}`;
      const seq = (docSeq.get(key) ?? 0) + 1;
      docSeq.set(key, seq);
      const docNumber = `${code}〔${year}〕${seq}号`;
      if (!usedDocNumbers.has(docNumber)) return docNumber;
    }
  };
  const topicWeights = topics.map((t, i) => [t, [25, 20, 15, 7, 7, 10, 8, 4, 4][i] ?? 5] as const);
  const words = (topic: TopicWords, day: number): Slots => ({
    ...slotsFor(topic),
    year: [String(Number(fromDay(day).slice(0, 4)) - 1)],
    month: [String(r.int(1, 12))],
  });
  const paragraph = (templates: readonly string[], slots: Slots, min: number, max: number) =>
    Array.from({ length: r.int(min, max) }, () => fill(r.pick(templates), r, slots)).join('');
  const summary = (templates: readonly string[], slots: Slots) => paragraph(templates, slots, 1, 2).slice(0, 290);

  // ---------------------------------------------------------------- policies
  const policies: Policy[] = [];
  const slugSeq = new Map<string, number>();
  for (const day of days(policyCount)) {
    const topic = r.weighted(topicWeights);
    const date = fromDay(day);
    const year = Number(date.slice(0, 4));
    const slots = words(topic, day);
    const matter = r.pick(topic.matter);
    const [title, genre] = r.pick([
      [`关于进一步${r.pick(['加强', '做好', '规范', '完善'])}${matter}工作的通知`, '通知'],
      [`关于调整${matter}标准的通知`, '通知'],
      [`关于开展${matter}专项行动的通知`, '通知'],
      [`关于${r.pick(['加强', '推进', '健全'])}${matter}的实施意见`, '意见'],
      [`柳塘区${matter}管理办法`, '办法'],
      [`柳塘区${matter}实施细则`, '细则'],
      [`${year}年全区${matter}工作方案`, '方案'],
      [`关于印发《柳塘区${matter}工作规则》的通知`, '通知'],
    ] as const);
    const slugKey = `${year}/${topic.slug}`;
    const n = (slugSeq.get(slugKey) ?? 0) + 1;
    slugSeq.set(slugKey, n);
    const id = `${slugKey}-${pad(n, 3)}`;
    const written = date;
    const published = fromDay(Math.min(lastDay, day + r.int(0, 6)));
    const joint = r.chance(0.2);
    const data: Record<string, unknown> = {
      title,
      indexNo: nextIndexNo(year),
    };
    let docNumber: string | undefined;
    if (r.chance(0.8)) {
      const code = joint
        ? '柳民联发'
        : genre === '办法' || genre === '细则'
          ? '柳民规'
          : r.pick(['柳民发', '柳民发', '柳民办发', '柳民函']);
      docNumber = nextDocNumber(code, year);
      data['docNumber'] = docNumber;
    }
    data['issuers'] = joint ? [bureau, r.pick(partners)] : bureau;
    data['writtenDate'] = written;
    data['publishDate'] = `${published} ${time()}`;
    data['topic'] = topic.topic;
    data['genre'] = genre;
    const effective = day + r.int(0, 30);
    if (r.chance(0.5) && effective <= lastDay) data['effectiveDate'] = fromDay(effective);
    if (r.chance(0.12)) {
      const expiry = day + r.int(2, 5) * 365;
      data['expiryDate'] = fromDay(expiry);
      if (expiry < lastDay + 1) {
        data['validity'] = '失效';
        data['validityDate'] = fromDay(expiry + 1);
      }
    }
    if (r.chance(0.6)) data['summary'] = summary(policySentences, slots);
    data['keywords'] = r.sample(topic.keyword, 3);
    if (attachment && r.chance(0.05)) data['attachments'] = [{ title: '附件1：申请表', file: attachment }];
    if (r.chance(0.05)) {
      const changed = fromDay(Math.min(lastDay, toDay(published) + r.int(1, 90)));
      data['changes'] = [{ date: changed, note: '更正附件中的咨询电话' }];
    }
    const policy: Policy = { id, path: `policies/${id}.md`, data, body: '', title, topic, day, genre };
    if (docNumber) policy.docNumber = docNumber;
    policies.push(policy);
  }

  // Relations to earlier policies of the same topic, with the statuses they imply.
  for (let i = 1; i < policies.length; i++) {
    const policy = policies[i]!;
    if (!r.chance(0.12)) continue;
    const earlier = policies.slice(Math.max(0, i - 200), i).filter((p) => p.topic === policy.topic && !p.superseded);
    if (earlier.length === 0) continue;
    const target = r.pick(earlier);
    const type = r.weighted([
      ['依据', 2],
      ['修订', 1],
      ['废止', 1],
    ] as const);
    policy.data['relations'] = [{ type, target: target.id }];
    if (type === '依据') continue;
    target.superseded = true;
    target.data['validity'] = type === '废止' ? '废止' : '已修改';
    target.data['validityDate'] = (policy.data['effectiveDate'] as string | undefined) ?? fromDay(policy.day);
    target.data['replacedBy'] = policy.id;
  }
  const cite = (p: Policy) => `[《${p.title}》](/policies/${p.id}/)${p.docNumber ? `（${p.docNumber}）` : ''}`;
  const byId = new Map(policies.map((p) => [p.id, p]));
  for (const policy of policies) {
    const relation = (policy.data['relations'] as { type: string; target: string }[] | undefined)?.[0];
    const target = relation ? byId.get(relation.target) : undefined;
    policy.body = policyBody(
      r,
      policy,
      words(policy.topic, policy.day),
      target && relation ? { type: relation.type, text: cite(target) } : undefined,
      paragraph,
    );
  }

  // ---------------------------------------------------------------- interpretations
  const interpretations: Doc[] = r
    .sample(policies, interpretationCount)
    .sort((a, b) => a.day - b.day)
    .map((policy) => {
      const day = Math.min(lastDay, policy.day + r.int(0, 3));
      const year = Number(fromDay(day).slice(0, 4));
      const slots = words(policy.topic, day);
      const data: Record<string, unknown> = {
        title: `《${policy.title}》政策解读`,
        interprets: policy.id,
        form: r.weighted([
          ['文字', 6],
          ['图解', 2],
          ['负责人解读', 1],
        ] as const),
        author: r.pick(offices),
        publishDate: `${fromDay(day)} ${time()}`,
      };
      if (r.chance(0.8)) data['indexNo'] = nextIndexNo(year);
      const questions = r.sample(interpretationQuestions, r.int(3, 6));
      const body = [
        `近日，区民政局印发${cite(policy)}。为便于群众理解政策，现就有关问题解读如下。`,
        ...questions.flatMap((q) => [`## 问：${q}`, `答：${paragraph(policySentences, slots, 2, 4)}`]),
      ].join('\n\n');
      return { path: `interpretations/${policy.id}-jiedu.md`, data, body };
    });

  // ---------------------------------------------------------------- bulletins
  const bulletins: Doc[] = [];
  let totalIssue = 0;
  const bulletinDays = days(bulletinCount);
  const issueOf = new Map<number, number>();
  for (const day of bulletinDays) {
    const date = fromDay(day);
    const year = Number(date.slice(0, 4));
    const issue = (issueOf.get(year) ?? 0) + 1;
    issueOf.set(year, issue);
    totalIssue++;
    const topic = r.weighted(topicWeights);
    const slots = words(topic, day);
    const sections = r.sample(bulletinHeadings, r.int(3, 4));
    bulletins.push({
      path: `bulletins/${year}/${pad(issue, 3)}.md`,
      data: {
        series: '柳塘民政工作简报',
        title: fill(r.pick(articleTitles), r, slots),
        year,
        issue,
        totalIssue,
        supplement: false,
        date,
        editingUnit: '柳塘区民政局办公室',
        editor: r.pick(people),
        reportTo: ['区委办公室', '区人民政府办公室', '市民政局'],
        distributeTo: ['各街道办事处', '区各有关部门'],
      },
      body: sections.map((h) => `## ${h}\n\n${paragraph(bulletinSentences, slots, 2, 5)}`).join('\n\n'),
    });
  }

  // ---------------------------------------------------------------- articles
  const articles: Doc[] = [];
  const columnWeights = [
    ['gzdt', 70],
    ['zjxx', 6],
    ['tjsj', 5],
    ['ghjh', 4],
    ['zjbg', 4],
    ['yjgl', 4],
    ['mzcd', 5],
  ] as const;
  const articleSeq = new Map<string, number>();
  const articleDays = days(articleCount);
  // The news column's newest article is recent, as the column inspection expects.
  articleDays[articleDays.length - 1] = lastDay;
  articleDays.forEach((day, i) => {
    const last = i === articleDays.length - 1;
    const column = i < 2 ? (['gkzn', 'ysqgk'] as const)[i]! : last ? 'gzdt' : r.weighted(columnWeights);
    const date = fromDay(day);
    const year = Number(date.slice(0, 4));
    const topic = r.weighted(topicWeights);
    const slots = words(topic, day);
    const key = `${column}/${year}`;
    const n = (articleSeq.get(key) ?? 0) + 1;
    articleSeq.set(key, n);
    const data: Record<string, unknown> = {
      title: fill(r.pick(articleTitles), r, slots),
      column,
      author: r.pick(offices),
      editor: r.pick(people),
      publishDate: `${date} ${time()}`,
    };
    if (r.chance(0.25)) data['indexNo'] = nextIndexNo(year);
    if (r.chance(0.7)) data['summary'] = summary(articleSentences, slots);
    if (r.chance(0.5)) data['keywords'] = r.sample(topic.keyword, 3);
    const body = Array.from({ length: r.int(4, 8) }, () => {
      const lead = r.chance(0.3)
        ? `**${r.pick(topic.keyword)}${r.pick(['见实效', '有温度', '更便捷', '再提速'])}**。`
        : '';
      return lead + paragraph(articleSentences, slots, 2, 4);
    }).join('\n\n');
    articles.push({ path: `articles/${key}-${pad(n, 4)}.md`, data, body });
  });

  // ---------------------------------------------------------------- guides
  const guides: Doc[] = [];
  const guideTopicSlugs = Object.keys(guideServices);
  const guideSeq = new Map<string, number>();
  for (const day of days(guideCount)) {
    const slug = r.pick(guideTopicSlugs);
    const { services, law } = guideServices[slug]!;
    const n = (guideSeq.get(slug) ?? 0) + 1;
    guideSeq.set(slug, n);
    const date = fromDay(day);
    const statutoryDays = r.pick([0, 5, 10, 15, 20, 30]);
    const data: Record<string, unknown> = {
      title: `${r.pick(services)}${n > services.length ? `（${r.pick(streets)}）` : ''}`,
      itemCode: `MZ-${slug.toUpperCase()}-${pad(n, 3)}`,
      topic: slug,
      indexNo: nextIndexNo(Number(date.slice(0, 4))),
      basis: r.sample(law, r.int(1, 2)).map((name) => ({ law: name, article: `第${r.pick(chineseNumbers)}条` })),
      conditions: r.sample(guideConditions, r.int(2, 4)),
      materials: r.sample(guideMaterials, r.int(2, 5)).map((name) => ({
        name,
        form: r.pick(['原件', '复印件', '原件和复印件']),
        ...(r.chance(0.4) ? { notes: '原件当场核对后退还' } : {}),
      })),
      steps: guideSteps.slice(0, r.int(3, guideSteps.length)).map(([name, description]) => ({
        name,
        description,
        ...(r.chance(0.5) ? { timeLimit: r.pick(['当场', '5 个工作日', '10 个工作日']) } : {}),
      })),
      statutoryDays,
      promisedDays: Math.floor(statutoryDays * r.pick([1, 0.8, 0.5])),
      fee: '不收费',
      place: `${r.pick(streets)}便民服务中心民政窗口；区民政局（云川市柳塘区兴民路 18 号）一楼综合窗口`,
      hours: '工作日 上午 9:00—12:00，下午 13:30—17:00（法定节假日除外）',
      phone: `0599-8800 ${r.int(1200, 1298)}`,
      complaintPhone: '0599-8800 1299',
      ...(r.chance(0.5) ? { onlineUrl: `https://zwfw.yunchuan.example.gov.cn/liutang/mz/${slug}-${n}` } : {}),
      ...(r.chance(0.7) ? { faq: r.sample(faqs, r.int(1, 3)).map(([q, a]) => ({ q, a })) } : {}),
      publishDate: `${date} ${time()}`,
    };
    const topic = r.weighted(topicWeights);
    guides.push({
      path: `guides/${slug}/${slug}-${pad(n, 4)}.md`,
      data,
      body: r.chance(0.5) ? paragraph(policySentences, words(topic, day), 2, 4) : '',
    });
  }

  // ---------------------------------------------------------------- write
  const all: Doc[] = [...policies, ...interpretations, ...bulletins, ...articles, ...guides];
  for (const doc of all) {
    const path = join(content, doc.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `---\n${stringify(doc.data, { lineWidth: 0 })}---\n\n${doc.body}\n`);
  }
  const contentBytes = listFiles(content).reduce((sum, file) => sum + statSync(file).size, 0);
  const middle = <T>(list: T[]) => list[Math.floor(list.length / 2)]!;
  const news = articles.filter((a) => a.data['column'] === 'gzdt');
  const articleUrl = (doc: Doc) => `/${doc.path.replace(/\.md$/, '/')}`;
  const samplePolicy = middle(policies);
  return {
    siteDir,
    counts: {
      policies: policies.length,
      articles: articles.length,
      interpretations: interpretations.length,
      bulletins: bulletins.length,
      guides: guides.length,
      ...copiedCounts,
    },
    documents: all.length + fixed,
    contentBytes,
    samples: { article: articleUrl(middle(news.length ? news : articles)), policy: `/policies/${samplePolicy.id}/` },
    editable: join('content', samplePolicy.path),
  };
}

function policyBody(
  r: Random,
  policy: Policy,
  slots: Slots,
  relation: { type: string; text: string } | undefined,
  paragraph: (templates: readonly string[], slots: Slots, min: number, max: number) => string,
): string {
  const law = r.pick(slots['law'] ?? ['社会救助暂行办法']);
  const matter = r.pick(slots['matter'] ?? ['社会救助']);
  const parts: string[] = [];
  const regulation = policy.genre === '办法' || policy.genre === '细则';
  const sentences = regulation ? policySentences : policySentences.filter((sentence) => !sentence.includes('本办法'));
  if (!regulation) parts.push('各街道办事处，区各有关部门：');
  const basis = relation?.type === '依据' ? `${relation.text}和《${law}》` : `《${law}》`;
  parts.push(
    regulation
      ? `为了规范${matter}工作，保障${r.pick(slots['people'] ?? ['困难群众'])}的合法权益，根据${basis}等有关规定，结合本区实际，制定本${policy.genre}。`
      : `为进一步做好${matter}工作，根据${basis}等有关规定，经区人民政府同意，现就有关事项通知如下。`,
  );
  if (relation?.type === '修订') parts.push(`现对${relation.text}作如下修改，修改后的条文自本决定施行之日起执行。`);
  if (regulation) {
    let article = 0;
    const chapters = ['总则', ...r.sample(policyHeadings, r.int(2, 4)), '附则'];
    chapters.forEach((heading, c) => {
      parts.push(`## 第${chineseNumbers[c]}章　${heading}`);
      for (let i = 0; i < r.int(2, 5); i++) {
        parts.push(`第${chineseNumeral(++article)}条　${paragraph(sentences, slots, 1, 3)}`);
      }
    });
  } else {
    r.sample(policyHeadings, r.int(3, 6)).forEach((heading, i) => {
      parts.push(`## ${chineseNumbers[i]}、${heading}`);
      for (let p = 0; p < r.int(1, 3); p++) parts.push(paragraph(sentences, slots, 2, 5));
    });
  }
  const from = policy.data['effectiveDate'] as string | undefined;
  parts.push(
    `本${policy.genre === '方案' ? '方案' : policy.genre === '意见' ? '意见' : '文件'}自${chineseDate(from ?? (policy.data['writtenDate'] as string))}起施行。`,
  );
  if (relation?.type === '废止') parts.push(`${relation.text}同时废止。`);
  const issuers = policy.data['issuers'];
  parts.push(Array.isArray(issuers) ? issuers.join('　　') : String(issuers));
  parts.push(chineseDate(policy.data['writtenDate'] as string));
  return parts.join('\n\n');
}

/** 1 → 一, 12 → 十二, 35 → 三十五 (up to 99). */
function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return digits[ones]!;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

function listFiles(dir: string): string[] {
  return globSync('**', { cwd: dir, dot: true, absolute: true, followSymbolicLinks: false }).sort();
}

/** The first file with this extension under a folder, relative to it (an attachment to cite). */
function findFile(dir: string, extension: string): string | undefined {
  const file = listFiles(dir).find((f) => f.toLowerCase().endsWith(extension));
  return file
    ?.slice(dir.length + 1)
    .split('\\')
    .join('/');
}
