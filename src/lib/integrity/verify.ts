/**
 * Checks a copy of a site (a folder) or a live site (a URL) against its integrity manifest
 * (./manifest.ts) — `npm run verify`.
 *
 * - The manifest is read from the site being checked, but its signature must verify against a
 *   public key the caller trusts (the local content/site.yaml, or --public-key): an attacker who
 *   can change the site cannot produce a valid signature.
 * - A folder: every listed file must exist with the same SHA-256, and no other file may be there
 *   (a planted shell.php is reported).
 * - A URL: every listed file is fetched and compared; unlisted files cannot be enumerated, so a
 *   few well-known backdoor names are probed. Every page is also fetched as Baiduspider, as
 *   Googlebot and as a visitor arriving from a Baidu result page, which hijacked sites serve spam
 *   to (cloaking); and an address that does not exist must answer 404 with the site's 404.html.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrityText } from '../../i18n/integrity.ts';
import { FOOTER_HOSTS, type DomainAllowlist } from '../guard/domains.ts';
import { linkedHosts } from '../guard/documents.ts';
import {
  MANIFEST_FILE,
  SIGNATURE_FILE,
  listFiles,
  parseManifest,
  sha256,
  signatureValid,
  type Manifest,
} from './manifest.ts';
import { publicKeyLine } from './keys.ts';
import { htmlToHast } from 'satteri';
import type { Root } from 'hast';
import { readPage } from './pages.ts';
import {
  VISITORS,
  fetchRaw,
  headersFor,
  resourceOf,
  unknownAddressLike,
  type Answer,
  type Resource,
  type VisitorId,
} from './visitors.ts';

const t = integrityText.verify;

/** Thrown when the check cannot be made at all (exit code 2). */
export class VerifyError extends Error {
  override name = 'VerifyError';
}

export type FindingKind = keyof typeof integrityText.verify.counts;
export type Finding = { kind: FindingKind; path: string; message: string };

export type VerifyReport = {
  findings: Finding[];
  /** Lines that are not problems: a valid signature, a tolerated unsigned manifest. */
  notes: string[];
  files: number;
  online: boolean;
};

export type VerifyOptions = {
  /** The key the signature must verify against; without it the manifest cannot be trusted. */
  publicKey?: KeyObject | undefined;
  /** Report an unsigned manifest (or a missing key) as a note, not a finding. */
  allowUnsigned?: boolean | undefined;
  /** Hosts links may point to: other hosts in a changed page are named in its finding. */
  allowlist?: DomainAllowlist | undefined;
};

function signatureFindings(bytes: Uint8Array, signature: string | undefined, options: VerifyOptions) {
  const findings: Finding[] = [];
  const notes: string[] = [];
  const problem = (message: string) => findings.push({ kind: 'signature', path: MANIFEST_FILE, message });
  if (signature === undefined) {
    if (options.allowUnsigned) notes.push(t.unsignedWarning);
    else problem(t.findings.unsigned);
  } else if (!options.publicKey) {
    if (options.allowUnsigned) notes.push(`警告 ${t.noPublicKey}`);
    else problem(t.noPublicKey);
  } else if (signatureValid(bytes, signature, options.publicKey)) {
    notes.push(t.signatureOk(publicKeyLine(options.publicKey)));
  } else problem(t.findings.badSignature);
  return { findings, notes };
}

function readManifest(bytes: Uint8Array): Manifest {
  try {
    return parseManifest(bytes);
  } catch (error) {
    throw new VerifyError(t.manifestInvalid((error as Error).message));
  }
}

/** What changed in a page, beyond its hash: its title, links to unapproved sites. */
function pageDetails(manifest: Manifest, file: string, body: Uint8Array, options: VerifyOptions): string[] {
  if (!file.endsWith('.html') && !file.endsWith('/')) return [];
  // Read as a browser reads it, like the gate before signing (src/lib/guard/documents.ts).
  const tree = htmlToHast(Buffer.from(body).toString('utf8')) as Root;
  const details: string[] = [];
  const expected = manifest.pages.find((page) => page.file === file)?.title;
  const actual = readPage(tree).titles[0];
  if (expected !== undefined && actual !== undefined && actual !== expected)
    details.push(t.details.title(expected, actual));
  if (options.allowlist) {
    const hosts = linkedHosts(tree, options.allowlist).filter(
      (host) => !(FOOTER_HOSTS as readonly string[]).includes(host),
    );
    if (hosts.length > 0) details.push(t.details.links(hosts.join('、')));
  }
  return details;
}

