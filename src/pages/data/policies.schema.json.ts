import type { APIRoute } from 'astro';
import { policiesExportSchema } from '../../lib/documents/exportSchemas.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(policiesExportSchema(), null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
