/**
 * Starts Sveltia CMS, bundled from the npm package with its fonts and icons, so the editor
 * loads nothing from third-party CDNs. It reads /admin/config.yml (see src/pages/admin/).
 *
 * Two settings for a department's own network, made before the editor starts:
 * - its interface is Chinese whatever the browser's language (the editor picks the browser's);
 * - it asks no host but the site's own before someone signs in: the one outside request it would
 *   make on its own, GitHub's public status page, is answered here as "no incident" (on an
 *   intranet that page cannot be reached, and a self-hosted GitLab or Gitea has none).
 */
import CMS from '@sveltia/cms';

const LANGUAGE = 'zh-CN';
Object.defineProperty(navigator, 'language', { configurable: true, get: () => LANGUAGE });
Object.defineProperty(navigator, 'languages', { configurable: true, get: () => [LANGUAGE] });

const STATUS_PAGE = 'www.githubstatus.com';
const originalFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.hostname === STATUS_PAGE) {
    return Promise.resolve(Response.json({ status: { indicator: 'none', description: '' } }));
  }
  return originalFetch(input, init);
};

CMS.init();
