/**
 * Ed25519 keys for signing the integrity manifest (node:crypto, no other library).
 *
 * - The public key is written in content/site.yaml (`manifestPublicKey`) as one line of base64
 *   (the DER SubjectPublicKeyInfo, the body of a PEM file); a PEM block is accepted too.
 * - The private key never enters the repository: it comes from GONGKAI_SIGNING_KEY (PEM, or the
 *   base64 of the DER PKCS#8) or from the file named by GONGKAI_SIGNING_KEY_FILE, outside the
 *   project folder.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isInside } from '../paths.ts';
import { pemBody } from '../publicKey.ts';
import { integrityText } from '../../i18n/integrity.ts';

export { isPublicKey, parsePublicKey } from '../publicKey.ts';

const t = integrityText.keys;

/** Reads a private key from PEM or base64 DER (PKCS#8); throws on anything that is not Ed25519. */
export function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? createPrivateKey(trimmed)
    : createPrivateKey({ key: Buffer.from(pemBody(trimmed), 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(t.notEd25519(key.asymmetricKeyType ?? '?'));
  return key;
}

/** The public half of a key (a private key's, or the key itself). */
const publicOf = (key: KeyObject) => (key.type === 'public' ? key : createPublicKey(key));

/** The one-line form for content/site.yaml. */
export function publicKeyLine(key: KeyObject): string {
  return publicOf(key).export({ format: 'der', type: 'spki' }).toString('base64');
}

export function publicKeyPem(key: KeyObject): string {
  return publicOf(key).export({ format: 'pem', type: 'spki' }).toString();
}

export function sameKey(a: KeyObject, b: KeyObject): boolean {
  return publicKeyLine(a) === publicKeyLine(b);
}

export function newKeyPair(): { privatePem: string; publicLine: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicLine: publicKeyLine(publicKey),
    publicPem: publicKeyPem(publicKey),
  };
}

export type SigningKey =
  { status: 'none' } | { status: 'ok'; key: KeyObject; source: string } | { status: 'error'; message: string };

/**
 * The signing key from the environment. `repositories`: folders (the project, the site) where a
 * key file is refused, so a key cannot end up in a commit by accident.
 */
export function signingKeyFromEnv(env: NodeJS.ProcessEnv, repositories: string[]): SigningKey {
  const inline = env['GONGKAI_SIGNING_KEY'];
  const file = env['GONGKAI_SIGNING_KEY_FILE'];
  if (inline && file) return { status: 'error', message: t.bothSet };
  if (!inline && !file) return { status: 'none' };
  let text: string;
  let source: string;
  if (file) {
    if (repositories.some((folder) => isInside(folder, file)))
      return { status: 'error', message: t.fileInProject(file) };
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return { status: 'error', message: t.fileUnreadable(file, (error as Error).message) };
    }
    source = 'GONGKAI_SIGNING_KEY_FILE';
  } else {
    text = inline ?? '';
    source = 'GONGKAI_SIGNING_KEY';
  }
  try {
    return { status: 'ok', key: parsePrivateKey(text), source };
  } catch (error) {
    return { status: 'error', message: t.badPrivateKey(source, (error as Error).message) };
  }
}