function changedDetail(
  manifest: Manifest,
  file: string,
  expectedSize: number,
  body: Uint8Array,
  options: VerifyOptions,
) {
  return [t.details.hash(expectedSize, body.length), ...pageDetails(manifest, file, body, options)].join('；');
}

// --- a folder --------------------------------------------------------------------------------

export function verifyFolder(dir: string, options: VerifyOptions = {}): VerifyReport {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) throw new VerifyError(t.manifestMissing(manifestPath, 'ENOENT'));
  const bytes = readFileSync(manifestPath);
  const signaturePath = join(dir, SIGNATURE_FILE);
  const signature = existsSync(signaturePath) ? readFileSync(signaturePath, 'utf8') : undefined;
  const manifest = readManifest(bytes);
  const { findings, notes } = signatureFindings(bytes, signature, options);

  const listed = new Set<string>();
  // A portal of a site group: each member's manifest as recorded; the members' own files are
  // verified against their own manifests, not here.
  const memberFolders = (manifest.members ?? []).map((member) => `${member.prefix.slice(1)}`);
  for (const member of manifest.members ?? []) {
    const path = join(dir, member.manifest);
    if (!existsSync(path))
      findings.push({
        kind: 'missing',
        path: member.manifest,
        message: t.findings.memberManifestMissing(member.code, member.manifest),
      });
    else if (sha256(readFileSync(path)) !== member.sha256)
      findings.push({
        kind: 'changed',
        path: member.manifest,
        message: t.findings.memberManifest(member.code, member.manifest),
      });
  }
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const path = join(dir, entry.path);
    if (!existsSync(path)) {
      findings.push({ kind: 'missing', path: entry.path, message: t.findings.missing(entry.path) });
      continue;
    }
    const body = readFileSync(path);
    if (body.length !== entry.size || sha256(body) !== entry.sha256) {
      const detail = changedDetail(manifest, entry.path, entry.size, body, options);
      findings.push({ kind: 'changed', path: entry.path, message: t.findings.changed(entry.path, detail) });
    }
  }
  for (const path of listFiles(dir)) {
    if (path === MANIFEST_FILE || path === SIGNATURE_FILE || listed.has(path)) continue;
    if (memberFolders.some((folder) => path.startsWith(folder))) continue;
    findings.push({ kind: 'unexpected', path, message: t.findings.unexpected(path) });
  }
  return { findings: sortFindings(findings), notes, files: manifest.files.length, online: false };
}

// --- a live site -----------------------------------------------------------------------------

/** Backdoors planted on hijacked sites answer at names like these; a static site has none of them. */
const PROBES = ['shell.php', 'index.php', 'wp-login.php', 'admin.php', '.env', '.git/config'];

/** `a/index.html` → `/a/`; `a b.pdf` → `/a%20b.pdf`. */
export function addressOf(file: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `/${path.split('/').map(encodeURIComponent).join('/')}`;
}

type Response = Answer & { hash: string };

/** A GET as `visitor` would send it (./visitors.ts). */
async function get(url: string, visitor: VisitorId, resource: Resource, site?: string): Promise<Response> {
  const target = new URL(url);
  const answer = await fetchRaw(target, headersFor(visitor, target, resource, { site }));
  return { ...answer, hash: sha256(answer.body) };
}

