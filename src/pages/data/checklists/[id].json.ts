import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type ChecklistEntry } from '../../../data/index.ts';

export const getStaticPaths = (async () => {
  const { checklists } = await siteData();
  return checklists.map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));
}) satisfies GetStaticPaths;

/** The checklist exactly as validated by ChecklistSchema. */
export const GET: APIRoute<{ checklist: ChecklistEntry }> = ({ props }) =>
  new Response(JSON.stringify(props.checklist.data, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
