/**
 * npm run keygen — prints a new Ed25519 key pair for signing the integrity manifest, and what to
 * do with each half. The private key is printed (or written with --out to a file outside the
 * project, mode 600), never stored in the repository.
 *
 *   npm run keygen
 *   npm run keygen -- --out ~/.config/gongkai/signing-key.pem
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newKeyPair } from '../src/lib/integrity/keys.ts';
import { isInside } from '../src/lib/paths.ts';
import { integrityText } from '../src/i18n/integrity.ts';

const t = integrityText.keygen;
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(t.help);
  process.exit(0);
}

const projectRoot = resolve(import.meta.dirname, '..');
const out = values.out ? resolve(values.out) : undefined;
if (out && isInside(projectRoot, out)) {
  console.error(t.outInProject(out));
  process.exit(2);
}
if (out && existsSync(out)) {
  console.error(t.outExists(out));
  process.exit(2);
}

const pair = newKeyPair();
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, pair.privatePem, { mode: 0o600, flag: 'wx' });
  console.log(t.savedTo(out));
} else {
  console.log(t.privateKey);
  console.log(pair.privatePem);
}
console.log(t.publicKey);
console.log(`manifestPublicKey: ${pair.publicLine}\n`);
console.log(t.steps(pair.publicLine, out));
