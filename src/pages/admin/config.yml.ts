/** The browser editor's configuration, generated from the zod schemas at build time. */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { site } from '../../site.ts';
import { cmsConfig } from '../../lib/cms/config.ts';

export const GET: APIRoute = () =>
  new Response(
    `# 由 src/lib/cms/config.ts 根据内容模型自动生成，请勿手工修改。\n${stringify(cmsConfig(site), { lineWidth: 0 })}`,
    {
      headers: { 'content-type': 'application/yaml; charset=utf-8' },
    },
  );
