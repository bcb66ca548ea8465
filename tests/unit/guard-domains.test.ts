/**
 * The domain allowlist (src/lib/guard/domains.ts) as the page check reads it: an entry of
 * `allowedDomains` allows that one host, with a leading dot a whole domain; a host written with
 * the trailing dot of a fully qualified name is the same host; the telephone and mail links of a
 * contact page lead to no other website.
 */
import { describe, expect, test } from 'vitest';
import { checkDocument, type DocumentRules } from '../../src/lib/guard/documents.ts';
import { compileDenylist } from '../../src/lib/guard/denylist.ts';
import { domainAllowlist } from '../../src/lib/guard/domains.ts';

const rules: DocumentRules = {
  denylist: compileDenylist([]),
  allowlist: domainAllowlist({
    domain: 'mzj.liutang.example.gov.cn',
    links: [{ title: '市民政局', url: 'https://mzj.yunchuan.example.cn/' }],
    allowedDomains: ['zwfw.liutang.example.gov.cn', '.edu.cn'],
  }),
};

/** The problems of a built page with this body. */
const problemsOf = (body: string) =>
  checkDocument(
    'html',
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>联系我们</title></head><body>${body}</body></html>`,
    rules,
  ).problems;

describe('allowedDomains', () => {
  test('a host allows that host only, not its subdomains or a name that merely ends the same way', () => {
    expect(
      problemsOf(
        [
          '<p><a href="https://zwfw.liutang.example.gov.cn/bszn/">办事指南</a></p>',
          '<p><a href="https://m.zwfw.liutang.example.gov.cn/">手机版</a></p>',
          '<p><a href="https://fakezwfw.liutang.example.gov.cn/">仿冒网站</a></p>',
        ].join(''),
      ),
    ).toMatchInlineSnapshot(`
      [
        "<a> 链接到 m.zwfw.liutang.example.gov.cn（“https://m.zwfw.liutang.example.gov.cn/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "<a> 链接到 fakezwfw.liutang.example.gov.cn（“https://fakezwfw.liutang.example.gov.cn/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
      ]
    `);
  });

  test('a leading dot allows the whole domain', () => {
    expect(problemsOf('<p><a href="https://www.pku.edu.cn/">北京大学</a></p>')).toEqual([]);
  });

  test('a host written with the trailing dot of a fully qualified name is the same host', () => {
    expect(
      problemsOf(
        [
          '<p><a href="https://zwfw.liutang.example.gov.cn./bszn/">办事指南</a></p>',
          '<p><a href="https://www.pku.edu.cn./">北京大学</a></p>',
          '<p><a href="https://MZJ.Yunchuan.Example.cn./">市民政局</a></p>',
        ].join(''),
      ),
    ).toEqual([]);
  });
});

describe('contact links', () => {
  test('telephone and mail links lead to no other website', () => {
    expect(
      problemsOf(
        [
          '<p>咨询电话：<a href="tel:0871-12345678">0871-12345678</a></p>',
          '<p>手机：<a href="TEL:+86-13800000000">13800000000</a></p>',
          '<p>邮箱：<a href="mailto:mzj@liutang.example.gov.cn">mzj@liutang.example.gov.cn</a></p>',
        ].join(''),
      ),
    ).toEqual([]);
  });
});
