import type { APIRoute } from 'astro';
import { policyExports } from '../../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await policyExports(), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
