import type { APIRoute } from 'astro';
import { policyExports } from '../../data/exports.ts';
import { policiesCsv } from '../../lib/documents/exports.ts';

export const GET: APIRoute = async () =>
  new Response(policiesCsv(await policyExports()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
