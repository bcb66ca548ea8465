/**
 * Which other websites pages may link to: the hosts of the 友情链接 (`links`), the entries of
 * `allowedDomains` in content/site.yaml (a host, or `.gov.cn` for a whole domain), and the site
 * itself. Hijacked sites link out to gambling and to copies of themselves on foreign domains; an
 * allowlist turns every new destination into a decision someone has to review.
 */
import type { SiteConfig } from '../../schemas/site.ts';

export type DomainAllowlist = { hosts: Set<string>; suffixes: string[] };

export function domainAllowlist(
  site: Pick<SiteConfig, 'domain' | 'links' | 'allowedDomains'> | undefined,
): DomainAllowlist {
  const hosts = new Set<string>();
  const suffixes: string[] = [];
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
  return { hosts, suffixes };
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
 * Whether an address written in content may be published. Site paths and #anchors are for the
 * link check (src/lib/content/links.ts); here only other sites and protocols are judged.
 */
export function judgeUrl(allowlist: DomainAllowlist, url: string): UrlVerdict {
  // Browsers ignore tabs, newlines and leading control characters in addresses: so must we.
  const cleaned = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  const protocol = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned)?.[1]?.toLowerCase();
  if (protocol === undefined && !cleaned.startsWith('//')) return { ok: true };
  if (protocol !== undefined && !SAFE_PROTOCOLS.has(protocol)) return { ok: false, reason: 'protocol', protocol };
  if (protocol === 'mailto:' || protocol === 'tel:') return { ok: true };
  const host = hostOf(cleaned);
  if (!host) return { ok: false, reason: 'domain', host: cleaned };
  return isAllowedHost(allowlist, host) ? { ok: true } : { ok: false, reason: 'domain', host };
}
