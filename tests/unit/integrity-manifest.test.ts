/**
 * The integrity manifest (src/lib/integrity/manifest.ts) and the signing keys
 * (src/lib/integrity/keys.ts), on small folders under the system's temporary folder and real
 * Ed25519 keys: which files are listed and in what order, what is published with which key, which
 * manifests and signatures are refused, and where a signing key may come from.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  MANIFEST_FILE,
  PUBLIC_KEY_FILE,
  SIGNATURE_FILE,
  createManifest,
  listFiles,
  parseManifest,
  signBytes,
  signatureValid,
  writeManifest,
} from '../../src/lib/integrity/manifest.ts';
import {
  newKeyPair,
  parsePrivateKey,
  parsePublicKey,
  publicKeyLine,
  publicKeyPem,
  sameKey,
  signingKeyFromEnv,
} from '../../src/lib/integrity/keys.ts';
import { projectRoot } from '../helpers/build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'gongkai-manifest-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
/** A new empty folder under the scratch folder. */
const folder = (name: string) => {
  const dir = join(scratch, `${++folders}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const put = (dir: string, file: string, content: string | Buffer = file) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), content);
};

const site = { name: '测试区民政局', domain: 'mzj.test.example.gov.cn' };
const pair = newKeyPair();
const privateKey = parsePrivateKey(pair.privatePem);

describe('the files of a build', () => {
  test('are listed with forward slashes in code-unit order, dot folders included, links listed but not entered', async () => {
    const dir = folder('out');
    const elsewhere = folder('elsewhere');
    put(elsewhere, 'secret/passwd.txt');
    // Written in the reverse of the order expected, so the listing cannot follow the disk's order.
    for (const file of [
      '政策/索引.html',
      'a/b.txt',
      'a.txt',
      'a-b.txt',
      '_redirects',
      'Z.html',
      '.well-known/security.txt',
    ]) {
      put(dir, file);
    }
    mkdirSync(join(dir, 'empty-folder'));
    symlinkSync(join(elsewhere, 'secret'), join(dir, 'linked-folder'));
    symlinkSync(join(elsewhere, 'secret/passwd.txt'), join(dir, 'linked.txt'));
    // A socket a development server left behind is neither a file nor a link to publish.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'dev.sock'), resolve));
    try {
      expect(listFiles(dir)).toEqual([
        '.well-known/security.txt',
        'Z.html',
        '_redirects',
        'a-b.txt',
        'a.txt',
        'a/b.txt',
        'linked-folder',
        'linked.txt',
        '政策/索引.html',
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a manifest lists every file but itself and its signature, and its pages by file', () => {
    const dir = folder('signed-before');
    put(dir, 'index.html');
    put(dir, 'policies/index.html');
    put(dir, 'about/index.html');
    put(dir, MANIFEST_FILE, '{"format":"gongkai-manifest/1"}');
    put(dir, SIGNATURE_FILE, 'c2lnbmF0dXJl\n');
    const pages = [
      { path: '/policies/', file: 'policies/index.html', title: '政策文件库 - 测试区民政局' },
      { path: '/', file: 'index.html', title: '测试区民政局' },
      { path: '/about/', file: 'about/index.html', title: '机构概况 - 测试区民政局' },
    ];
    const { manifest, bytes } = createManifest(dir, site, pages, '2026-11-26T16:30:00.000Z');
    expect(manifest.files.map((file) => file.path)).toEqual(['about/index.html', 'index.html', 'policies/index.html']);
    expect(manifest.pages.map((page) => page.file)).toEqual(['about/index.html', 'index.html', 'policies/index.html']);
    expect(pages[0]!.file).toBe('policies/index.html');
    expect(parseManifest(bytes)).toEqual(manifest);
  });
});

describe('writing the manifest', () => {
  const read = (dir: string, file: string) => readFileSync(join(dir, file));

  test('with the signing key alone: its public half is published, listed and the signature verifies', () => {
    const dir = folder('signed');
    put(dir, 'index.html');
    const manifest = writeManifest(dir, site, [], { privateKey });
    expect(publicKeyLine(parsePublicKey(read(dir, PUBLIC_KEY_FILE).toString('utf8')))).toBe(pair.publicLine);
    expect(manifest.files.map((file) => file.path)).toEqual([PUBLIC_KEY_FILE, 'index.html']);
    const signature = read(dir, SIGNATURE_FILE).toString('utf8');
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
    expect(signatureValid(read(dir, MANIFEST_FILE), signature, parsePublicKey(pair.publicLine))).toBe(true);
  });

  test('with the configured public key alone (an unsigned preview): the key is published, no signature', () => {
    const dir = folder('public-only');
    put(dir, 'index.html');
    const manifest = writeManifest(dir, site, [], { publicKey: parsePublicKey(pair.publicLine) });
    expect(read(dir, PUBLIC_KEY_FILE).toString('utf8')).toBe(pair.publicPem);
    expect(existsSync(join(dir, SIGNATURE_FILE))).toBe(false);
    expect(manifest.files.map((file) => file.path)).toEqual([PUBLIC_KEY_FILE, 'index.html']);
  });

  test('without any key: only the manifest is written, and it lists no key', () => {
    const dir = folder('unsigned');
    put(dir, 'index.html');
    const manifest = writeManifest(dir, site, [], {});
    expect(existsSync(join(dir, PUBLIC_KEY_FILE))).toBe(false);
    expect(existsSync(join(dir, SIGNATURE_FILE))).toBe(false);
    expect(manifest.files.map((file) => file.path)).toEqual(['index.html']);
    expect(parseManifest(read(dir, MANIFEST_FILE))).toEqual(manifest);
  });
});

describe('checking a signature', () => {
  const bytes = Buffer.from('{"format":"gongkai-manifest/1"}\n');
  const signature = `${signBytes(bytes, privateKey)}\n`;

  test('holds for the signed bytes and the key pair, not for changed bytes or another key', () => {
    expect(signatureValid(bytes, signature, parsePublicKey(pair.publicLine))).toBe(true);
    expect(signatureValid(Buffer.from(' {"format":"gongkai-manifest/1"}\n'), signature, privateKey)).toBe(false);
    expect(signatureValid(bytes, signature, parsePublicKey(newKeyPair().publicLine))).toBe(false);
  });

  test('a key that cannot verify signatures at all (X25519, for key exchange) is a failed check, not a crash', () => {
    const { publicKey } = generateKeyPairSync('x25519');
    expect(signatureValid(bytes, signature, publicKey)).toBe(false);
  });
});

describe('reading a manifest', () => {
  const valid = () => ({
    format: 'gongkai-manifest/1',
    site,
    generated: '2026-11-26T16:30:00.000Z',
    files: [{ path: 'index.html', size: 3, sha256: 'a'.repeat(64) }],
    pages: [],
  });
  const parse = (data: unknown) => () => parseManifest(Buffer.from(JSON.stringify(data)));

  test('a manifest that is not an object is refused with zod’s reason alone', () => {
    expect(parse([])).toThrowErrorMatchingInlineSnapshot(`[Error: Invalid input: expected object, received array]`);
  });

  test('a file hash that is not 64 hex digits is refused, naming the field', () => {
    const data = valid();
    data.files[0]!.sha256 = 'A'.repeat(64);
    expect(parse(data)).toThrowErrorMatchingInlineSnapshot(
      `[Error: files.0.sha256 Invalid string: must match pattern /^[0-9a-f]{64}$/]`,
    );
  });
});

describe('the signing key', () => {
  const other = newKeyPair();

  test('a public key matches its own private key and no other', () => {
    expect(sameKey(privateKey, parsePublicKey(pair.publicLine))).toBe(true);
    expect(sameKey(privateKey, parsePublicKey(other.publicLine))).toBe(false);
    expect(publicKeyPem(privateKey)).toBe(pair.publicPem);
  });

  test('an EC key pasted with a blank line before it is refused as an EC key', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = `\n${ec.privateKey.export({ format: 'pem', type: 'sec1' }).toString()}`;
    const result = signingKeyFromEnv({ GONGKAI_SIGNING_KEY: pem }, [projectRoot]);
    expect(result).toMatchInlineSnapshot(`
      {
        "message": "GONGKAI_SIGNING_KEY 中不是有效的签名私钥（密钥类型是 ec，应为 Ed25519（请用 npm run keygen 生成））；应为 npm run keygen 输出的 PEM 私钥。",
        "status": "error",
      }
    `);
  });

  test('an SM2 (国密) key is refused, its type named as unknown', () => {
    const sm2 = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const pem = sm2.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => parsePrivateKey(pem)).toThrowErrorMatchingInlineSnapshot(
      `[Error: 密钥类型是 ?，应为 Ed25519（请用 npm run keygen 生成）]`,
    );
  });

  test('from GONGKAI_SIGNING_KEY or from a key file outside the project, the source is named', () => {
    const inline = signingKeyFromEnv({ GONGKAI_SIGNING_KEY: pair.privatePem }, [projectRoot]);
    expect(inline.status === 'ok' && inline.source).toBe('GONGKAI_SIGNING_KEY');
    const keyFile = join(folder('home'), 'signing-key.pem');
    writeFileSync(keyFile, pair.privatePem);
    const fromFile = signingKeyFromEnv({ GONGKAI_SIGNING_KEY_FILE: keyFile }, [projectRoot]);
    expect(fromFile.status === 'ok' && fromFile.source).toBe('GONGKAI_SIGNING_KEY_FILE');
    expect(fromFile.status === 'ok' && sameKey(fromFile.key, parsePublicKey(pair.publicLine))).toBe(true);
  });

  test('both variables set is refused, even when they hold the same key', () => {
    const keyFile = join(folder('home'), 'signing-key.pem');
    writeFileSync(keyFile, pair.privatePem);
    expect(
      signingKeyFromEnv({ GONGKAI_SIGNING_KEY: pair.privatePem, GONGKAI_SIGNING_KEY_FILE: keyFile }, [projectRoot]),
    ).toMatchInlineSnapshot(`
        {
          "message": "同时设置了 GONGKAI_SIGNING_KEY 和 GONGKAI_SIGNING_KEY_FILE；请只保留一个。",
          "status": "error",
        }
      `);
  });

  test('a key file inside the site folder is refused even though it is outside the project', () => {
    const siteDir = folder('site');
    const keyFile = join(siteDir, 'keys/signing-key.pem');
    put(siteDir, 'keys/signing-key.pem', pair.privatePem);
    const result = signingKeyFromEnv({ GONGKAI_SIGNING_KEY_FILE: keyFile }, [projectRoot, siteDir]);
    expect(result.status === 'error' && result.message.replace(siteDir, '<站点>')).toMatchInlineSnapshot(
      `"签名私钥文件 <站点>/keys/signing-key.pem 在项目文件夹内，可能被提交到代码仓库；请把它移到项目以外（例如 ~/.config/gongkai/signing-key.pem），再修改 GONGKAI_SIGNING_KEY_FILE。"`,
    );
  });

  test('a key file that does not exist is reported with the reason and the variable to check', () => {
    const home = folder('home');
    const keyFile = join(home, 'signing-key.pem');
    const result = signingKeyFromEnv({ GONGKAI_SIGNING_KEY_FILE: keyFile }, [projectRoot]);
    expect(result.status === 'error' && result.message.replaceAll(home, '<主目录>')).toMatchInlineSnapshot(
      `"无法读取签名私钥文件 <主目录>/signing-key.pem（ENOENT: no such file or directory, open '<主目录>/signing-key.pem'）；请检查 GONGKAI_SIGNING_KEY_FILE。"`,
    );
  });
});
