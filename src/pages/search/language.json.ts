/** What the search page knows of language (src/data/searchLanguage.ts): fetched as the page loads. */
import type { APIRoute } from 'astro';
import { searchLanguage } from '../../data/searchLanguage.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchLanguage()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
