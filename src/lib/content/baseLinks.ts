/**
 * Links an editor writes from the site's own root (`[通知](/policies/2024/a/)`, `![图](/files/a.png)`)
 * lead to the same page when the site is served under a prefix (`/mzj/policies/2024/a/` for a
 * member of a site group, ../base.ts): a Sätteri plugin of the build's Markdown and MDX pipeline,
 * so what the content check compared (the site address) and what the page links to agree.
 */
import type { MdastPluginDefinition } from 'satteri';
import { withBase } from '../base.ts';

export function baseLinks(base: string): MdastPluginDefinition {
  const prefix = (node: { url: string }, context: { setProperty: (n: never, key: 'url', value: string) => void }) => {
    const url = withBase(base, node.url);
    if (url !== node.url) context.setProperty(node as never, 'url', url);
  };
  return { name: 'gongkai:base-links', link: prefix, image: prefix, definition: prefix };
}
