/**
 * The page check after the build, the manifest's signature and the signing keys, without a build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkPage, pagePath, type Expectations } from '../../src/lib/integrity/pages.ts';
import { compileDenylist, parseDenylist, PROJECT_DENYLIST } from '../../src/lib/guard/denylist.ts';
import { MANIFEST_FILE, SIGNATURE_FILE, writeManifest } from '../../src/lib/integrity/manifest.ts';
import { newKeyPair, parsePrivateKey, parsePublicKey, signingKeyFromEnv } from '../../src/lib/integrity/keys.ts';
import { verifyFolder } from '../../src/lib/integrity/verify.ts';
import { unknownAddressLike } from '../../src/lib/integrity/visitors.ts';
import { domainAllowlist } from '../../src/lib/guard/domains.ts';
import type { DocumentRules } from '../../src/lib/guard/documents.ts';
import { projectRoot } from '../helpers/build.ts';

const denylist = compileDenylist(parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'x').entries);
const rules: DocumentRules = {
  denylist,
  allowlist: domainAllowlist({ domain: 'mzj.test.example.gov.cn', links: [], allowedDomains: [] }),
};
const expect_: Expectations = {
  siteName: '测试区民政局',
  documents: new Map([['/policies/2024/new-standard/', '关于提高最低生活保障标准的通知']]),
};

type PageParts = { title?: string; siteName?: string; header?: string; article?: string; h1?: string; extra?: string };

/** A page as BaseLayout writes it. */
function page(parts: PageParts = {}): string {
  const article = parts.article ?? '关于提高最低生活保障标准的通知';
  const {
    title = `${article} - 测试区民政局`,
    siteName = '测试区民政局',
    header = '测试区民政局',
    h1 = article,
    extra = '',
  } = parts;
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="/reading-prefs.js"></script><title>${title}</title>` +
    `<meta name="SiteName" content="${siteName}"><meta name="ArticleTitle" content="${article}"></head>` +
    `<body><header><a class="site-name" href="/" data-astro-cid-x>${header}</a></header><main><h1>${h1}</h1>${extra}</main></body></html>`
  );
}

const check = (html: string, file = 'policies/2024/new-standard/index.html') =>
  checkPage(file, html, expect_, rules).problems;

describe('the page check after the build', () => {
  test('a page as the content and configuration say passes', () => {
    expect(check(page())).toEqual([]);
    expect(pagePath('policies/2024/new-standard/index.html')).toBe('/policies/2024/new-standard/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });

  test('an injected site name or title cannot pass', () => {
    expect(
      check(page({ title: '澳门新葡京娱乐场', siteName: 'bet365体育', header: 'bet365体育', article: '澳门新葡京' })),
    ).toMatchInlineSnapshot(`
        [
          "policies/2024/new-standard/index.html: <title> 含有违禁内容“澳门新葡京”（赌博：澳门+葡京）。",
          "policies/2024/new-standard/index.html: ArticleTitle 含有违禁内容“澳门新葡京”（赌博：澳门+葡京）。",
          "policies/2024/new-standard/index.html: <h1> 含有违禁内容“澳门新葡京”（赌博：澳门+葡京）。",
          "policies/2024/new-standard/index.html: 页头网站名称 含有违禁内容“bet365”（赌博：bet365）。",
          "policies/2024/new-standard/index.html: SiteName 是“bet365体育”，应为网站名称“测试区民政局”（content/site.yaml 的 name）。",
          "policies/2024/new-standard/index.html: 页头显示的网站名称是“bet365体育”，应为“测试区民政局”（content/site.yaml 的 name）。",
          "policies/2024/new-standard/index.html: 网页标题 <title> 是“澳门新葡京娱乐场”，应为“关于提高最低生活保障标准的通知 - 测试区民政局”。",
          "policies/2024/new-standard/index.html: ArticleTitle 是“澳门新葡京”，应为“关于提高最低生活保障标准的通知”。",
          "policies/2024/new-standard/index.html: 页面大标题 <h1> 是“澳门新葡京”，应为“关于提高最低生活保障标准的通知”。",
        ]
      `);
  });

  test('a title that differs from the content, even without spam words, is reported', () => {
    expect(check(page({ title: '关于降低最低生活保障标准的通知 - 测试区民政局' }))).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: 网页标题 <title> 是“关于降低最低生活保障标准的通知 - 测试区民政局”，应为“关于提高最低生活保障标准的通知 - 测试区民政局”。",
      ]
    `);
  });

  test('pages the content does not name still need the site name at the end of their title', () => {
    const list = page({ title: '政策文件库 - 测试区民政局', article: '政策文件库' }).replace(
      /<meta name="ArticleTitle"[^>]*>/,
      '',
    );
    expect(check(list, 'policies/index.html')).toEqual([]);
    expect(check(list.replace('政策文件库 - 测试区民政局', '政策文件库 - 官方网站'), 'policies/index.html'))
      .toMatchInlineSnapshot(`
      [
        "policies/index.html: 网页标题 <title> 是“政策文件库 - 官方网站”，应以网站名称结尾（“… - 测试区民政局”），网站名称只能来自 content/site.yaml。",
      ]
    `);
  });

  test('inline scripts, style and event attributes that the CSP would block are reported', () => {
    const html = page({
      extra:
        '<script>alert(1)</script><p style="display:none">x</p><td style="text-align: right">1</td><img src="/a.png" onerror="go()">',
    });
    expect(check(html)).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: 网页中有内联脚本或样式（“<script>”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。",
        "policies/2024/new-standard/index.html: 网页中有内联脚本或样式（“<p style="display:none">”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。",
        "policies/2024/new-standard/index.html: 网页中有内联脚本或样式（“<img src="/a.png" onerror="go()">”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。",
      ]
    `);
  });
});

describe('the manifest and its signature', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const keys = newKeyPair();
  const site = { name: '测试区民政局', domain: 'mzj.test.example.gov.cn' };

  test('a signed folder verifies; changing the signed bytes breaks the signature', () => {
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page());
    writeFileSync(join(dir, 'a/b.txt'), 'b');
    writeManifest(dir, site, [{ path: '/', file: 'index.html', title: 'x' }], {
      privateKey: parsePrivateKey(keys.privatePem),
    });
    const publicKey = parsePublicKey(keys.publicLine);
    expect(verifyFolder(dir, { publicKey }).findings).toEqual([]);
    writeFileSync(join(dir, MANIFEST_FILE), readFileSync(join(dir, MANIFEST_FILE), 'utf8').replace('"x"', '"y"'));
    expect(verifyFolder(dir, { publicKey }).findings.map((f) => f.kind)).toEqual(['signature']);
    rmSync(join(dir, SIGNATURE_FILE));
    expect(verifyFolder(dir, { publicKey }).findings.map((f) => f.kind)).toEqual(['signature']);
  });
});

describe('the signing key', () => {
  const keys = newKeyPair();

  test('comes from GONGKAI_SIGNING_KEY, as PEM or base64', () => {
    expect(signingKeyFromEnv({ GONGKAI_SIGNING_KEY: keys.privatePem }, [projectRoot]).status).toBe('ok');
    const base64 = keys.privatePem.replace(/-----[^-]+-----|\s/g, '');
    expect(signingKeyFromEnv({ GONGKAI_SIGNING_KEY: base64 }, [projectRoot]).status).toBe('ok');
    expect(signingKeyFromEnv({}, [projectRoot])).toEqual({ status: 'none' });
  });

  test('a key file inside the repository is refused', () => {
    const result = signingKeyFromEnv({ GONGKAI_SIGNING_KEY_FILE: join(projectRoot, 'keys/signing-key.pem') }, [
      projectRoot,
    ]);
    expect(result.status === 'error' && result.message.replace(projectRoot, '<项目>')).toMatchInlineSnapshot(
      `"签名私钥文件 <项目>/keys/signing-key.pem 在项目文件夹内，可能被提交到代码仓库；请把它移到项目以外（例如 ~/.config/gongkai/signing-key.pem），再修改 GONGKAI_SIGNING_KEY_FILE。"`,
    );
  });

  test('anything but an Ed25519 private key is refused', () => {
    const result = signingKeyFromEnv({ GONGKAI_SIGNING_KEY: keys.publicLine }, [projectRoot]);
    expect(result.status).toBe('error');
    expect(() => parsePublicKey('MCowBQYDK2VwAyEA')).toThrow();
  });
});

describe('the address verify asks for to see the 404 page', () => {
  test('is shaped like a page of the site and is never one of them, even among Chinese addresses', () => {
    const pages = ['/policies/topic/社区治理/', '/policies/topic/社会救助/', '/policies/2024/dibao-2024/'];
    for (let i = 0; i < 200; i++) {
      const probe = unknownAddressLike(pages, (address) => pages.includes(address));
      expect(pages).not.toContain(probe);
      expect(probe).toMatch(/^\/policies\/2024\/[a-z]{5}-\d{4}\/$/);
    }
  });

  test('falls back to a random folder when no page has a part it could vary', () => {
    const pages = ['/', '/policies/topic/社区治理/'];
    expect(unknownAddressLike(pages, (address) => pages.includes(address))).toMatch(/^\/[0-9a-f]{12}\/$/);
  });
});
