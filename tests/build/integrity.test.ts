/**
 * The signed manifest and the verifier, on a real build signed with a key made for this test:
 * a copy with a changed byte, an injected link, a deleted or an added file is reported; a
 * manifest edited after signing, or signed with another key, is rejected; and a live site that
 * serves spam only to Baiduspider, redirects visitors from Baidu, or hijacks its 404 page is
 * caught by fetching it the way crawlers and search visitors do.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildSites, expectRefusal, fixturesDir, outputRoot, projectRoot, type BuildResult } from '../helpers/build.ts';
import { newKeyPair, parsePrivateKey, parsePublicKey } from '../../src/lib/integrity/keys.ts';
import {
  MANIFEST_FILE,
  PUBLIC_KEY_FILE,
  SIGNATURE_FILE,
  parseManifest,
  sha256,
  signBytes,
} from '../../src/lib/integrity/manifest.ts';
import { summaryOf, verifyFolder, verifySite, type VerifyReport } from '../../src/lib/integrity/verify.ts';
import { domainAllowlist } from '../../src/lib/guard/domains.ts';
import { loadSiteConfig } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';

const keys = newKeyPair();
const publicKey = parsePublicKey(keys.publicLine);
let build: BuildResult;
/** The same site built without its private key: refused, or an unsigned preview when asked. */
let failClosed: BuildResult;
let preview: BuildResult;
let allowlist: ReturnType<typeof domainAllowlist>;

/** A copy of the base fixture that publishes the public key of `keys`. */
const siteWithKey = (name: string) => {
  const siteDir = join(outputRoot, 'sites', name);
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(join(fixturesDir, 'valid-site'), siteDir, { recursive: true });
  appendFileSync(join(siteDir, 'content/site.yaml'), `manifestPublicKey: ${keys.publicLine}\n`);
  return siteDir;
};

beforeAll(async () => {
  const siteDir = siteWithKey('integrity-signed');
  const builds = await buildSites([
    ['integrity-signed', { siteDir, env: { GONGKAI_SIGNING_KEY: keys.privatePem } }],
    ['integrity-fail-closed', { siteDir: siteWithKey('integrity-fail-closed') }],
    ['integrity-preview', { siteDir: siteWithKey('integrity-preview'), env: { GONGKAI_UNSIGNED_PREVIEW: '1' } }],
  ]);
  build = builds.get('integrity-signed')!;
  failClosed = builds.get('integrity-fail-closed')!;
  preview = builds.get('integrity-preview')!;
  allowlist = domainAllowlist(loadSiteConfig(sitePaths(siteDir)).site);
});

