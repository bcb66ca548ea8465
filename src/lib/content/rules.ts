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
import { checkText as t } from '../../i18n/checks.ts';

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
    return t.missingPolicy(id, near);
  };

  for (const policy of entries.policies) {
    const { replacedBy, topic } = policy.data;
    if (replacedBy !== undefined) {
      if (replacedBy === policy.id) report(policy, ['replacedBy'], t.replacedBySelf);
      else if (!policyIds.has(replacedBy)) report(policy, ['replacedBy'], missingPolicy(replacedBy));
    }
    if (site && !resolveTopic(site.topics, topic)) {
      report(policy, ['topic'], t.unknownTopic(topic, allTopics(site.topics)));
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
        report(entry, ['attachments', index, 'file'], t.missingAttachment(attachment.file));
        return;
      }
      const megabytes = statSync(path).size / 1024 / 1024;
      const limit = site?.attachmentMaxMB ?? 20;
      if (megabytes > limit) {
        report(entry, ['attachments', index, 'file'], t.largeAttachment(attachment.file, megabytes, limit), 'warning');
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
        message: t.placeholder,
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
      report(entry, ['indexNo'], t.indexNoFormat(indexNo, site.indexNo.pattern, exampleIndexNo(site.indexNo), site.indexNo.seqDigits));
    }
    const first = seen.get(indexNo);
    if (first) report(entry, ['indexNo'], t.indexNoTaken(indexNo, first.file));
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
      report(entry, ['docNumber'], t.docNumberDeviations(written, deviations, canonical), 'warning');
    }
    const first = seen.get(canonical);
    if (first) report(entry, ['docNumber'], t.docNumberTaken(canonical, first.file));
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
      report(bulletin, ['series'], t.unknownSeries(series, seriesNames));
      continue;
    }
    const label = `${series} ${year}年${supplement ? '增刊' : ''}第${issue}期`;
    const key = `${series}|${year}|${supplement}|${issue}`;
    const first = seen.get(key);
    if (first) report(bulletin, ['issue'], t.issueTaken(label, first.file));
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
      report(last.entry, ['issue'], t.missingIssues(series, year, supplement === 'true', missing), 'warning');
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
      report(policy, [field], t.supersessionCycle(loop));
    }
  }
  for (const policy of policies) {
    const repealed = graph.incoming(policy.id).find((edge) => edge.type === '废止');
    if (repealed && policy.data.validity !== '废止') {
      report(policy, ['validity'], t.repealedButValid(repealed.from, policy.data.validity), 'warning');
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
      report(list, ['replaces'], t.checklistReplacesSelf);
      continue;
    }
    if (!ids.has(replaces)) {
      report(list, ['replaces'], t.missingChecklist(replaces, [...ids].filter((id) => id !== list.id)));
      continue;
    }
    const earlier = successor.get(replaces);
    if (earlier) {
      report(list, ['replaces'], t.checklistAlreadyReplaced(replaces, earlier.file));
      continue;
    }
    successor.set(replaces, list);
    const old = byId.get(replaces);
    if (old && old.data.kind !== list.data.kind) {
      report(list, ['replaces'], t.checklistKindChanged(list.data.kind, replaces, old.data.kind), 'warning');
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
      report(list, ['replaces'], t.checklistCycle([...seen], list.id));
    }
  }
}
