/**
 * The Content-Security-Policy of the published site, in one place. astro.config.mjs gives the
 * page policy to Astro (`security.csp`: a `<meta http-equiv>` in every page, with hashes of
 * what Astro processed); deploy/nginx/gongkai.conf and deploy/Caddyfile send the same policy as
 * an HTTP header, which also covers Pagefind's worker and what comes before the meta tag.
 * tests/unit/csp.test.ts keeps the server files equal to what is computed here.
 *
 * Decisions (docs/security.md explains them):
 * - Scripts only from this site's own files ('self'): there are no inline scripts (the reading
 *   preferences script is /reading-prefs.js; Vite never inlines, `assetsInlineLimit: 0`).
 *   'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JavaScript eval.
 * - Styles only from files. The one inline style the Markdown renderer writes is the alignment of
 *   table columns (`style="text-align: right"`): those three exact values are allowed by hash
 *   ('unsafe-hashes'), any other style attribute or `<style>` element is blocked. (Shiki's code
 *   highlighting writes colours as inline styles: astro.config.mjs turns it off.)
 * - Frames only from this site (default-src), no plugins, `<base>` or foreign form targets; images
 *   only from this site (the Pagefind UI stylesheets that drew icons as data: URLs are not
 *   published: src/integrations/gongkai.ts).
 * - /admin/ (Sveltia CMS, staff only, noindex) needs inline styles, blob: workers and images,
 *   and requests to the git host: it gets its own policy, `adminPolicy()`.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal, AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<CspConfig['directives']>[number];

/** The style attributes the Markdown renderer writes for aligned table columns. */
export const TABLE_ALIGN_STYLES = ['text-align: left', 'text-align: center', 'text-align: right'] as const;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** CSP source expressions for the allowed style attributes. */
export const styleAttributeHashes: string[] = TABLE_ALIGN_STYLES.map(sha256);

/** Directives other than script-src and style-src, shared by the meta tag and the header. */
const commonDirectives: Directive[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
];

/**
 * Directives that browsers ignore (with a console error) in a `<meta>` policy: header only.
 * `frame-ancestors 'none'` stops other sites from framing pages (mirrors and clickjacking).
 */
const headerOnlyDirectives: Directive[] = ["frame-ancestors 'none'"];

const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** `security.csp` for astro.config.mjs. */
export const astroCsp: CspConfig = {
  algorithm: 'SHA-256',
  directives: commonDirectives,
  scriptDirective: { resources: scriptSources },
  styleDirective: {
    resources: ["'self'", "'unsafe-hashes'"],
    hashes: styleAttributeHashes.map((hash) => hash as `sha256-${string}`),
  },
};

/** The policy sent as a header for every public page and file. */
export function sitePolicy(): string {
  const [defaultSrc, ...others] = commonDirectives;
  return [
    defaultSrc,
    `script-src ${scriptSources.join(' ')}`,
    `style-src 'self' 'unsafe-hashes' ${styleAttributeHashes.map((h) => `'${h}'`).join(' ')}`,
    ...others,
    ...headerOnlyDirectives,
  ].join('; ');
}

/** Where the browser editor talks to, by git host (the public APIs and status pages it checks). */
const GIT_HOSTS: Record<string, string[]> = {
  github: ['https://api.github.com', 'https://www.githubstatus.com'],
  gitlab: ['https://gitlab.com', 'https://status.gitlab.com'],
  gitea: ['https://gitea.com'],
};

/**
 * The editor's directives (besides script-src and style-src). `hosts`: the git host and sign-in
 * service origins of this site; `https:` when unknown — the server header must serve any site,
 * and the page's own meta tag narrows it to this site's hosts.
 */
export function adminDirectives(hosts: string[] | 'https:'): Directive[] {
  const connect = hosts === 'https:' ? ['https:'] : hosts;
  return [
    "default-src 'self'",
    `connect-src 'self' blob: data: ${connect.join(' ')}` as Directive,
    "img-src 'self' blob: data: https:",
    "media-src 'self' blob: data: https:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** The git host origins the editor of this site needs (`cms` in content/site.yaml). */
export function adminHosts(cms: { backend: string; baseUrl?: string | undefined } | undefined): string[] {
  const hosts = [...(GIT_HOSTS[cms?.backend ?? 'github'] ?? [])];
  if (cms?.baseUrl) hosts.push(new URL(cms.baseUrl).origin);
  return hosts;
}

/**
 * Loosens the page policy of /admin/ (called by src/pages/admin/index.astro with `Astro.csp`):
 * Svelte writes inline styles and style attributes, the editor previews images from blob: and the
 * git host, and talks to the git host's API. (With 'unsafe-inline', Astro leaves out the style
 * hashes, which would otherwise disable it.)
 */
export function applyAdminPolicy(csp: NonNullable<AstroGlobal['csp']>, cms: Parameters<typeof adminHosts>[0]) {
  for (const directive of adminDirectives(adminHosts(cms))) csp.insertDirective(directive);
  csp.insertStyleResource("'unsafe-inline'");
}

/** The header policy for /admin/ (any git host: the page's own meta tag narrows connect-src). */
export function adminPolicy(): string {
  const [defaultSrc, ...others] = adminDirectives('https:');
  return [
    defaultSrc,
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    ...others,
    ...headerOnlyDirectives,
  ].join('; ');
}
