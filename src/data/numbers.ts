/**
 * Every number a reader can look up exactly (src/lib/search/numbers.ts): the 文号 of policies
 * and checklists, the order numbers in a law's history (国务院令第649号), and every 索引号 in the
 * disclosure catalogue. Computed once per build from the same data the pages show.
 */
import { siteData } from './index.ts';
import { regulationData } from './regulations.ts';
import { canonicalDocNumber } from '../lib/docNumber.ts';
import { checklistSearchType } from '../lib/documents/checklists.ts';
import { orderNumbers } from '../lib/regulations/library.ts';
import type { NumberEntry } from '../lib/search/numbers.ts';
import { urls } from '../lib/urls.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { regulationText } from '../i18n/regulations.ts';
import { ui } from '../i18n/ui.ts';

async function compute(): Promise<NumberEntry[]> {
  const [data, regulations] = await Promise.all([siteData(), regulationData()]);
  const day = (date: string | undefined) => date?.slice(0, 10);
  const entries: NumberEntry[] = [];
  // Policies and checklists: a 文号 each (optional), with who issued it and when.
  const documents = [
    ...data.policies.map((p) => ({
      entry: p,
      url: urls.policy(p.id),
      type: collectionLabels.policies as string,
      status: data.statusOf(p).validity as string,
    })),
    ...data.checklists.map((c) => ({
      entry: c,
      url: urls.checklist(c.id),
      type: checklistSearchType(c.data.kind),
      status: data.checklistSuccessorOf.has(c.id) ? ui.checklistVersion.supersededBadge : '有效',
    })),
  ];
  for (const { entry, url, type, status } of documents) {
    if (!entry.data.docNumber) continue;
    entries.push({
      kind: 'docNumber',
      number: canonicalDocNumber(entry.data.docNumber),
      url,
      title: entry.data.title,
      type,
      issuer: entry.data.issuers.join('、'),
      date: day(entry.data.publishDate),
      status,
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