/** A fresh copy of the build to tamper with. */
function copyOfBuild(name: string): string {
  const dir = join(outputRoot, 'dist', `integrity-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(build.outDir, dir, { recursive: true });
  return dir;
}

/** Finding lines with byte counts replaced (they change whenever the templates do). */
const linesOf = (report: VerifyReport) => report.findings.map((f) => f.message.replace(/\d+ 字节/g, 'N 字节'));

const POLICY_PAGE = 'policies/2024/new-standard/index.html';

describe('the signed manifest', () => {
  test('the build signs a manifest of every file and every page title', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('完整性清单已生成并签名');
    const manifest = parseManifest(readFileSync(join(build.outDir, MANIFEST_FILE)));
    expect(manifest.site).toEqual({ name: '测试区民政局', domain: 'mzj.test.example.gov.cn' });
    const files = manifest.files.map((f) => f.path);
    for (const file of [
      'index.html',
      '404.html',
      'pagefind/pagefind.js',
      'sitemap-index.xml',
      'admin/editor/editor.js',
      PUBLIC_KEY_FILE,
    ]) {
      expect(files).toContain(file);
    }
    expect(files).not.toContain(MANIFEST_FILE);
    // What no page loads is neither published nor listed: only Pagefind's search API, no ready-made UI.
    expect(files.filter((f) => f.startsWith('pagefind/') && !/^pagefind\/(index|fragment|filter)\//.test(f))).toEqual([
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.js',
      expect.stringMatching(/^pagefind\/pagefind\.zh-cn_\w+\.pf_meta$/),
      'pagefind/wasm.unknown.pagefind',
    ]);
    const policy = manifest.files.find((f) => f.path === POLICY_PAGE)!;
    expect(policy.size).toBe(statSync(join(build.outDir, POLICY_PAGE)).size);
    expect(manifest.pages.find((p) => p.file === POLICY_PAGE)).toEqual({
      path: '/policies/2024/new-standard/',
      file: POLICY_PAGE,
      title: '关于提高最低生活保障标准的通知 - 测试区民政局',
    });
    expect(readFileSync(join(build.outDir, PUBLIC_KEY_FILE), 'utf8')).toContain('BEGIN PUBLIC KEY');
  });

  test('a fresh build verifies against the public key in the site configuration', () => {
    const report = verifyFolder(build.outDir, { publicKey, allowlist });
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual([`清单签名有效（公钥 ${keys.publicLine}）。`]);
    expect(summaryOf(report)).toMatch(/^核对通过：\d+ 个文件与完整性清单完全一致，没有多出的文件。$/);
  });

  test('a changed byte, an injected link, a deleted file and an added shell.php are each reported', () => {
    const dir = copyOfBuild('tampered');
    const pdf = readFileSync(join(dir, 'files/table.pdf'));
    pdf.writeUInt8(pdf.readUInt8(pdf.length - 2) ^ 1, pdf.length - 2);
    writeFileSync(join(dir, 'files/table.pdf'), pdf);
    const page = readFileSync(join(dir, POLICY_PAGE), 'utf8');
    writeFileSync(
      join(dir, POLICY_PAGE),
      page.replace('</main>', '<a href="https://bet.example.com/">体育</a></main>'),
    );
    rmSync(join(dir, 'checklists/index.html'));
    writeFileSync(join(dir, 'shell.php'), '<?php eval($_POST["x"]); ?>');
    const report = verifyFolder(dir, { publicKey, allowlist });
    expect(linesOf(report)).toMatchInlineSnapshot(`
      [
        "已改动 files/table.pdf：内容与清单不符（清单 N 字节，现为 N 字节）",
        "已改动 policies/2024/new-standard/index.html：内容与清单不符（清单 N 字节，现为 N 字节）；含有指向 bet.example.com 的链接",
        "缺少 checklists/index.html：清单中有这个文件，但网站上没有。",
        "多出 shell.php：清单中没有这个文件，可能是被植入的（如网页后门、黑链页面）。请核实后删除。",
      ]
    `);
    expect(summaryOf(report)).toMatchInlineSnapshot(
      `"核对发现 4 处问题（改动 2，缺少 1，多出 1）。网站可能已被篡改：请从可信的构建重新发布，并检查服务器和账号安全。"`,
    );
  });

  test('a manifest edited after signing is rejected', () => {
    const dir = copyOfBuild('edited-manifest');
    // The attacker changes a page and updates its hash in the manifest to match.
    const spam = '<title>bet365</title>';
    writeFileSync(join(dir, 'index.html'), spam);
    const manifest = parseManifest(readFileSync(join(dir, MANIFEST_FILE)));
    const entry = manifest.files.find((f) => f.path === 'index.html')!;
    Object.assign(entry, { size: Buffer.byteLength(spam), sha256: sha256(spam) });
    writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    const report = verifyFolder(dir, { publicKey, allowlist });
    expect(report.findings.map((f) => f.kind)).toContain('signature');
    expect(report.findings[0]!.message).toMatchInlineSnapshot(
      `"清单签名无效：清单在签名后被改动过，或是用别的密钥签的。网站可能已被篡改，请立即检查服务器，并从可信的构建重新发布。"`,
    );
  });

  test('a manifest signed with another key is rejected', () => {
    const dir = copyOfBuild('other-key');
    const other = generateKeyPairSync('ed25519').privateKey;
    writeFileSync(join(dir, SIGNATURE_FILE), signBytes(readFileSync(join(dir, MANIFEST_FILE)), other));
    const report = verifyFolder(dir, { publicKey, allowlist });
    expect(report.findings.map((f) => f.kind)).toEqual(['signature']);
  });

  test('an unsigned manifest is reported as unsigned', () => {
    const dir = copyOfBuild('unsigned');
    rmSync(join(dir, SIGNATURE_FILE));
    expect(linesOf(verifyFolder(dir, { publicKey, allowlist }))).toMatchInlineSnapshot(`
      [
        "清单没有签名：无法证明它出自本单位，攻击者可以连同网页一起伪造清单。请配置签名密钥（npm run keygen）后重新构建发布。",
      ]
    `);
    const tolerated = verifyFolder(dir, { publicKey, allowlist, allowUnsigned: true });
    expect(tolerated.findings).toEqual([]);
    expect(tolerated.notes).toMatchInlineSnapshot(`
      [
        "警告 清单没有签名（--allow-unsigned）：只核对了文件与清单是否一致。",
      ]
    `);
  });

  test('the private key used for signing is the one whose public key was configured', () => {
    expect(parsePrivateKey(keys.privatePem).asymmetricKeyType).toBe('ed25519');
    expect(existsSync(join(build.outDir, SIGNATURE_FILE))).toBe(true);
  });

  test('npm run verify prints one line per finding and a summary, and exits 0, 1 or 2', () => {
    const verify = (...args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'scripts/verify.ts'), ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
    const clean = verify(build.outDir, '--public-key', keys.publicLine);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout.trim().split('\n')).toEqual([
      `清单签名有效（公钥 ${keys.publicLine}）。`,
      // The key given is the one the site publishes: only worth something if it came from elsewhere.
      expect.stringMatching(/^警告 你给出的公钥与网站上发布的公钥（\/\.well-known\/gongkai-public-key\.pem）相同。/),
      expect.stringMatching(/^核对通过：\d+ 个文件与完整性清单完全一致，没有多出的文件。$/),
    ]);

    // The site's own published key file proves nothing: refused.
    const ownKey = verify(build.outDir, '--public-key', join(build.outDir, PUBLIC_KEY_FILE));
    expect(ownKey.status).toBe(2);
    expect(ownKey.stderr).toContain('取自被核对的网站本身');

    const dir = copyOfBuild('cli');
    writeFileSync(join(dir, 'shell.php'), '<?php system($_GET["c"]); ?>');
    const tampered = verify(dir, '--public-key', keys.publicLine);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain('多出 shell.php：');
    expect(tampered.stdout.trim().split('\n').at(-1)).toMatch(/^核对发现 1 处问题（多出 1）。/);

    const nothing = verify(join(dir, 'files'), '--public-key', keys.publicLine);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('读取不到完整性清单');
  });
});

describe('a site that publishes a public key', () => {
  test('does not build without its private key: an unsigned site would prove nothing', () => {
    const result = failClosed;
    expect(result.status).toBe(1);
    expect(result.exists('index.html')).toBe(false);
    expectRefusal(
      result.output,
      /\[ERROR\] \[gongkai:integrity\] content\/site\.yaml 设置了 manifestPublicKey，但没有提供签名私钥（GONGKAI_SIGNING_KEY 或 GONGKAI_SIGNING_KEY_FILE）/,
    );
  });

  test('builds an unsigned preview only when asked, and then publishes no public key', () => {
    const result = preview;
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('未签名的预览版');
    expect(result.exists(SIGNATURE_FILE)).toBe(false);
    expect(result.exists(PUBLIC_KEY_FILE)).toBe(false);
    expect(verifyFolder(result.outDir, { publicKey }).findings.map((f) => f.kind)).toEqual(['signature']);
  });
});

// --- a live site ---------------------------------------------------------------------------

type Twist = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Serves a build folder on 127.0.0.1 like a static host (404.html for missing files); `twist` may answer first. */
async function serveSite(dir: string, twist: Twist = () => false) {
  const server = createServer((req, res) => {
    if (twist(req, res)) return;
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200);
      res.end(readFileSync(file));
    } else {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(dir, '404.html')));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

const SPAM =
  '<!doctype html><title>澳门新葡京娱乐场</title><h1>澳门新葡京</h1><a href="https://bet.example.com/">立即注册</a>';

describe('verifying a live site', () => {
  let servers: { close: () => Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  test('a faithful copy served over HTTP verifies, including what crawlers and search visitors see', async () => {
    const site = await serveSite(build.outDir);
    servers.push(site);
    const report = await verifySite(site.url, { publicKey, allowlist });
    expect(linesOf(report)).toEqual([]);
    expect(summaryOf(report)).toMatch(/^核对通过：清单中的 \d+ 个文件与网站一致/);
  });

  test('a live site whose manifest was edited after signing, or was signed with another key, fails the signature', async () => {
    // The attacker replaces the home page and updates its hash in the served manifest.
    const spam = '<title>bet365</title>';
    const edited = copyOfBuild('live-edited-manifest');
    writeFileSync(join(edited, 'index.html'), spam);
    const manifest = parseManifest(readFileSync(join(edited, MANIFEST_FILE)));
    Object.assign(
      manifest.files.find((f) => f.path === 'index.html')!,
      {
        size: Buffer.byteLength(spam),
        sha256: sha256(spam),
      },
    );
    writeFileSync(join(edited, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
    const resigned = copyOfBuild('live-other-key');
    const other = generateKeyPairSync('ed25519').privateKey;
    writeFileSync(join(resigned, SIGNATURE_FILE), signBytes(readFileSync(join(resigned, MANIFEST_FILE)), other));
    for (const dir of [edited, resigned]) {
      const site = await serveSite(dir);
      servers.push(site);
      const report = await verifySite(site.url, { publicKey, allowlist });
      expect(report.findings.map((f) => f.kind)).toEqual(['signature']);
      expect(summaryOf(report)).not.toMatch(/^核对通过/);
    }
  });

  test('spam for Baiduspider, a redirect for visitors from Baidu, a hijacked 404 and a backdoor are each caught', async () => {
    const site = await serveSite(build.outDir, (req, res) => {
      const agent = req.headers['user-agent'] ?? '';
      const referer = req.headers['referer'] ?? '';
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (agent.includes('Baiduspider') && path === '/policies/2024/new-standard/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(SPAM);
        return true;
      }
      if (referer.includes('baidu.com') && path === '/') {
        res.writeHead(302, { location: 'https://bet.example.com/' });
        res.end();
        return true;
      }
      // A hijacked 404 handler: every page address the site does not have shows spam; and a backdoor.
      const file = join(build.outDir, path.endsWith('/') ? `${path}index.html` : path);
      const pageAddress = path.endsWith('/') && !path.includes('/.');
      if ((pageAddress && !existsSync(decodeURIComponent(file))) || path === '/shell.php') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(SPAM);
        return true;
      }
      return false;
    });
    servers.push(site);
    const report = await verifySite(site.url, { publicKey, allowlist });
    const probe = report.findings.find((finding) => finding.kind === 'notFound')!.path;
    // The probe looks like one of the site's own addresses, and names no tool.
    expect(probe).toMatch(/^\/([^/\s]+\/){2,}$/);
    expect(parseManifest(readFileSync(join(build.outDir, MANIFEST_FILE))).pages.map((p) => p.path)).not.toContain(
      probe,
    );
    expect(probe).not.toMatch(/gongkai|verify/);
    const lines = linesOf(report).map((line) => line.replace(probe, '/gongkai-verify-…/'));
    expect(lines).toMatchInlineSnapshot(`
      [
        "多出 /shell.php：网站对这个常见后门地址返回了状态 200 和内容；静态网站不应有它，请检查服务器是否被植入文件。",
        "从百度搜索结果点进来的访客看到的 / 与清单不同：被重定向（状态 302）到 https://bet.example.com/。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。",
        "百度爬虫（Baiduspider）看到的 /policies/2024/new-standard/ 与清单不同：内容与清单不符（清单 N 字节，现为 N 字节）；标题由“关于提高最低生活保障标准的通知 - 测试区民政局”变为“澳门新葡京娱乐场”；含有指向 bet.example.com 的链接。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。",
        "从百度搜索结果点进来的访客访问不存在的地址 /gongkai-verify-…/ 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
        "普通访客访问不存在的地址 /gongkai-verify-…/ 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
        "百度爬虫（Baiduspider）访问不存在的地址 /gongkai-verify-…/ 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
        "谷歌爬虫（Googlebot）访问不存在的地址 /gongkai-verify-…/ 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
      ]
    `);
  });
});