/** Runs `work` over `items`, `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const reasonOf = (error: unknown) =>
  error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);

export async function verifySite(
  base: string,
  options: VerifyOptions & { concurrency?: number } = {},
): Promise<VerifyReport> {
  const root = new URL(base);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const online: Online = {
    root,
    urlOf: (address) => new URL(address.slice(1), root).href,
    limit: options.concurrency ?? 8,
    options,
  };
  const { manifest, findings, notes } = await fetchManifest(online);
  await checkMembersOnline(manifest, online, findings);
  const seen = await checkFilesOnline(manifest, online, findings);
  await checkCloaking(manifest, seen, online, findings);
  await checkNotFound(manifest, online, findings);
  await probeBackdoors(manifest, online, findings);
  return { findings: sortFindings(findings), notes, files: manifest.files.length, online: true };
}

/** What the steps of `verifySite` share: the site's root, its addresses and the options. */
type Online = { root: URL; urlOf: (address: string) => string; limit: number; options: VerifyOptions };

/** The published manifest and its signature, checked against the configured public key. */
async function fetchManifest({ urlOf, options }: Online) {
  const manifestUrl = urlOf(`/${MANIFEST_FILE}`);
  let manifestResponse: Response;
  try {
    manifestResponse = await get(manifestUrl, 'browser', 'other');
  } catch (error) {
    throw new VerifyError(t.manifestMissing(manifestUrl, reasonOf(error)));
  }
  if (manifestResponse.status !== 200)
    throw new VerifyError(t.manifestMissing(manifestUrl, t.details.status(manifestResponse.status)));
  const signatureResponse = await get(urlOf(`/${SIGNATURE_FILE}`), 'browser', 'other').catch(() => undefined);
  const signature =
    signatureResponse?.status === 200 ? Buffer.from(signatureResponse.body).toString('utf8') : undefined;
  const manifest = readManifest(manifestResponse.body);
  return { manifest, ...signatureFindings(manifestResponse.body, signature, options) };
}

/** 0. The portal of a site group: each member's manifest as the portal's manifest records it. */
async function checkMembersOnline(manifest: Manifest, { urlOf }: Online, findings: Finding[]) {
  for (const member of manifest.members ?? []) {
    const address = `/${member.manifest}`;
    try {
      const response = await get(urlOf(address), 'browser', 'other');
      if (response.status !== 200)
        findings.push({
          kind: 'missing',
          path: address,
          message: t.findings.memberManifestMissing(member.code, address),
        });
      else if (response.hash !== member.sha256)
        findings.push({ kind: 'changed', path: address, message: t.findings.memberManifest(member.code, address) });
    } catch (error) {
      findings.push({
        kind: 'unreachable',
        path: address,
        message: t.findings.unreachable(address, t.visitors.browser, reasonOf(error)),
      });
    }
  }
}

/** A redirect or an unexpected status, said the same way wherever it is met. */
function statusDetail(response: Response, expected: number): string | undefined {
  if (response.status >= 300 && response.status < 400)
    return t.details.redirect(response.status, response.location ?? '');
  return response.status !== expected ? t.details.status(response.status) : undefined;
}

/** 1. Every file, as a browser sees it; returns what each file's address served. */
async function checkFilesOnline(manifest: Manifest, online: Online, findings: Finding[]): Promise<Map<string, string>> {
  const { root, urlOf, limit, options } = online;
  const seen = new Map<string, string>();
  await pool(manifest.files, limit, async (entry) => {
    const address = addressOf(entry.path);
    try {
      const resource = resourceOf(entry.path.endsWith('index.html') ? entry.path : address);
      const response = await get(urlOf(address), 'browser', resource, root.href);
      seen.set(entry.path, response.hash);
      if (response.status >= 300 && response.status < 400) {
        const detail = t.details.redirect(response.status, response.location ?? '');
        findings.push({ kind: 'changed', path: address, message: t.findings.changed(address, detail) });
      } else if (response.status !== 200) {
        findings.push({ kind: 'missing', path: address, message: t.findings.missingOnline(address, response.status) });
      } else if (response.hash !== entry.sha256) {
        const detail = changedDetail(manifest, entry.path, entry.size, response.body, options);
        findings.push({ kind: 'changed', path: address, message: t.findings.changed(address, detail) });
      }
    } catch (error) {
      findings.push({
        kind: 'unreachable',
        path: address,
        message: t.findings.unreachable(address, t.visitors.browser, reasonOf(error)),
      });
    }
  });
  return seen;
}

