/**
 * npm run new -- <kind> — writes a new, valid document in the right folder and prints its path
 * and page address. With flags it asks nothing; on a terminal, missing values are asked for
 * (with defaults) using @clack/prompts.
 *
 *   npm run new -- bulletin --title "全区完成低保年度复核"
 *   npm run new -- policy --title "关于……的通知" --date 2026-12-01 --slug dibao-2027
 *   kinds: policy interpretation bulletin checklist article guide annual-report
 */
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { loadContent } from '../src/lib/content/load.ts';
import { sitePaths } from '../src/lib/content/paths.ts';
import { checkPlainDateTime, clockNow, dateTimeInZone, siteToday } from '../src/lib/dates.ts';
import { scaffold, scaffoldKinds, type ScaffoldInput, type ScaffoldKind } from '../src/lib/content/scaffold.ts';
import { checklistKindValues, type ChecklistKind } from '../src/schemas/vocabulary.ts';
import { flattenColumns } from '../src/lib/documents/columns.ts';
import { allTopics } from '../src/lib/topics.ts';

const kindNames: Record<ScaffoldKind, string> = {
  policy: '政策文件',
  interpretation: '政策解读',
  bulletin: '工作简报',
  checklist: '权责清单/事项清单',
  article: '栏目文章',
  guide: '办事指南',
  'annual-report': '政府信息公开年度报告',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    date: { type: 'string' },
    slug: { type: 'string' },
    series: { type: 'string' },
    column: { type: 'string' },
    topic: { type: 'string' },
    interprets: { type: 'string' },
    kind: { type: 'string' },
    year: { type: 'string' },
    site: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (values.help) {
  console.log(`用法：npm run new -- <类型> [--title 标题] [--date YYYY-MM-DD[ HH:MM]] [--slug 文件名]

类型：${scaffoldKinds.map((k) => `${k}（${kindNames[k]}）`).join('、')}
其他选项：--series 简报名称  --column 栏目网址名  --topic 主题  --interprets 政策文件名
          --kind 清单类型  --year 年度报告的年度  --site 站点文件夹
在终端里不带选项运行时，会逐项询问（回车使用默认值）。`);
  process.exit(0);
}

const paths = sitePaths(values.site);
const loaded = loadContent(paths);
const site = loaded.site ?? fail('网站配置 content/site.yaml 无效；请先运行 npm run check 并修正。');
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

async function ask<T extends string>(
  given: string | undefined,
  question: () => Promise<T | symbol>,
): Promise<T | undefined> {
  if (given !== undefined || !interactive) return given as T | undefined;
  const answer = await question();
  if (prompts.isCancel(answer)) {
    prompts.cancel('已取消。');
    process.exit(1);
  }
  return answer as T;
}

if (interactive) prompts.intro('新建文件');
const kind = await ask<ScaffoldKind>(positionals[0], () =>
  prompts.select({
    message: '要新建哪一类文件？',
    options: scaffoldKinds.map((k) => ({ value: k, label: kindNames[k] })),
  }),
);
if (!kind || !scaffoldKinds.includes(kind))
  fail(`请指明类型：${scaffoldKinds.join('、')}。例如 npm run new -- bulletin --title 标题`);

const now = dateTimeInZone(clockNow(), site.timeZone);
// A pinned day (GONGKAI_TODAY, without a clock) has no time of day.
const defaultDate = process.env['GONGKAI_TODAY'] && !process.env['GONGKAI_NOW'] ? siteToday(site.timeZone) : now;
const title = await ask(values.title, () =>
  prompts.text({ message: '标题', validate: (v) => (v?.trim() ? undefined : '标题不能为空') }),
);
if (!title?.trim()) fail('缺少标题；请用 --title 指定。');
const date =
  (await ask(values.date, () =>
    prompts.text({ message: '日期（YYYY-MM-DD 或 YYYY-MM-DD HH:MM）', initialValue: defaultDate }),
  )) ?? defaultDate;
const checked = checkPlainDateTime(date);
if (!checked.ok) fail(`日期无效：${checked.reason}；应为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM。`);

const input: ScaffoldInput = { kind, title: title.trim(), date: checked.value, slug: values.slug };
if (kind === 'bulletin') {
  input.series = await ask(values.series, () =>
    prompts.select({ message: '简报', options: site.bulletinSeries.map((s) => ({ value: s.name, label: s.name })) }),
  );
}
if (kind === 'article') {
  const columns = flattenColumns(site.columns).filter((c) => !c.href);
  input.column = await ask(values.column, () =>
    prompts.select({ message: '栏目', options: columns.map((c) => ({ value: c.slug, label: c.title })) }),
  );
}
if (kind === 'policy') {
  input.topic = await ask(values.topic, () =>
    prompts.select({ message: '主题分类', options: allTopics(site.topics).map((t) => ({ value: t, label: t })) }),
  );
}
if (kind === 'guide') {
  input.topic = await ask(values.topic, () =>
    prompts.select({
      message: '办事指南主题',
      options: site.guideTopics.map((t) => ({ value: t.slug, label: t.name })),
    }),
  );
}
if (kind === 'interpretation') {
  input.interprets = await ask(values.interprets, () =>
    prompts.select({
      message: '解读哪一个政策文件？',
      options: loaded.entries.policies.map((p) => ({ value: p.id, label: p.data.title })),
    }),
  );
}
if (kind === 'checklist') {
  const chosen = await ask(values.kind, () =>
    prompts.select({ message: '清单类型', options: checklistKindValues.map((k) => ({ value: k, label: k })) }),
  );
  if (chosen && !checklistKindValues.includes(chosen as ChecklistKind))
    fail(`清单类型应为：${checklistKindValues.join('、')}。`);
  input.checklistKind = chosen as ChecklistKind | undefined;
  if (!values.slug && !interactive) fail('清单需要文件名；请用 --slug 指定，例如 --slug quanze-2027。');
  input.slug ??= await ask(undefined, () =>
    prompts.text({ message: '文件名（英文字母、数字和横线）', placeholder: 'quanze-2027' }),
  );
}
if (kind === 'annual-report' && values.year) input.year = Number(values.year);

const result = scaffold(loaded, input);
const target = join(paths.root, result.path);
if (existsSync(target)) fail(`${result.path} 已存在；请用 --slug 换一个文件名。`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, result.text);
const message = `已新建 ${result.path}\n页面地址：${result.url}\n下一步：编辑这个文件，然后运行 npm run check 检查。`;
if (interactive) prompts.outro(message);
else console.log(message);
