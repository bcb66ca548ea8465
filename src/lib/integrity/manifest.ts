/**
 * The integrity manifest (完整性清单): every file of a build with its size and SHA-256, and every
 * page with the title it was checked to have, signed with Ed25519. Published with the site:
 *
 *   /.well-known/gongkai-manifest.json       the manifest (exact bytes are signed)
 *   /.well-known/gongkai-manifest.json.sig   the signature, base64, one line
 *   /.well-known/gongkai-public-key.pem      the public key, for people without the repository
 *
 * `npm run verify` checks a copy or a live site against it (./verify.ts), but takes the public
 * key from the local site configuration: whoever can change the site cannot re-sign it.
 */
import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import type { PageRecord } from './pages.ts';
import { publicKeyPem } from './keys.ts';
import { clockNow } from '../dates.ts';
import { MANIFEST_FILE, PUBLIC_KEY_FILE, SIGNATURE_FILE } from '../wellKnown.ts';

export { MANIFEST_FILE, PUBLIC_KEY_FILE, SIGNATURE_FILE } from '../wellKnown.ts';
export const MANIFEST_FORMAT = 'gongkai-manifest/1';

const GroupMemberManifestSchema = z.object({
  code: z.string(),
  name: z.string(),
  prefix: z.string(),
  /** The member's manifest, relative to the group's root folder (`mzj/.well-known/gongkai-manifest.json`). */
  manifest: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  site: z.object({ name: z.string(), domain: z.string() }),
  generated: z.string(),
  files: z.array(
    z.object({
      path: z.string().min(1),
      size: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  pages: z.array(z.object({ path: z.string(), file: z.string(), title: z.string() })),
  /**
   * The portal of a site group: each member's manifest by its hash. A member signs its own files
   * with its own key; the portal's signature vouches for which member manifests belong to the group.
   */
  members: z.array(GroupMemberManifestSchema).optional(),
});

export type GroupMemberManifest = z.output<typeof GroupMemberManifestSchema>;

export type Manifest = z.output<typeof ManifestSchema>;
export type ManifestFile = Manifest['files'][number];

/** Files the manifest does not list: itself and its signature. */
const UNLISTED = new Set([MANIFEST_FILE, SIGNATURE_FILE]);

/**
 * Every file under `dir`, relative, with forward slashes, in a stable order (dot folders included).
 * A link is listed, never entered, so the page check can refuse it; tinyglobby drops links and
 * Node's recursive readdir enters linked folders, hence this walk.
 */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(folder, entry.name), relative);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(relative);
    }
  };
  walk(dir, '');
  return files.sort(compareCodeUnits);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function hashFile(path: string): { size: number; sha256: string } {
  const bytes = readFileSync(path);
  return { size: bytes.length, sha256: sha256(bytes) };
}

/** The manifest of a build folder (its own files excluded), as the exact bytes to sign. */
export function createManifest(
  outDir: string,
  site: { name: string; domain: string },
  pages: PageRecord[],
  generated = clockNow().toISOString(),
  members?: GroupMemberManifest[],
): { manifest: Manifest; bytes: Buffer } {
  const files = listFiles(outDir)
    .filter((path) => !UNLISTED.has(path))
    .map((path) => ({ path, ...hashFile(join(outDir, path)) }));
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    site: { name: site.name, domain: site.domain },
    generated,
    files,
    pages: [...pages].sort((a, b) => compareCodeUnits(a.file, b.file)),
    ...(members ? { members } : {}),
  };
  return { manifest, bytes: Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`) };
}

export function signBytes(bytes: Uint8Array, privateKey: KeyObject): string {
  return sign(null, bytes, privateKey).toString('base64');
}

export function signatureValid(bytes: Uint8Array, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, bytes, publicKey, Buffer.from(signature.trim(), 'base64'));
  } catch {
    return false;
  }
}

/**
 * Writes the public key (the configured one, or the signing key's), then the manifest of
 * everything (the key file included) and, with a private key, its signature.
 */
export function writeManifest(
  outDir: string,
  site: { name: string; domain: string },
  pages: PageRecord[],
  keys: { privateKey?: KeyObject | undefined; publicKey?: KeyObject | undefined },
  members?: GroupMemberManifest[],
): Manifest {
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), content);
  };
  const { privateKey } = keys;
  const publicKey = keys.publicKey ?? privateKey;
  if (publicKey) write(PUBLIC_KEY_FILE, publicKeyPem(publicKey));
  const { manifest, bytes } = createManifest(outDir, site, pages, undefined, members);
  write(MANIFEST_FILE, bytes);
  if (privateKey) write(SIGNATURE_FILE, `${signBytes(bytes, privateKey)}\n`);
  return manifest;
}

/** Parses manifest bytes; throws with zod's reason when the structure is wrong. */
export function parseManifest(bytes: Uint8Array): Manifest {
  const data: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
  const result = ManifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return result.data;
}