/** 2. Every page, as crawlers and search visitors see it: the same as a browser, or cloaked. */
async function checkCloaking(manifest: Manifest, seen: Map<string, string>, online: Online, findings: Finding[]) {
  const { urlOf, limit, options } = online;
  const others = VISITORS.filter((visitor) => visitor !== 'browser');
  const entryOf = new Map(manifest.files.map((entry) => [entry.path, entry]));
  const visits = manifest.pages.flatMap((page) => others.map((visitor) => ({ page, visitor })));
  await pool(visits, limit, async ({ page, visitor }) => {
    const entry = entryOf.get(page.file);
    if (!entry) return;
    const address = addressOf(page.file);
    const label = t.visitors[visitor];
    try {
      const response = await get(urlOf(address), visitor, 'document');
      if (response.status === 200 && (response.hash === entry.sha256 || response.hash === seen.get(page.file))) return;
      const detail =
        statusDetail(response, 200) ?? changedDetail(manifest, page.file, entry.size, response.body, options);
      findings.push({ kind: 'cloaked', path: address, message: t.findings.cloaked(address, label, detail) });
    } catch (error) {
      findings.push({
        kind: 'unreachable',
        path: address,
        message: t.findings.unreachable(address, label, reasonOf(error)),
      });
    }
  });
}

/** 3. An address that does not exist, shaped like the site's own, must get the site's own 404 page. */
async function checkNotFound(manifest: Manifest, online: Online, findings: Finding[]) {
  const { urlOf, limit, options } = online;
  const notFound = manifest.files.find((entry) => entry.path === '404.html');
  const addresses = manifest.pages.map((page) => page.path);
  const known = new Set(manifest.files.map((entry) => addressOf(entry.path)));
  // Page addresses are decoded (/policies/topic/社区治理/), file addresses encoded: compare encoded.
  const missingAddress = unknownAddressLike(addresses, (address) =>
    known.has(address.split('/').map(encodeURIComponent).join('/')),
  );
  await pool(VISITORS, limit, async (visitor) => {
    const label = t.visitors[visitor];
    try {
      const response = await get(urlOf(missingAddress), visitor, 'document');
      const detail =
        statusDetail(response, 404) ??
        (notFound && response.hash !== notFound.sha256
          ? [t.details.notFoundBody, ...pageDetails(manifest, '404.html', response.body, options)].join('；')
          : undefined);
      if (detail)
        findings.push({
          kind: 'notFound',
          path: missingAddress,
          message: t.findings.notFound(missingAddress, label, detail),
        });
    } catch (error) {
      findings.push({
        kind: 'unreachable',
        path: missingAddress,
        message: t.findings.unreachable(missingAddress, label, reasonOf(error)),
      });
    }
  });
}

/** 4. Well-known backdoor names that the manifest does not list must not answer with a page. */
async function probeBackdoors(manifest: Manifest, { urlOf, limit }: Online, findings: Finding[]) {
  const notFound = manifest.files.find((entry) => entry.path === '404.html');
  const listed = new Set(manifest.files.map((entry) => entry.path));
  await pool(
    PROBES.filter((probe) => !listed.has(probe)),
    limit,
    async (probe) => {
      const address = addressOf(probe);
      const response = await get(urlOf(address), 'browser', 'document').catch(() => undefined);
      if (response && response.status >= 200 && response.status < 300 && response.hash !== notFound?.sha256) {
        findings.push({ kind: 'unexpected', path: address, message: t.findings.probe(address, response.status) });
      }
    },
  );
}

/** Signature first, then by kind (in the order of the summary's counts) and address. */
function sortFindings(findings: Finding[]): Finding[] {
  const order = Object.keys(t.counts);
  return [...findings].sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      a.path.localeCompare(b.path) ||
      a.message.localeCompare(b.message),
  );
}

/** The summary line. */
export function summaryOf(report: VerifyReport): string {
  if (report.findings.length === 0) return t.summaryOk(report.files, report.online);
  const counts = new Map<FindingKind, number>();
  for (const finding of report.findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => `${t.counts[kind]} ${count}`).join('，');
  return t.summaryFailed(report.findings.length, parts, report.online);
}
