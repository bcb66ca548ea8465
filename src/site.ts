/**
 * The site configuration (content/site.yaml) and "today", for pages and components.
 * Both are read once per build. An invalid configuration has already stopped the build in the
 * content check (src/integrations/gongkai.ts); the throw here is a last guard.
 */
import { loadOrganisation, loadSiteConfig } from './lib/content/load.ts';
import { sitePaths } from './lib/content/paths.ts';
import { formatProblem } from './lib/content/problems.ts';
import { todayInZone } from './lib/dates.ts';
import type { SiteConfig } from './schemas/site.ts';
import type { Organisation } from './schemas/organisation.ts';

function load(): SiteConfig {
  const { site, problems } = loadSiteConfig(sitePaths());
  if (!site) throw new Error(problems.map(formatProblem).join('\n'));
  return site;
}

export const site: SiteConfig = load();

/** Today in the site's time zone; `GONGKAI_TODAY=YYYY-MM-DD` pins it (tests, rebuilding a past state). */
export const today: string = todayInZone(site.timeZone, process.env['GONGKAI_TODAY']);

/** content/organisation.yaml (checked with the rest of the content), if the site has one. */
export const organisation: Organisation | undefined = loadOrganisation(sitePaths()).organisation;
