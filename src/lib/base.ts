/**
 * The address prefix a site is served under: `/` for a site of its own, `/mzj/` for a member of a
 * site group (站群, docs/site-groups.md). `GONGKAI_BASE` sets it (`npm run build:group` sets it
 * from group.yaml); Astro's `base` (astro.config.mjs) and every address of ./urls.ts follow it.
 *
 * Addresses inside the program (routes, links an editor writes, what the content check compares)
 * are the site's own, from `/`; the prefix is added where an address goes into a page.
 */
import { groupText } from '../i18n/group.ts';

export const BASE_ENV = 'GONGKAI_BASE';
/** Set by build:group for a member: its build also writes its search records (search/records.json). */
export const GROUP_MEMBER_ENV = 'GONGKAI_GROUP_MEMBER';
/** Set by build:group for the portal: the file of every member's search records, for the one search. */
export const GROUP_RECORDS_ENV = 'GONGKAI_GROUP_RECORDS';
/** Set by build:group for the portal: the file of the members' manifests and their hashes. */
export const GROUP_MANIFESTS_ENV = 'GONGKAI_GROUP_MANIFESTS';

/** `/`, or path segments of lower-case letters, digits and hyphens between slashes: `/mzj/`. */
const PREFIX = /^\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\/)*$/;

/** The prefix as written (`mzj`, `/mzj`, `/mzj/`) in its one form, `/mzj/`; `/` when unset. */
export function parseBase(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return '/';
  const slashed = `/${trimmed.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!PREFIX.test(slashed)) throw new Error(groupText.badPrefix(trimmed));
  return slashed;
}

/**
 * The prefix of the running build: `GONGKAI_BASE` where there is an environment (the build, the
 * content check, Node scripts), else Astro's own (`import.meta.env.BASE_URL`, set from it in
 * astro.config.mjs: in the browser's scripts).
 */
export function currentBase(): string {
  const env = globalThis.process?.env?.[BASE_ENV];
  if (env !== undefined) return parseBase(env);
  const vite = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env;
  return parseBase(vite?.BASE_URL);
}

/** A site address (`/policies/`) under the prefix (`/mzj/policies/`); other links as they are. */
export function withBase(base: string, address: string): string {
  if (base === '/' || !address.startsWith('/') || address.startsWith('//')) return address;
  return `${base.slice(0, -1)}${address}`;
}

/** The site address of a page address under the prefix (`/mzj/a/` → `/a/`); undefined outside it. */
export function withoutBase(base: string, address: string): string | undefined {
  if (base === '/') return address;
  if (address === base.slice(0, -1)) return '/';
  return address.startsWith(base) ? address.slice(base.length - 1) : undefined;
}
