/**
 * One Content-Security-Policy: the server configurations in deploy/ send exactly the policies
 * computed in src/lib/security/csp.ts, which also feed Astro's meta tag.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  TABLE_ALIGN_STYLES,
  adminPolicy,
  astroCsp,
  sitePolicy,
  styleAttributeHashes,
} from '../../src/lib/security/csp.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the Content-Security-Policy', () => {
  test('nginx sends the site policy, and the editor policy under /admin/', () => {
    const values = [...read('deploy/nginx/gongkai.conf').matchAll(/set \$gongkai_csp "([^"]*)";/g)].map((m) => m[1]);
    expect(values).toEqual([sitePolicy(), adminPolicy()]);
  });

  test('Caddy sends the same two policies', () => {
    const caddy = read('deploy/Caddyfile');
    expect(/\?Content-Security-Policy "([^"]*)"/.exec(caddy)?.[1]).toBe(sitePolicy());
    expect(/header \/admin\/\* Content-Security-Policy "([^"]*)"/.exec(caddy)?.[1]).toBe(adminPolicy());
  });

  test('scripts come only from the site, with WebAssembly for search and no eval or inline code', () => {
    expect(sitePolicy()).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(sitePolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(sitePolicy()).toContain("frame-ancestors 'none'");
  });

  test('style attributes are allowed only for the three table alignments, by hash', () => {
    expect(styleAttributeHashes).toEqual(
      TABLE_ALIGN_STYLES.map((style) => `sha256-${createHash('sha256').update(style).digest('base64')}`),
    );
    expect(sitePolicy()).toContain(
      `style-src 'self' 'unsafe-hashes' ${styleAttributeHashes.map((h) => `'${h}'`).join(' ')};`,
    );
  });

  test('docs/security.md shows the tested server configurations as they are', () => {
    const docs = read('docs/security.md');
    for (const file of ['deploy/nginx/gongkai.conf', 'deploy/nginx/site.conf', 'deploy/Caddyfile']) {
      expect(docs.includes(read(file)), file).toBe(true);
    }
  });

  test('the meta tag has no directive that browsers ignore in a meta tag', () => {
    expect(astroCsp.directives?.some((d) => /^(frame-ancestors|report-uri|sandbox)/.test(d))).toBe(false);
  });
});
