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
import { scaffold, scaffolded, scaffoldKinds, type ScaffoldInput } from '../src/kinds/scaffold.ts';
import type { ChecklistKind } from '../src/schemas/vocabulary.ts';

// The kinds, their names and their questions come from their descriptors (src/kinds/).
const labelOf = (command: string) => scaffolded.find((k) => k.scaffold.command === command)?.scaffold.label ?? command;

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

类型：${scaffoldKinds.map((k) => `${k}（${labelOf(k)}）`).join('、')}
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
const kind = await ask<string>(positionals[0], () =>
  prompts.select({
    message: '要新建哪一类文件？',
    options: scaffoldKinds.map((k) => ({ value: k, label: labelOf(k) })),
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
const flags: Record<string, string | boolean | undefined> = values;
for (const question of scaffolded.find((k) => k.scaffold.command === kind)!.scaffold.questions ?? []) {
  const flag = flags[question.flag];
  const given = typeof flag === 'string' ? flag : undefined;
  if (given === undefined && !interactive && question.requiredWithoutTerminal) fail(question.requiredWithoutTerminal);
  const answer = await ask(given, () =>
    question.options
      ? prompts.select({ message: question.message, options: question.options({ site, entries: loaded.entries }) })
      : prompts.text({
          message: question.message,
          ...(question.placeholder ? { placeholder: question.placeholder } : {}),
        }),
  );
  if (answer !== undefined && question.check?.(answer)) fail(question.check(answer)!);
  if (question.input === 'checklistKind') input.checklistKind = answer as ChecklistKind | undefined;
  else input[question.input] = answer;
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
