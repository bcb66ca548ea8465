/**
 * npm run verify (src/lib/integrity/verify.ts) without a build: a small signed site written under
 * the system's temporary folder, checked as a copy (a folder) and as a live site served by a
 * local node:http server on 127.0.0.1 that can play a hijacked or misconfigured host.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { domainAllowlist } from '../../src/lib/guard/domains.ts';
import {
  MANIFEST_FILE,
  SIGNATURE_FILE,
  signBytes,
  writeManifest,
  type Manifest,
} from '../../src/lib/integrity/manifest.ts';
import type { PageRecord } from '../../src/lib/integrity/pages.ts';
import {
  VerifyError,
  addressOf,
  summaryOf,
  verifyFolder,
  verifySite,
  type VerifyReport,
} from '../../src/lib/integrity/verify.ts';

const SITE = { name: '测试区民政局', domain: 'mzj.test.example.gov.cn' };
const allowlist = domainAllowlist({ domain: SITE.domain, links: [], allowedDomains: [] });
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const keyLine = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');

const DIBAO = '关于提高最低生活保障标准的通知';
const YILIAO = '关于做好城乡居民医疗救助工作的通知';
const TOKEN_FILE = 'baidu_verify_codeva-Ab12Cd.html';

/** A page as the site's layout writes it, with the filing number in the footer. */
const page = (title: string | undefined, main: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${title === undefined ? '' : `<title>${title}</title>`}` +
  `<link rel="stylesheet" href="/style.css"><script src="/reading-prefs.js"></script></head>` +
  `<body><main>${main}</main><footer><a href="https://beian.miit.gov.cn/">测ICP备00000000号</a></footer></body></html>`;

const dibaoPage = (amount = '1000', title = `${DIBAO} - 测试区民政局`, extra = '') =>
  page(title, `<h1>${DIBAO}</h1><p>城市低保标准提高到每人每月${amount}元。</p>${extra}`);

const SPAM =
  '<!doctype html><html><head><title>澳门新葡京娱乐场</title></head><body>' +
  '<a href="https://bet.example.com/">立即注册</a><a href="https://pay.example.net/">充值</a></body></html>';

function siteFiles(): Record<string, string | Buffer> {
  return {
    'index.html': page('测试区民政局', '<h1>测试区民政局</h1>'),
    '404.html': page('页面不存在 - 测试区民政局', '<h1>页面不存在</h1>'),
    'policies/dibao-2024/index.html': dibaoPage(),
    'policies/yiliao-2024/index.html': page(`${YILIAO} - 测试区民政局`, `<h1>${YILIAO}</h1>`),
    'style.css': 'main{max-width:40em}',
    'reading-prefs.js': 'document.documentElement.dataset.size="m";',
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    [TOKEN_FILE]: 'a1b2c3d4e5',
  };
}

const PAGES: PageRecord[] = [
  { path: '/', file: 'index.html', title: '测试区民政局' },
  { path: '/404.html', file: '404.html', title: '页面不存在 - 测试区民政局' },
  { path: '/policies/dibao-2024/', file: 'policies/dibao-2024/index.html', title: `${DIBAO} - 测试区民政局` },
  { path: '/policies/yiliao-2024/', file: 'policies/yiliao-2024/index.html', title: `${YILIAO} - 测试区民政局` },
];

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function put(dir: string, file: string, content: string | Buffer) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

/** A built site: its files, the public key and the manifest, signed with the site key unless `signed` is false. */
function writeSite(files = siteFiles(), pages = PAGES, signed = true): { dir: string; fileCount: number } {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-verify-'));
  folders.push(dir);
  for (const [file, content] of Object.entries(files)) put(dir, file, content);
  const manifest = writeManifest(dir, SITE, pages, { privateKey: signed ? privateKey : undefined, publicKey });
  return { dir, fileCount: manifest.files.length };
}

/** Rewrites the manifest of `dir` and signs it again with the site's key. */
function resign(dir: string, change: (manifest: Manifest) => void) {
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  change(manifest);
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(join(dir, MANIFEST_FILE), bytes);
  writeFileSync(join(dir, SIGNATURE_FILE), `${signBytes(bytes, privateKey)}\n`);
}

const messages = (report: VerifyReport) => report.findings.map((finding) => finding.message);
const kindsAndPaths = (report: VerifyReport) => report.findings.map((finding) => `${finding.kind} ${finding.path}`);

// --- a local host ----------------------------------------------------------------------------

type Visitor = 'browser' | 'baidu' | 'google' | 'fromSearch';
type Reply = { status: number; body?: string | Buffer; location?: string };
type Request = { path: string; visitor: Visitor; headers: IncomingHttpHeaders; served: Reply };
type Rule = (request: Request) => Reply | 'drop' | undefined;
type Host = { url: string; log: string[]; stats: { maxInFlight: number }; close: () => Promise<void> };

/** Who is asking, as a cloaking server tells it: spiders by User-Agent, search visitors by referer. */
function visitorOf(headers: IncomingHttpHeaders): Visitor {
  const agent = headers['user-agent'] ?? '';
  if (agent.includes('Baiduspider')) return 'baidu';
  if (agent.includes('Googlebot')) return 'google';
  return headers.referer?.startsWith('https://www.baidu.com/link?') ? 'fromSearch' : 'browser';
}

/** What a plain static host serves for `path`: the file, a folder's index.html, or 404.html with 404. */
function fromFolder(dir: string, prefix: string, path: string): Reply {
  const notFound: Reply = {
    status: 404,
    body: existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found',
  };
  if (!path.startsWith(prefix) || path.includes('//')) return notFound;
  let rest = path.slice(prefix.length);
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  const file = join(dir, rest);
  return existsSync(file) && statSync(file).isFile() ? { status: 200, body: readFileSync(file) } : notFound;
}

/** Serves `dir` under `prefix`; `rule` may answer differently (or drop the connection). */
async function host(
  dir: string,
  rule: Rule = () => undefined,
  options: { prefix?: string; delayMs?: number } = {},
): Promise<Host> {
  const prefix = options.prefix ?? '/';
  const log: string[] = [];
  const stats = { maxInFlight: 0 };
  let inFlight = 0;
  const server = createServer((req, res) => {
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const visitor = visitorOf(req.headers);
    log.push(`${visitor} ${path}`);
    const served = fromFolder(dir, prefix, path);
    const reply = rule({ path, visitor, headers: req.headers, served }) ?? served;
    setTimeout(() => {
      inFlight--;
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      res.statusCode = reply.status;
      if (reply.location) res.setHeader('location', reply.location);
      res.end(reply.body ?? '');
    }, options.delayMs ?? 0);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    stats,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Runs `check` against `dir` served by a local host, and closes the host. */
async function online<T>(
  dir: string,
  rule: Rule | undefined,
  check: (server: Host) => Promise<T>,
  options: { prefix?: string; delayMs?: number } = {},
): Promise<T> {
  const server = await host(dir, rule, options);
  try {
    return await check(server);
  } finally {
    await server.close();
  }
}

/** The address the 404 check made up: shaped like a policy's, and none of them. */
const madeUp = (path: string) =>
  /^\/policies\/[a-z]+-\d{4}\/$/.test(path) && !['/policies/dibao-2024/', '/policies/yiliao-2024/'].includes(path);

/** The messages, with that random address and the host's port made readable. */
const onlineMessages = (report: VerifyReport, url: string) =>
  report.findings.map((finding) => {
    const message = finding.message.replaceAll(url, '<网址>');
    return madeUp(finding.path) ? message.replaceAll(finding.path, '<不存在的地址>') : message;
  });
const onlineKindsAndPaths = (report: VerifyReport) =>
  report.findings.map((finding) => `${finding.kind} ${madeUp(finding.path) ? '<不存在的地址>' : finding.path}`);

// --- a copy of the site ----------------------------------------------------------------------

describe('verifying a copy of the site (a folder)', () => {
  test('an untouched copy of a signed build passes, naming the key that signed it', () => {
    const { dir, fileCount } = writeSite();
    const report = verifyFolder(dir, { publicKey, allowlist });
    expect(report.findings).toEqual([]);
    expect(report.files).toBe(fileCount);
    expect(report.online).toBe(false);
    expect(report.notes.map((note) => note.replace(keyLine, '<公钥>'))).toMatchInlineSnapshot(`
      [
        "清单签名有效（公钥 <公钥>）。",
      ]
    `);
    expect(summaryOf(report)).toMatchInlineSnapshot(`"核对通过：9 个文件与完整性清单完全一致，没有多出的文件。"`);
  });

  test('a defaced copy names every changed page and what changed in it, the missing and the planted files', () => {
    const { dir } = writeSite();
    // A gambling title and links; the filing number in the footer is not a finding.
    put(
      dir,
      'policies/dibao-2024/index.html',
      dibaoPage(
        '1000',
        '澳门新葡京娱乐场 - 测试区民政局',
        '<a href="https://bet.example.com/">立即注册</a><a href="https://pay.example.net/">充值</a>',
      ),
    );
    // The same title, one more paragraph, no foreign link: the change alone.
    put(
      dir,
      'policies/yiliao-2024/index.html',
      page(`${YILIAO} - 测试区民政局`, `<h1>${YILIAO}</h1><p>本通知自发布之日起废止。</p>`),
    );
    // A page whose <title> was removed: there is no new title to name.
    put(dir, 'index.html', page(undefined, '<h1>测试区民政局</h1>'));
    // A verification token file is not a page: it has no title to compare.
    put(dir, TOKEN_FILE, '<title>澳门新葡京</title>');
    // A script is not read as a page, even when it writes a link.
    put(dir, 'reading-prefs.js', 'document.write(\'<a href="https://bet.example.com/">澳门新葡京</a>\');');
    rmSync(join(dir, 'logo.png'));
    put(dir, 'shell.php', '<?php eval($_POST["x"]); ?>');
    put(dir, 'uploads/hm.html', SPAM);

    const report = verifyFolder(dir, { publicKey, allowlist });
    expect(kindsAndPaths(report)).toEqual([
      `changed ${TOKEN_FILE}`,
      'changed index.html',
      'changed policies/dibao-2024/index.html',
      'changed policies/yiliao-2024/index.html',
      'changed reading-prefs.js',
      'missing logo.png',
      'unexpected shell.php',
      'unexpected uploads/hm.html',
    ]);
    expect(messages(report)).toMatchInlineSnapshot(`
      [
        "已改动 baidu_verify_codeva-Ab12Cd.html：内容与清单不符（清单 10 字节，现为 30 字节）",
        "已改动 index.html：内容与清单不符（清单 322 字节，现为 289 字节）",
        "已改动 policies/dibao-2024/index.html：内容与清单不符（清单 453 字节，现为 528 字节）；标题由“关于提高最低生活保障标准的通知 - 测试区民政局”变为“澳门新葡京娱乐场 - 测试区民政局”；含有指向 bet.example.com、pay.example.net 的链接",
        "已改动 policies/yiliao-2024/index.html：内容与清单不符（清单 409 字节，现为 452 字节）",
        "已改动 reading-prefs.js：内容与清单不符（清单 42 字节，现为 73 字节）",
        "缺少 logo.png：清单中有这个文件，但网站上没有。",
        "多出 shell.php：清单中没有这个文件，可能是被植入的（如网页后门、黑链页面）。请核实后删除。",
        "多出 uploads/hm.html：清单中没有这个文件，可能是被植入的（如网页后门、黑链页面）。请核实后删除。",
      ]
    `);
    expect(summaryOf(report)).toMatchInlineSnapshot(
      `"核对发现 8 处问题（改动 5，缺少 1，多出 2）。网站可能已被篡改：请从可信的构建重新发布，并检查服务器和账号安全。"`,
    );
  });

  test('raising 低保 from 1000元 to 9000元 keeps the size of the page but not its hash', () => {
    const { dir } = writeSite();
    put(dir, 'policies/dibao-2024/index.html', dibaoPage('9000'));
    // No allowlist: the links of a changed page are not judged.
    const report = verifyFolder(dir, { publicKey });
    expect(messages(report)).toMatchInlineSnapshot(`
      [
        "已改动 policies/dibao-2024/index.html：内容与清单不符（清单 453 字节，现为 453 字节）",
      ]
    `);
  });

  test('a file whose size disagrees with the signed manifest is reported even when its hash agrees', () => {
    const { dir } = writeSite();
    resign(dir, (manifest) => {
      const entry = manifest.files.find((file) => file.path === 'style.css')!;
      entry.size += 1;
    });
    expect(messages(verifyFolder(dir, { publicKey }))).toMatchInlineSnapshot(`
      [
        "已改动 style.css：内容与清单不符（清单 21 字节，现为 20 字节）",
      ]
    `);
  });

  test('an unsigned manifest is a finding, or with --allow-unsigned a warning', () => {
    const { dir } = writeSite(siteFiles(), PAGES, false);
    const refused = verifyFolder(dir, { publicKey });
    expect(refused.findings.map((finding) => `${finding.kind} ${finding.path}`)).toEqual([
      `signature ${MANIFEST_FILE}`,
    ]);
    expect(messages(refused)).toMatchInlineSnapshot(`
      [
        "清单没有签名：无法证明它出自本单位，攻击者可以连同网页一起伪造清单。请配置签名密钥（npm run keygen）后重新构建发布。",
      ]
    `);
    expect(refused.notes).toEqual([]);

    const tolerated = verifyFolder(dir, { publicKey, allowUnsigned: true });
    expect(tolerated.findings).toEqual([]);
    expect(tolerated.notes).toMatchInlineSnapshot(`
      [
        "警告 清单没有签名（--allow-unsigned）：只核对了文件与清单是否一致。",
      ]
    `);
  });

  test('a signed manifest without a key to check it against is a finding, or with --allow-unsigned a warning', () => {
    const { dir } = writeSite();
    const refused = verifyFolder(dir);
    expect(messages(refused)).toMatchInlineSnapshot(`
      [
        "没有可用来验证签名的公钥：content/site.yaml 中没有 manifestPublicKey，也没有给出 --public-key。只能核对文件是否与清单一致，无法证明清单本身未被篡改。",
      ]
    `);
    expect(refused.notes).toEqual([]);

    const tolerated = verifyFolder(dir, { allowUnsigned: true });
    expect(tolerated.findings).toEqual([]);
    expect(tolerated.notes).toMatchInlineSnapshot(`
      [
        "警告 没有可用来验证签名的公钥：content/site.yaml 中没有 manifestPublicKey，也没有给出 --public-key。只能核对文件是否与清单一致，无法证明清单本身未被篡改。",
      ]
    `);
  });

  test('a manifest signed with another key than the configured one fails verification', () => {
    const { dir } = writeSite();
    const other = generateKeyPairSync('ed25519').publicKey;
    const report = verifyFolder(dir, { publicKey: other, allowUnsigned: true });
    expect(messages(report)).toMatchInlineSnapshot(`
      [
        "清单签名无效：清单在签名后被改动过，或是用别的密钥签的。网站可能已被篡改，请立即检查服务器，并从可信的构建重新发布。",
      ]
    `);
    expect(report.notes).toEqual([]);
  });

  test('a folder without a manifest, or with a broken one, cannot be checked at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-verify-'));
    folders.push(dir);
    put(dir, 'index.html', page('测试区民政局', ''));
    let missing: unknown;
    try {
      verifyFolder(dir, { publicKey });
    } catch (error) {
      missing = error;
    }
    expect(missing).toBeInstanceOf(VerifyError);
    expect((missing as VerifyError).name).toBe('VerifyError');
    expect((missing as VerifyError).message.replace(dir, '<文件夹>')).toMatchInlineSnapshot(
      `"读取不到完整性清单 <文件夹>/.well-known/gongkai-manifest.json（ENOENT）；请确认网站是用 npm run build 生成的，且 /.well-known/ 可以访问。"`,
    );

    put(dir, MANIFEST_FILE, '{"format":"gongkai-manifest/0"}');
    expect(() => verifyFolder(dir, { publicKey })).toThrowErrorMatchingInlineSnapshot(
      `[VerifyError: 完整性清单格式不对（format Invalid input: expected "gongkai-manifest/1"），可能已被篡改。]`,
    );
  });
});

// --- addresses -------------------------------------------------------------------------------

describe('the address a file is served at', () => {
  test('a folder’s index.html is the folder, other files keep their names, encoded', () => {
    expect(addressOf('index.html')).toBe('/');
    expect(addressOf('policies/dibao-2024/index.html')).toBe('/policies/dibao-2024/');
    expect(addressOf('404.html')).toBe('/404.html');
    expect(addressOf('aindex.html')).toBe('/aindex.html');
    expect(addressOf('files/2024年 预算.pdf')).toBe(`/files/${encodeURIComponent('2024年 预算.pdf')}`);
  });
});

// --- a live site -----------------------------------------------------------------------------

describe('verifying a live site', () => {
  test('an untouched site passes, and every page is fetched once as each kind of visitor', async () => {
    const { dir, fileCount } = writeSite();
    await online(dir, undefined, async ({ url, log }) => {
      const report = await verifySite(`${url}/`, { publicKey, allowlist });
      expect(report.findings).toEqual([]);
      expect(report.files).toBe(fileCount);
      expect(report.online).toBe(true);
      expect(report.notes.map((note) => note.replace(keyLine, '<公钥>'))).toMatchInlineSnapshot(`
        [
          "清单签名有效（公钥 <公钥>）。",
        ]
      `);
      expect(summaryOf(report)).toMatchInlineSnapshot(
        `"核对通过：清单中的 9 个文件与网站一致，爬虫和搜索来访者看到的内容相同，404 页面正常。（核对网址时无法列出服务器上多出的文件。）"`,
      );
      expect(log.filter((line) => line.endsWith(' /policies/dibao-2024/')).sort()).toEqual([
        'baidu /policies/dibao-2024/',
        'browser /policies/dibao-2024/',
        'fromSearch /policies/dibao-2024/',
        'google /policies/dibao-2024/',
      ]);
    });
  });

  test('a hijacked host: spam for Baiduspider, a redirect for search visitors, a hijacked 404, a planted shell', async () => {
    const { dir } = writeSite();
    // The home page is defaced for everyone: a change, not cloaking.
    put(dir, 'index.html', page('澳门新葡京 - 测试区民政局', '<a href="https://bet.example.com/">立即注册</a>'));
    const rule: Rule = ({ path, visitor, served }) => {
      if (visitor === 'baidu' && path.startsWith('/policies/')) return { status: 200, body: SPAM };
      if (visitor === 'fromSearch' && path === '/policies/dibao-2024/')
        return { status: 302, location: 'https://bet.example.com/' };
      if (path === '/shell.php') return { status: 200, body: '<?php eval($_POST["x"]); ?>' };
      if (served.status === 404 && path.endsWith('/')) return { status: 200, body: SPAM };
      return undefined;
    };
    await online(dir, rule, async ({ url }) => {
      const report = await verifySite(`${url}/`, { publicKey, allowlist, concurrency: 1 });
      expect(report.findings.map((finding) => finding.kind)).toEqual([
        'changed',
        'unexpected',
        'cloaked',
        'cloaked',
        'cloaked',
        'notFound',
        'notFound',
        'notFound',
        'notFound',
      ]);
      expect(onlineMessages(report, url)).toMatchInlineSnapshot(`
        [
          "已改动 /：内容与清单不符（清单 322 字节，现为 364 字节）；标题由“测试区民政局”变为“澳门新葡京 - 测试区民政局”；含有指向 bet.example.com 的链接",
          "多出 /shell.php：网站对这个常见后门地址返回了状态 200 和内容；静态网站不应有它，请检查服务器是否被植入文件。",
          "从百度搜索结果点进来的访客看到的 /policies/dibao-2024/ 与清单不同：被重定向（状态 302）到 https://bet.example.com/。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。",
          "百度爬虫（Baiduspider）看到的 /policies/dibao-2024/ 与清单不同：内容与清单不符（清单 453 字节，现为 189 字节）；标题由“关于提高最低生活保障标准的通知 - 测试区民政局”变为“澳门新葡京娱乐场”；含有指向 bet.example.com、pay.example.net 的链接。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。",
          "百度爬虫（Baiduspider）看到的 /policies/yiliao-2024/ 与清单不同：内容与清单不符（清单 409 字节，现为 189 字节）；标题由“关于做好城乡居民医疗救助工作的通知 - 测试区民政局”变为“澳门新葡京娱乐场”；含有指向 bet.example.com、pay.example.net 的链接。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。",
          "从百度搜索结果点进来的访客访问不存在的地址 <不存在的地址> 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
          "普通访客访问不存在的地址 <不存在的地址> 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
          "百度爬虫（Baiduspider）访问不存在的地址 <不存在的地址> 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
          "谷歌爬虫（Googlebot）访问不存在的地址 <不存在的地址> 时，返回状态 200；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
        ]
      `);
      expect(summaryOf(report)).toMatchInlineSnapshot(
        `"核对发现 9 处问题（改动 1，多出 1，区别对待访客 3，404 异常 4）。（核对网址时无法列出服务器上多出的文件。）网站可能已被篡改：请从可信的构建重新发布，并检查服务器和账号安全。"`,
      );
    });
  });

  test('answers that are not the file: redirects, statuses at the edges of their ranges, dropped connections', async () => {
    const { dir } = writeSite({ ...siteFiles(), 'files/2024-budget.pdf': '%PDF-1.4 预算' });
    rmSync(join(dir, 'files/2024-budget.pdf'));
    const rule: Rule = ({ path, visitor, served }) => {
      if (visitor === 'browser') {
        if (path === '/style.css') return { status: 300 };
        if (path === '/logo.png') return { status: 301, location: 'https://cdn.bet.example.com/logo.png' };
        if (path === '/reading-prefs.js') return { status: 400, body: 'Bad Request' };
        if (path === `/${TOKEN_FILE}`) return 'drop';
        // Browsers are sent away from the page; the spiders get it as signed.
        if (path === '/policies/dibao-2024/') return { status: 302, location: 'https://bet.example.com/' };
      }
      if (path === '/policies/yiliao-2024/') {
        if (visitor === 'baidu') return { status: 403, body: 'Forbidden' };
        // The right page, but a status that makes Google drop it.
        if (visitor === 'google') return { status: 404, body: served.body ?? '' };
        if (visitor === 'fromSearch') return 'drop';
      }
      if (served.status === 404 && path.endsWith('/')) {
        if (visitor === 'browser') return undefined;
        if (visitor === 'baidu') return { status: 404, body: SPAM };
        if (visitor === 'google') return { status: 300 };
        return { status: 400, body: 'Bad Request' };
      }
      return undefined;
    };
    await online(dir, rule, async ({ url }) => {
      const report = await verifySite(`${url}/`, { publicKey, allowlist, concurrency: 1 });
      expect(onlineKindsAndPaths(report)).toEqual([
        'changed /logo.png',
        'changed /policies/dibao-2024/',
        'changed /style.css',
        'missing /files/2024-budget.pdf',
        'missing /reading-prefs.js',
        'cloaked /policies/yiliao-2024/',
        'cloaked /policies/yiliao-2024/',
        'notFound <不存在的地址>',
        'notFound <不存在的地址>',
        'notFound <不存在的地址>',
        `unreachable /${TOKEN_FILE}`,
        'unreachable /policies/yiliao-2024/',
      ]);
      expect(onlineMessages(report, url)).toMatchInlineSnapshot(`
        [
          "已改动 /logo.png：被重定向（状态 301）到 https://cdn.bet.example.com/logo.png",
          "已改动 /policies/dibao-2024/：被重定向（状态 302）到 https://bet.example.com/",
          "已改动 /style.css：被重定向（状态 300），没有给出目标地址",
          "缺少 /files/2024-budget.pdf：清单中有这个文件，但网站返回状态 404。",
          "缺少 /reading-prefs.js：清单中有这个文件，但网站返回状态 400。",
          "百度爬虫（Baiduspider）看到的 /policies/yiliao-2024/ 与清单不同：返回状态 403。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。",
          "谷歌爬虫（Googlebot）看到的 /policies/yiliao-2024/ 与清单不同：返回状态 404。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。",
          "从百度搜索结果点进来的访客访问不存在的地址 <不存在的地址> 时，返回状态 400；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
          "百度爬虫（Baiduspider）访问不存在的地址 <不存在的地址> 时，返回的内容不是本站的 404 页面；标题由“页面不存在 - 测试区民政局”变为“澳门新葡京娱乐场”；含有指向 bet.example.com、pay.example.net 的链接；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
          "谷歌爬虫（Googlebot）访问不存在的地址 <不存在的地址> 时，被重定向（状态 300），没有给出目标地址；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。",
          "普通访客无法读取 /baidu_verify_codeva-Ab12Cd.html（socket hang up）。",
          "从百度搜索结果点进来的访客无法读取 /policies/yiliao-2024/（socket hang up）。",
        ]
      `);
    });
  });

  test('only a backdoor name that answers with a page of its own is reported', async () => {
    // This site really publishes an index.php: it is checked as a file, not probed.
    const { dir } = writeSite({ ...siteFiles(), 'index.php': '<?php header("Location: /"); ?>' });
    const rule: Rule = ({ path, served }) => {
      if (path === '/shell.php') return { status: 200, body: '<?php eval($_POST["x"]); ?>' };
      // A host that answers unknown names with its 404 page but status 200.
      if (path === '/wp-login.php') return { status: 200, body: served.body ?? '' };
      if (path === '/admin.php') return { status: 300 };
      if (path === '/.git/config') return { status: 403, body: 'Forbidden' };
      if (path === '/.env') return 'drop';
      return undefined;
    };
    await online(dir, rule, async ({ url }) => {
      const report = await verifySite(url, { publicKey });
      expect(kindsAndPaths(report)).toEqual(['unexpected /shell.php']);
      expect(messages(report)).toMatchInlineSnapshot(`
        [
          "多出 /shell.php：网站对这个常见后门地址返回了状态 200 和内容；静态网站不应有它，请检查服务器是否被植入文件。",
        ]
      `);
    });
  });

  test('a site without a 404.html: any 404 answer will do, and a backdoor that answers is still reported', async () => {
    const files = siteFiles();
    delete files['404.html'];
    const { dir } = writeSite(
      files,
      PAGES.filter((record) => record.file !== '404.html'),
    );
    const rule: Rule = ({ path, visitor, served }) => {
      if (path === '/admin.php') return { status: 200, body: '管理后台' };
      // The connection drops when a browser asks for the made-up address.
      if (visitor === 'browser' && served.status === 404 && path.endsWith('/')) return 'drop';
      return undefined;
    };
    await online(dir, rule, async ({ url }) => {
      const report = await verifySite(url, { publicKey });
      expect(onlineKindsAndPaths(report)).toEqual(['unexpected /admin.php', 'unreachable <不存在的地址>']);
      expect(onlineMessages(report, url)).toMatchInlineSnapshot(`
        [
          "多出 /admin.php：网站对这个常见后门地址返回了状态 200 和内容；静态网站不应有它，请检查服务器是否被植入文件。",
          "普通访客无法读取 <不存在的地址>（socket hang up）。",
        ]
      `);
    });
  });

  test('a site whose pages are /notices/0/ to /notices/9/ is asked for an address none of them has', async () => {
    const files: Record<string, string> = {
      'index.html': page('测试区民政局', ''),
      '404.html': page('页面不存在 - 测试区民政局', ''),
    };
    const pages: PageRecord[] = [{ path: '/', file: 'index.html', title: '测试区民政局' }];
    for (let n = 0; n < 10; n++) {
      files[`notices/${n}/index.html`] = page(`通知${n} - 测试区民政局`, '');
      pages.push({ path: `/notices/${n}/`, file: `notices/${n}/index.html`, title: `通知${n} - 测试区民政局` });
    }
    const { dir } = writeSite(files, pages);
    await online(dir, undefined, async ({ url, log }) => {
      const report = await verifySite(url, { publicKey });
      expect(report.findings).toEqual([]);
      const asked = log.filter((line) => line.startsWith('google ') && !/ \/notices\/\d\/$| \/$/.test(line));
      expect(asked).toEqual([expect.stringMatching(/^google \/[0-9a-f]{12}\/$/)]);
    });
  });

  test('a site under /gov/, given without its final slash, behind image hotlink protection, one request at a time', async () => {
    const { dir } = writeSite();
    // Images are served only to pages of the site itself (防盗链).
    const rule: Rule = ({ headers }) =>
      headers['sec-fetch-dest'] === 'image' && !new URL(headers.referer ?? 'http://x/').pathname.startsWith('/gov/')
        ? { status: 403, body: 'Forbidden' }
        : undefined;
    await online(
      dir,
      rule,
      async ({ url, stats }) => {
        const report = await verifySite(`${url}/gov`, { publicKey, concurrency: 1 });
        expect(report.findings).toEqual([]);
        expect(stats.maxInFlight).toBe(1);
      },
      { prefix: '/gov/', delayMs: 5 },
    );
  });

  test('a signed manifest that lists a folder address and a page without a file', async () => {
    const { dir } = writeSite();
    resign(dir, (manifest) => {
      const entry = manifest.files.find((file) => file.path === 'policies/dibao-2024/index.html')!;
      manifest.files.push({ ...entry, path: 'policies/dibao-2024/' });
      manifest.pages.push({ path: '/old/', file: 'old/index.html', title: '旧页面 - 测试区民政局' });
    });
    put(
      dir,
      'policies/dibao-2024/index.html',
      dibaoPage('1000', `${DIBAO} - 测试区民政局`, '<a href="https://bet.example.com/">x</a>'),
    );
    await online(dir, undefined, async ({ url, log }) => {
      const report = await verifySite(url, { publicKey, allowlist });
      expect(kindsAndPaths(report)).toEqual(['changed /policies/dibao-2024/', 'changed /policies/dibao-2024/']);
      expect(messages(report)).toMatchInlineSnapshot(`
        [
          "已改动 /policies/dibao-2024/：内容与清单不符（清单 453 字节，现为 493 字节）；含有指向 bet.example.com 的链接",
          "已改动 /policies/dibao-2024/：内容与清单不符（清单 453 字节，现为 493 字节）；含有指向 bet.example.com 的链接",
        ]
      `);
      expect(log.filter((line) => line.endsWith(' /old/'))).toEqual([]);
    });
  });

  test('the manifest or its signature cannot be read', async () => {
    // Nothing listens: the check cannot be made.
    const empty = mkdtempSync(join(tmpdir(), 'gongkai-verify-'));
    folders.push(empty);
    const closed = await host(empty);
    await closed.close();
    const refused = await verifySite(closed.url, { publicKey }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(VerifyError);
    expect((refused as Error).message.replaceAll(new URL(closed.url).host, '<主机>')).toMatchInlineSnapshot(
      `"读取不到完整性清单 http://<主机>/.well-known/gongkai-manifest.json（connect ECONNREFUSED <主机>）；请确认网站是用 npm run build 生成的，且 /.well-known/ 可以访问。"`,
    );

    // A host without the manifest.
    await online(empty, undefined, async ({ url }) => {
      const error = await verifySite(url, { publicKey }).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(VerifyError);
      expect((error as Error).message.replaceAll(url, '<网址>')).toMatchInlineSnapshot(
        `"读取不到完整性清单 <网址>/.well-known/gongkai-manifest.json（返回状态 404）；请确认网站是用 npm run build 生成的，且 /.well-known/ 可以访问。"`,
      );
    });

    // The signature is not published, or its connection drops: the manifest counts as unsigned.
    const { dir: unsigned } = writeSite(siteFiles(), PAGES, false);
    await online(unsigned, undefined, async ({ url }) => {
      const report = await verifySite(url, { publicKey });
      expect(kindsAndPaths(report)).toEqual([`signature ${MANIFEST_FILE}`]);
      expect(messages(report)).toMatchInlineSnapshot(`
        [
          "清单没有签名：无法证明它出自本单位，攻击者可以连同网页一起伪造清单。请配置签名密钥（npm run keygen）后重新构建发布。",
        ]
      `);
    });
    const { dir: signed } = writeSite();
    const drop: Rule = ({ path }) => (path.endsWith('.sig') ? 'drop' : undefined);
    await online(signed, drop, async ({ url }) => {
      const report = await verifySite(url, { publicKey, allowUnsigned: true });
      expect(report.findings).toEqual([]);
      expect(report.notes).toMatchInlineSnapshot(`
        [
          "警告 清单没有签名（--allow-unsigned）：只核对了文件与清单是否一致。",
        ]
      `);
    });
  });
});
