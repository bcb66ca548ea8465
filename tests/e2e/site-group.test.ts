/**
 * The demo site group (examples/group), signed with a key for each site, built with
 * `npm run build:group` and served as one folder, as a static host would: every member's pages
 * stay under its prefix; each member's search, in Chromium, finds its own documents and no other
 * member's; the portal's search finds every member's; `npm run verify --group` checks them all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Nodes } from 'hast';
import { htmlToHast } from 'satteri';
import type { Browser } from 'playwright-core';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildGroup, outputRoot, prepareGroup, projectRoot, type BuildResult } from '../helpers/build.ts';
import { newKeyPair, parsePrivateKey } from '../../src/lib/integrity/keys.ts';
import { signBytes } from '../../src/lib/integrity/manifest.ts';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const members = [
  { code: 'mzj', query: '临时救助', title: '柳塘区临时救助实施细则', path: 'policies/2026/linshi-jiuzhu-shishi-xize/' },
  {
    code: 'rsj',
    query: '创业担保贷款',
    title: '柳塘区创业担保贷款实施办法',
    path: 'policies/2026/chuangye-danbao-daikuan/',
  },
  {
    code: 'czj',
    query: '采购意向',
    title: '柳塘区政府采购意向公开工作规程',
    path: 'policies/2026/zhengfu-caigou-yixiang/',
  },
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const codes = ['portal', 'mzj', 'rsj', 'czj'] as const;
/** A key pair for each site: departments publish on their own authority. */
const keys = Object.fromEntries(codes.map((code) => [code, newKeyPair()])) as Record<
  (typeof codes)[number],
  ReturnType<typeof newKeyPair>
>;

