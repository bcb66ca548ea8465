/** Traditional → simplified characters for the search box (src/lib/search/t2s.ts). */
import type { APIRoute } from 'astro';
import { t2sMap } from '../../lib/search/t2s.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(t2sMap()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
