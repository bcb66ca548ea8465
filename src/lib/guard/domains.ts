/**
 * Which other websites pages may link to: the hosts of the 友情链接 (`links`), the entries of
 * `allowedDomains` in content/site.yaml (a host, or `.gov.cn` for a whole domain), and the site
 * itself. Hijacked sites link out to gambling and to copies of themselves on foreign domains; an
 * allowlist turns every new destination into a decision someone has to review.
 */
import { currentBase } from '../base.ts';
import type { SiteConfig } from '../../schemas/site.ts';

/**
 * Hosts the templates link to, not the content: the registries of the ICP and public-security
 * filing numbers, the 党政机关网站标识 registration and the national 我为政府网站找错 service in
 * every page's footer (src/components/SiteFooter.astro), and the national law
 * database that citations of national laws the site does not host lead to
 * (src/lib/regulations/nationalLaws.ts). Allowed in built pages, not in authored content.
 */
export const FOOTER_HOSTS = [
  'beian.miit.gov.cn',
  'beian.mps.gov.cn',
  'bszs.conac.cn',
  'zfwzgl.www.gov.cn',
  'flk.npc.gov.cn',
] as const;

export type DomainAllowlist = {
  hosts: Set<string>;
  suffixes: string[];
  /** The site's own address with its prefix (`https://example.gov.cn/mzj/`), against which relative addresses are resolved. */
  base: string;
};

export function domainAllowlist(
  site: Pick<SiteConfig, 'domain' | 'links' | 'allowedDomains'> | undefined,
  prefix = currentBase(),
): DomainAllowlist {
  const hosts = new Set<string>();
  const suffixes: string[] = [];
  const base = `https://${site?.domain.toLowerCase() ?? 'localhost'}${prefix}`;
  if (site) {
    hosts.add(site.domain.toLowerCase());
    for (const link of site.links) {
      const host = hostOf(link.url);
      if (host) hosts.add(host);
    }
    for (const domain of site.allowedDomains) {
      const lower = domain.toLowerCase();
      if (lower.startsWith('.')) suffixes.push(lower);
      else hosts.add(lower);
    }
  }
  return { hosts, suffixes, base };
}

export function isAllowedHost(allowlist: DomainAllowlist, host: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return allowlist.hosts.has(lower) || allowlist.suffixes.some((suffix) => lower.endsWith(suffix));
}

/** The host of an absolute or protocol-relative address, lower case; undefined for anything else. */
export function hostOf(url: string): string | undefined {
  const absolute = url.trim().startsWith('//') ? `https:${url.trim()}` : url.trim();
  try {
    const parsed = new URL(absolute);
    return parsed.hostname ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export type UrlVerdict =
  { ok: true } | { ok: false; reason: 'domain'; host: string } | { ok: false; reason: 'protocol'; protocol: string };

/** Protocols a link in authored content may use besides relative addresses. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Whether an address written in content may be published, read as a browser reads it: resolved
 * against the site's own address with the URL standard's parser, so `//host`, `/\\host`,
 * `https:/\\host`, tabs and line breaks inside `java\tscript:` mean what they mean to a browser.
 * (Entities such as `java&#115;cript:` are decoded by the HTML or Markdown parser before this.)
 * Site paths and #anchors are for the link check (src/lib/content/links.ts); here only other
 * sites and protocols are judged.
 */
export function judgeUrl(allowlist: DomainAllowlist, url: string): UrlVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url, allowlist.base);
  } catch {
    // Browsers do not follow an address they cannot parse; a link to it leads nowhere.
    return { ok: true };
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return { ok: false, reason: 'protocol', protocol: parsed.protocol };
  if (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') return { ok: true };
  const host = parsed.hostname.toLowerCase();
  return isAllowedHost(allowlist, host) ? { ok: true } : { ok: false, reason: 'domain', host };
}
