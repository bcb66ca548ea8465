/**
 * Rules that look across files or at the site configuration: unique 索引号 and 文号, references
 * that must point at existing documents, configured topics and bulletin series, attachments
 * that must exist. Each problem names the file, line and field, and says what to do.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfig } from '../../schemas/site.ts';
import { parseDocNumber } from '../docNumber.ts';
import { exampleIndexNo, indexNoRegExp } from '../indexNo.ts';
import { allTopics, resolveTopic } from '../topics.ts';
import { fieldName, type Problem } from './problems.ts';
import type { LoadedEntry, LoadedSite } from './load.ts';
import type { SitePaths } from './paths.ts';
import { checkColumns } from './columnRules.ts';
import { checkGuides } from './guideRules.ts';

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
    const { replacedBy, topic, attachments } = policy.data;
    if (replacedBy !== undefined) {
      if (replacedBy === policy.id) report(policy, ['replacedBy'], '文件不能被它自己替代；应填写替代它的另一个文件。');
      else if (!policyIds.has(replacedBy)) report(policy, ['replacedBy'], missingPolicy(replacedBy));
    }
    if (site && !resolveTopic(site.topics, topic)) {
      report(policy, ['topic'], `“${topic}”不在网站配置的主题分类中；可选：${allTopics(site.topics).join('、')}（也可只写二级名称）。如需新主题，请先加到 content/site.yaml 的 topics。`);
    }
    attachments?.forEach((attachment, index) => {
      if (!existsSync(join(paths.public, attachment.file))) {
        report(policy, ['attachments', index, 'file'], `附件文件 public/${attachment.file} 不存在；请把文件放到该位置，或改正路径。`);
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
