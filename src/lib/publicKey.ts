/**
 * Reading an Ed25519 public key (node:crypto), as content/site.yaml writes it: one line of base64
 * (the DER SubjectPublicKeyInfo) or a PEM block. A primitive, so the site schema can check the
 * key without depending on the signing code (./integrity/keys.ts).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { integrityText } from '../i18n/integrity.ts';

const t = integrityText.keys;

/** The body of a PEM block: its base64 without the BEGIN/END lines and whitespace. */
export const pemBody = (text: string) => text.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');

/** Reads a public key from PEM or base64 DER; throws on anything that is not Ed25519. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? createPublicKey(trimmed)
    : createPublicKey({ key: Buffer.from(pemBody(trimmed), 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(t.notEd25519(key.asymmetricKeyType ?? '?'));
  return key;
}

export function isPublicKey(text: string): boolean {
  try {
    parsePublicKey(text);
    return true;
  } catch {
    return false;
  }
}
