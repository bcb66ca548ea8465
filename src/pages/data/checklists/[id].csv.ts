import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type ChecklistEntry } from '../../../data/index.ts';
import { checklistCsv } from '../../../lib/documents/exports.ts';

export const getStaticPaths = (async () => {
  const { checklists } = await siteData();
  return checklists.map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ checklist: ChecklistEntry }> = ({ props }) =>
  new Response(checklistCsv(props.checklist.data), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
