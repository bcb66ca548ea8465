/** robots.txt from the site configuration: everything may be crawled; the sitemap is named. */
import { currentBase, withBase } from '../lib/base.ts';
import type { APIRoute } from 'astro';
import { site } from '../site.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: https://${site.domain}${withBase(currentBase(), '/sitemap-index.xml')}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
