/**
 * Every number a reader can look up exactly (src/lib/search/numbers.ts): the 文号 of policies
 * and checklists, the order numbers in a law's history (国务院令第649号), and every 索引号 in the
 * disclosure catalogue. Computed once per build from the same data the pages show.
 */
import { siteData } from './index.ts';
import { regulationData } from './regulations.ts';
import { canonicalDocNumber } from '../lib/docNumber.ts';
import { orderNumbers } from '../lib/regulations/library.ts';
import type { NumberEntry } from '../lib/search/numbers.ts';
import { urls } from '../lib/urls.ts';
import { collectionLabels, regulationText, ui } from '../i18n/zh-CN.ts';

async function compute(): Promise<NumberEntry[]> {
  const [data, regulations] = await Promise.all([siteData(), regulationData()]);
  const day = (date: string | undefined) => date?.slice(0, 10);
  const entries: NumberEntry[] = [];
  for (const p of data.policies) {
    if (!p.data.docNumber) continue;
    entries.push({
      kind: 'docNumber',
      number: canonicalDocNumber(p.data.docNumber),
      url: urls.policy(p.id),
      title: p.data.title,
      type: collectionLabels.policies,
      issuer: p.data.issuers.join('、'),
      date: day(p.data.publishDate),
      status: data.statusOf(p).validity,
    });
  }
  for (const c of data.checklists) {
    if (!c.data.docNumber) continue;
    entries.push({
      kind: 'docNumber',
      number: canonicalDocNumber(c.data.docNumber),
      url: urls.checklist(c.id),
      title: c.data.title,
      type: c.data.kind === '权责清单' ? '权责清单' : ui.communityListType,
      issuer: c.data.issuers.join('、'),
      date: day(c.data.publishDate),
      status: data.checklistSuccessorOf.has(c.id) ? ui.checklistVersion.supersededBadge : '有效',
    });
  }
  for (const law of regulations.laws) {
    const d = law.current.doc.data;
    for (const number of orderNumbers(d.history ?? [])) {
      entries.push({
        kind: 'docNumber',
        number,
        url: law.url,
        title: d.part ? `${d.title} ${d.part}` : d.title,
        type: regulationText.searchType,
        issuer: d.issuer,
        date: day(d.publishDate),
        status: law.current.status,
      });
    }
  }
  const policyStatus = new Map(data.policies.map((p) => [urls.policy(p.id), data.statusOf(p).validity]));
  for (const item of data.catalogue) {
    entries.push({
      kind: 'indexNo',
      number: item.indexNo,
      url: item.url,
      title: item.title,
      type: item.typeLabel,
      issuer: item.issuer,
      date: day(item.date),
      status: policyStatus.get(item.url),
    });
  }
  return entries;
}

let cached: Promise<NumberEntry[]> | undefined;

export function numberEntries(): Promise<NumberEntry[]> {
  cached ??= compute();
  return cached;
}