let groupDir: string;
let build: BuildResult;
let server: StaticServer;
let browser: Browser | undefined;
beforeAll(async () => {
  groupDir = prepareGroup(join(projectRoot, 'examples/group'), 'group-e2e');
  for (const code of codes) {
    const file = join(groupDir, code === 'portal' ? 'portal' : `members/${code}`, 'content/site.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}manifestPublicKey: ${keys[code].publicLine}\n`);
  }
  build = buildGroup('demo', groupDir, [], false, {
    GONGKAI_SIGNING_KEY: keys.portal.privatePem,
    GONGKAI_SIGNING_KEY_MZJ: keys.mzj.privatePem,
    GONGKAI_SIGNING_KEY_RSJ: keys.rsj.privatePem,
    GONGKAI_SIGNING_KEY_CZJ: keys.czj.privatePem,
  });
  if (build.status !== 0) throw new Error(`The demo group did not build:\n${build.output}`);
  server = await serve(build.outDir, { notFoundPages: true });
  if (hasChromium) browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

/** Every address a page's elements load or lead to (href, src, action), as a browser parses the page. */
function addresses(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      for (const name of ['href', 'src', 'action'])
        if (typeof (node as Element).properties[name] === 'string')
          found.push((node as Element).properties[name] as string);
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(htmlToHast(html) as Nodes);
  return found;
}

describe('the demo group', () => {
  test('builds every member and the portal', () => {
    expect(build.output).toContain('柳塘区人民政府网站群：已构建 3 个成员和门户网站');
    for (const { code } of members) expect(build.exists(`${code}/index.html`), code).toBe(true);
    expect(build.read('index.html')).toContain('云川市柳塘区人民政府');
  });

  test('a member’s pages link and load only under its prefix', () => {
    for (const { code } of members) {
      const dir = join(build.outDir, code);
      const outside = htmlFiles(dir).flatMap((file) =>
        addresses(readFileSync(join(dir, file), 'utf8'))
          .filter((address) => address.startsWith('/') && !address.startsWith('//') && !address.startsWith(`/${code}/`))
          .map((address) => `${code}/${file}: ${address}`),
      );
      expect(outside).toEqual([]);
    }
  });

  test('a link an editor wrote from the site’s root leads to the member’s own page', () => {
    const article = build.read('mzj/articles/gzdt/zhuchan-dian-xinzeng/index.html');
    const link = addresses(article).find((address) => address.includes('jujia-yanglao-fuwu-butie'));
    expect(link).toBe('/mzj/policies/2026/jujia-yanglao-fuwu-butie/');
    expect(build.exists(`${link!.slice(1)}index.html`)).toBe(true);
  });

  test('feeds, the sitemap and the document numbers give each member’s addresses', () => {
    expect(build.read('rsj/policies/rss.xml')).toContain(
      '<link>https://www.liutang.example.gov.cn/rsj/policies/2026/chuangye-danbao-daikuan/</link>',
    );
    expect(build.read('rsj/sitemap-0.xml')).toContain('<loc>https://www.liutang.example.gov.cn/rsj/</loc>');
    const shards = readdirSync(join(build.outDir, 'rsj/search/numbers')).map((file) =>
      readFileSync(join(build.outDir, 'rsj/search/numbers', file), 'utf8'),
    );
    expect(shards.join('')).toContain('"/rsj/policies/2026/chuangye-danbao-daikuan/"');
    expect(relative(build.outDir, join(build.outDir, 'rsj/pagefind/pagefind.js'))).toBe('rsj/pagefind/pagefind.js');
    expect(build.exists('rsj/pagefind/pagefind.js')).toBe(true);
  });
});

describe.skipIf(!hasChromium)('each member’s own search', () => {
  test.each(members)('$code finds its own documents under its prefix, and no other member’s', async (member) => {
    const page = await browser!.newPage();
    const console = watchConsole(page);
    const search = async (query: string) => {
      await page.goto(`${server.url}/${member.code}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() =>
        /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''),
      );
      return page
        .locator('#search-results .result-title')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    };
    expect(await search(member.query)).toEqual([[member.title, `/${member.code}/${member.path}`]]);
    // Another member's words find none of its documents here: only this member's, if any.
    for (const other of members.filter((m) => m !== member)) {
      const found = await search(other.query);
      expect(
        found.map(([title]) => title),
        `${member.code} searching ${other.query}`,
      ).not.toContain(other.title);
      for (const [, href] of found) expect(href).toMatch(new RegExp(`^/${member.code}/`));
    }
    expect(console).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the portal’s one search across the group', () => {
  const portalSearch = async (query: string, department?: string) => {
    const page = await browser!.newPage();
    const console = watchConsole(page);
    const params = new URLSearchParams({ q: query, ...(department ? { 部门: department } : {}) });
    await page.goto(`${server.url}/search/?${params}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const results = await page
      .locator('#search-results .result-title')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    return { page, results, console };
  };

  test.each(members)('finds $code’s document under its prefix', async (member) => {
    const { page, results, console } = await portalSearch(member.query);
    expect(results[0]).toEqual([member.title, `/${member.code}/${member.path}`]);
    expect(console).toEqual([]);
    await page.close();
  });

  test('ranks the portal’s documents and the members’ policies as one list, and the 部门 facet narrows it', async () => {
    const { page, results } = await portalSearch('柳塘区');
    const prefixes = new Set(results.map(([, href]) => /^\/(mzj|rsj|czj)\//.exec(href ?? '')?.[1] ?? 'portal'));
    expect([...prefixes].sort()).toEqual(['czj', 'mzj', 'portal', 'rsj']);
    // A member's news stays in its own search: the portal's covers every department's policies.
    expect(results.map(([title]) => title)).not.toContain('全区新增社区老年助餐点8个');
    // The facets load when asked for (the 筛选 button); choosing a department leaves its documents.
    expect(await page.locator('#search-filters').isHidden()).toBe(true);
    await page.click('#search-filters-toggle');
    const department = page.locator('#search-filters fieldset', { hasText: '部门' });
    await expect.poll(() => department.locator('label').allTextContents()).toContain('柳塘区民政局（2）');
    await department.getByLabel('柳塘区民政局（2）').check();
    await page.waitForURL(/%E9%83%A8%E9%97%A8=/);
    await page.waitForFunction(() => /找到 2 个结果/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const narrowed = await page
      .locator('#search-results .result-title')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(narrowed.sort()).toEqual(
      [`/mzj/${members[0]!.path}`, '/mzj/policies/2026/jujia-yanglao-fuwu-butie/'].sort(),
    );
    // With a department chosen in the address, the facets are there at once.
    expect(await page.locator('#search-filters').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the portal’s views of the group', () => {
  test('the home page links to every member’s site and to the 政策文件库', () => {
    const home = addresses(build.read('index.html'));
    for (const { code } of members) expect(home).toContain(`/${code}/`);
    expect(home).toContain('/library/');
  });

  test('the 政策文件库 lists every department’s policies, and each department alone', () => {
    const library = addresses(build.read('library/index.html'));
    for (const member of members) expect(library).toContain(`/${member.code}/${member.path}`);
    expect(library).toContain('/policies/2026/zhengwu-gongkai-yaodian/');
    for (const { code } of members) expect(library).toContain(`/library/${code}/`);
    // Policies only: a member's news is in its own lists.
    expect(library).not.toContain('/mzj/articles/gzdt/zhuchan-dian-xinzeng/');
    const rsj = addresses(build.read('library/rsj/index.html')).filter((address) =>
      address.includes('/policies/2026/'),
    );
    expect(rsj.sort()).toEqual([
      '/rsj/policies/2026/chuangye-danbao-daikuan/',
      '/rsj/policies/2026/linghuo-jiuye-shebao-butie/',
    ]);
  });

  test('the 信息公开目录 lists every department’s policies by 索引号, and each department alone', () => {
    const catalogue = build.read('xxgk/index.html');
    for (const number of [
      '013000001/2026-00003',
      '013000002/2026-00007',
      '013000003/2026-00005',
      '013000004/2026-00006',
    ])
      expect(catalogue).toContain(number);
    // 013000002/2026-00052 is a member's news article.
    expect(catalogue).not.toContain('013000002/2026-00052');
    const czj = build.read('xxgk/czj/index.html');
    expect(czj).toContain('013000004/2026-00006');
    expect(czj).not.toContain('013000002/2026-00007');
  });

  test.skipIf(!hasChromium).each(['/', '/library/', '/library/rsj/', '/xxgk/'])(
    '%s has no axe violations',
    async (path) => {
      const page = await browser!.newPage();
      const console = watchConsole(page);
      await page.addInitScript({ content: axeSource });
      await page.goto(`${server.url}${path}`);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      });
      expect(violations).toEqual([]);
      expect(console).toEqual([]);
      await page.close();
    },
  );
});

describe('integrity of the group', () => {
  const verify = (out: string, args: string[]) => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/verify.ts'), out, ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };

  test('each member signs with its own key, and verify checks the portal, every member and the members the portal lists', () => {
    // A copy: the served folder stays as built for the tests above.
    const out = join(outputRoot, 'groups', 'demo-verify');
    rmSync(out, { recursive: true, force: true });
    cpSync(build.outDir, out, { recursive: true });
    const dir = groupDir;

    const passed = verify(out, ['--group', dir]);
    expect(passed.status, passed.output).toBe(0);
    for (const code of codes)
      expect(passed.output).toContain(`[${code}] 清单签名有效（公钥 ${keys[code].publicLine}）`);
    // A member's manifest is signed by its key, not the portal's.
    const wrongKey = verify(join(out, 'mzj'), ['--public-key', keys.portal.publicLine]);
    expect(wrongKey.status).toBe(1);
    expect(wrongKey.output).toContain('清单签名无效');

    // A changed page in one member is found, and named with the member.
    const page = join(out, 'czj/policies/2026/zhengfu-caigou-yixiang/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('采购意向', '博彩意向'));
    const changed = verify(out, ['--group', dir]);
    expect(changed.status).toBe(1);
    expect(changed.output).toContain('[czj] 已改动 policies/2026/zhengfu-caigou-yixiang/index.html');
    expect(verify(out, ['--group', dir, '--member', 'rsj']).status).toBe(0);

    // A member's manifest replaced and signed again with that member's (stolen) key passes on its
    // own; the portal's signed manifest still records the one the member published.
    const manifestFile = join(out, 'rsj/.well-known/gongkai-manifest.json');
    const bytes = Buffer.from(
      readFileSync(manifestFile, 'utf8').replace(/"generated": "[^"]+"/, '"generated": "2026-12-01T00:00:00.000Z"'),
    );
    writeFileSync(manifestFile, bytes);
    writeFileSync(`${manifestFile}.sig`, `${signBytes(bytes, parsePrivateKey(keys.rsj.privatePem))}\n`);
    expect(verify(out, ['--group', dir, '--member', 'rsj']).status).toBe(0);
    const swapped = verify(out, ['--group', dir, '--portal']);
    expect(swapped.status).toBe(1);
    expect(swapped.output).toContain(
      '[portal] 已改动 rsj/.well-known/gongkai-manifest.json：成员 rsj 的完整性清单与门户清单记录的不同。',
    );
  });

  test('verify checks the live group the same way: each site at its prefix, and the members the portal lists', async () => {
    // The server runs in this process: the command must not block it (spawn, not spawnSync).
    const verifyLive = (args: string[]) =>
      new Promise<{ status: number | null; output: string }>((done) => {
        const child = spawn(process.execPath, [join(projectRoot, 'scripts/verify.ts'), `${server.url}/`, ...args], {
          cwd: projectRoot,
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (status) => done({ status, output }));
      });
    const passed = await verifyLive(['--group', groupDir]);
    expect(passed.status, passed.output).toBe(0);
    for (const code of codes)
      expect(passed.output).toContain(`[${code}] 清单签名有效（公钥 ${keys[code].publicLine}）`);
    // The served folder changed in one member (this is the file's last test).
    const page = join(build.outDir, 'rsj/policies/2026/chuangye-danbao-daikuan/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('创业担保贷款', '博彩担保贷款'));
    const changed = await verifyLive(['--group', groupDir]);
    expect(changed.status).toBe(1);
    expect(changed.output).toContain('[rsj] 已改动 /policies/2026/chuangye-danbao-daikuan/');
  });
});
