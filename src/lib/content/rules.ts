/**
 * Rules that look across files or at the site configuration: unique 索引号 and 文号, references
 * that must point at existing documents, configured topics and bulletin series, attachments
 * that must exist. Each problem names the file, line and field, and says what to do.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfig } from '../../schemas/site.ts';
import { parseDocNumber } from '../docNumber.ts';
import { exampleIndexNo, indexNoRegExp } from '../indexNo.ts';
import { allTopics, resolveTopic } from '../topics.ts';
import { fieldName, type Problem } from './problems.ts';
import type { LoadedEntry, LoadedSite } from './load.ts';
import type { SitePaths } from './paths.ts';
import { checkColumns } from './columnRules.ts';
import { checkLinks } from './links.ts';
import { buildRelations, supersessionCycles } from '../documents/relations.ts';
import { statusConflict } from '../documents/validity.ts';
import { checkGuides } from './guideRules.ts';
import { checkAnnualReportYears } from '../annualReport.ts';

type Report = (entry: LoadedEntry, path: (string | number)[], message: string, severity?: Problem['severity']) => void;

export function checkRules(loaded: LoadedSite, paths: SitePaths, today: string): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (entry, path, message, severity = 'error') =>
    problems.push({ severity, file: entry.file, line: entry.lineOf(path), field: fieldName(path), message });
  const { site, entries } = loaded;
  const all: LoadedEntry[] = Object.values(entries).flat();

  if (site) checkIndexNumbers(all, site, report);
  checkDocNumbers(all, report);

  const policyIds = loaded.ids.policies;
  const missingPolicy = (id: string) => {
    const near = [...policyIds].filter((known) => known.endsWith(id.split('/').pop() ?? id)).slice(0, 3);
    return `找不到政策文件“${id}”。应填写 content/policies 下某个文件的路径（不含 .md），${near.length ? `例如 ${near.join('、')}` : '请检查拼写'}。`;
  };

  for (const policy of entries.policies) {
    const { replacedBy, topic } = policy.data;
    if (replacedBy !== undefined) {
      if (replacedBy === policy.id) report(policy, ['replacedBy'], '文件不能被它自己替代；应填写替代它的另一个文件。');
      else if (!policyIds.has(replacedBy)) report(policy, ['replacedBy'], missingPolicy(replacedBy));
    }
    if (site && !resolveTopic(site.topics, topic)) {
      report(policy, ['topic'], `“${topic}”不在网站配置的主题分类中；可选：${allTopics(site.topics).join('、')}（也可只写二级名称）。如需新主题，请先加到 content/site.yaml 的 topics。`);
    }
    policy.data.relations?.forEach((relation, index) => {
      if (!policyIds.has(relation.target)) report(policy, ['relations', index, 'target'], missingPolicy(relation.target));
    });
    const conflict = statusConflict(policy.data, today);
    if (conflict) report(policy, ['validity'], conflict, 'warning');
  }
  checkRelationGraph(entries.policies, report);
  checkChecklistVersions(entries.checklists, loaded.ids.checklists, report);

  for (const entry of all) {
    const attachments = 'attachments' in entry.data ? entry.data.attachments : undefined;
    attachments?.forEach((attachment, index) => {
      const path = join(paths.public, attachment.file);
      if (!existsSync(path)) {
        report(entry, ['attachments', index, 'file'], `附件文件 public/${attachment.file} 不存在；请把文件放到该位置，或改正路径。`);
        return;
      }
      const megabytes = statSync(path).size / 1024 / 1024;
      const limit = site?.attachmentMaxMB ?? 20;
      if (megabytes > limit) {
        report(
          entry,
          ['attachments', index, 'file'],
          `附件 public/${attachment.file} 有 ${megabytes.toFixed(1)} MB，超过 ${limit} MB；较大的文件在手机上难以下载，建议压缩或拆分。`,
          'warning',
        );
      }
    });
  }

  for (const interpretation of entries.interpretations) {
    if (!policyIds.has(interpretation.data.interprets)) {
      report(interpretation, ['interprets'], missingPolicy(interpretation.data.interprets));
    }
  }

  if (site) checkBulletins(entries.bulletins, site, report);
  if (site) problems.push(...checkGuides(entries.guides, site));
  if (site) problems.push(...checkColumns(loaded, site, today));
  for (const problem of checkLinks(loaded, paths)) problems.push(problem);
  for (const entry of all) {
    // Text left by `npm run new` (src/kinds/scaffold.ts) must not be published by mistake.
    if (/（请(在此撰写|填写)/.test(`${JSON.stringify(entry.data)}${entry.body}`)) {
      problems.push({
        severity: 'warning',
        file: entry.file,
        field: '',
        message: '文件中还有“（请填写……）”或“（请在此撰写正文。）”这样的占位文字；发布前请换成实际内容。',
      });
    }
  }
  checkAnnualReportYears(entries.annualReports, report);
  return problems;
}

function checkIndexNumbers(all: LoadedEntry[], site: SiteConfig, report: Report) {
  const pattern = indexNoRegExp(site.indexNo);
  const seen = new Map<string, LoadedEntry>();
  for (const entry of all) {
    const indexNo = 'indexNo' in entry.data ? entry.data.indexNo : undefined;
    if (indexNo === undefined) continue;
    if (!pattern.test(indexNo)) {
      report(entry, ['indexNo'], `索引号“${indexNo}”不符合本站格式 ${site.indexNo.pattern}；应形如 ${exampleIndexNo(site.indexNo)}（顺序号 ${site.indexNo.seqDigits} 位）。`);
    }
    const first = seen.get(indexNo);
    if (first) report(entry, ['indexNo'], `索引号“${indexNo}”已被 ${first.file} 使用；索引号在全站必须唯一，请换一个未用过的顺序号。`);
    else seen.set(indexNo, entry);
  }
}

function checkDocNumbers(all: LoadedEntry[], report: Report) {
  const seen = new Map<string, LoadedEntry>();
  for (const entry of all) {
    const written = 'docNumber' in entry.data ? entry.data.docNumber : undefined;
    if (written === undefined) continue;
    const parsed = parseDocNumber(written);
    if (!parsed.ok) continue; // the schema already reported it
    const { canonical, deviations } = parsed.value;
    if (deviations.length > 0) {
      report(entry, ['docNumber'], `文号“${written}”${deviations.join('，')}；规范写法是 ${canonical}（GB/T 9704-2012）。网页上显示规范写法。`, 'warning');
    }
    const first = seen.get(canonical);
    if (first) report(entry, ['docNumber'], `文号 ${canonical} 已被 ${first.file} 使用；同一文号只能属于一个文件，请核对文号。`);
    else seen.set(canonical, entry);
  }
}

function checkBulletins(bulletins: LoadedEntry<'bulletins'>[], site: SiteConfig, report: Report) {
  const seriesNames = site.bulletinSeries.map((s) => s.name);
  const seen = new Map<string, LoadedEntry>();
  const numbers = new Map<string, { entry: LoadedEntry; issue: number }[]>();
  for (const bulletin of bulletins) {
    const { series, year, issue, supplement } = bulletin.data;
    if (!seriesNames.includes(series)) {
      report(bulletin, ['series'], `“${series}”不是本站配置的简报；可选：${seriesNames.join('、')}。如是新简报，请先加到 content/site.yaml 的 bulletinSeries。`);
      continue;
    }
    const label = `${series} ${year}年${supplement ? '增刊' : ''}第${issue}期`;
    const key = `${series}|${year}|${supplement}|${issue}`;
    const first = seen.get(key);
    if (first) report(bulletin, ['issue'], `${label}已存在（${first.file}）；期号重复，请改为下一个未用的期号。`);
    else seen.set(key, bulletin);
    const group = `${series}|${year}|${supplement}`;
    numbers.set(group, [...(numbers.get(group) ?? []), { entry: bulletin, issue }]);
  }
  for (const [group, issues] of numbers) {
    const [series, year, supplement] = group.split('|');
    const present = new Set(issues.map((i) => i.issue));
    const max = Math.max(...present);
    const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !present.has(n));
    if (missing.length > 0) {
      const last = issues.find((i) => i.issue === max)!;
      report(
        last.entry,
        ['issue'],
        `${series} ${year}年${supplement === 'true' ? '增刊' : ''}缺少第 ${missing.join('、')} 期；期号应从 1 开始连续编排。如果确实没有出版，可忽略此提示。`,
        'warning',
      );
    }
  }
}

function checkRelationGraph(policies: LoadedEntry<'policies'>[], report: Report) {
  const graph = buildRelations(policies.map((p) => ({ id: p.id, replacedBy: p.data.replacedBy, relations: p.data.relations })));
  const byId = new Map(policies.map((p) => [p.id, p]));
  for (const cycle of supersessionCycles(graph.edges)) {
    // replacedBy naming the document itself is reported on its own, more plainly.
    if (cycle.length === 1 && byId.get(cycle[0]!)?.data.replacedBy === cycle[0]) continue;
    const loop = [...cycle, cycle[0]].join(' → ');
    for (const id of cycle) {
      const policy = byId.get(id);
      if (!policy) continue;
      const field = policy.data.relations?.length ? 'relations' : 'replacedBy';
      report(policy, [field], `替代关系形成了循环：${loop}；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。`);
    }
  }
  for (const policy of policies) {
    const repealed = graph.incoming(policy.id).find((edge) => edge.type === '废止');
    if (repealed && policy.data.validity !== '废止') {
      report(
        policy,
        ['validity'],
        `本文件已被 ${repealed.from} 废止，但有效性写的是“${policy.data.validity}”；请改为 废止，并填写 validityDate 和 replacedBy。`,
        'warning',
      );
    }
  }
}

function checkChecklistVersions(lists: LoadedEntry<'checklists'>[], ids: Set<string>, report: Report) {
  const byId = new Map(lists.map((l) => [l.id, l]));
  const successor = new Map<string, LoadedEntry<'checklists'>>();
  for (const list of lists) {
    const replaces = list.data.replaces;
    if (replaces === undefined) continue;
    if (replaces === list.id) {
      report(list, ['replaces'], '清单不能替代它自己；应填写旧版清单的文件名。');
      continue;
    }
    if (!ids.has(replaces)) {
      report(list, ['replaces'], `找不到清单“${replaces}”；应填写 content/checklists 下旧版清单的文件名（不含 .yaml），可选：${[...ids].filter((id) => id !== list.id).join('、')}。`);
      continue;
    }
    const earlier = successor.get(replaces);
    if (earlier) {
      report(list, ['replaces'], `旧版清单“${replaces}”已被 ${earlier.file} 替代；一个旧版只能有一个新版，请检查 replaces。`);
      continue;
    }
    successor.set(replaces, list);
    const old = byId.get(replaces);
    if (old && old.data.kind !== list.data.kind) {
      report(list, ['replaces'], `新版是“${list.data.kind}”，旧版“${replaces}”是“${old.data.kind}”；新旧版本应是同一类清单。`, 'warning');
    }
  }
  // A chain of versions that comes back on itself.
  for (const list of lists) {
    const seen = new Set<string>([list.id]);
    let next = list.data.replaces;
    while (next && byId.has(next) && !seen.has(next)) {
      seen.add(next);
      next = byId.get(next)!.data.replaces;
    }
    if (next === list.id && seen.size > 1) {
      report(list, ['replaces'], `清单版本形成了循环（${[...seen].join(' → ')} → ${list.id}）；请检查 replaces。`);
    }
  }
}
