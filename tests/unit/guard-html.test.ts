/**
 * The content guard's reading of HTML (src/lib/guard/html.ts) and its allowlist of other websites
 * (src/lib/guard/domains.ts): which tags are refused and why, comments that carry links, links a
 * reader cannot see on a built page, and which hosts a link may lead to.
 */
import { readFileSync } from 'node:fs';
import { htmlToHast } from 'satteri';
import type { Element, Nodes, Properties, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { attributesOf, commentHasLink, dangerKind, hiddenLinkReason, isTiny } from '../../src/lib/guard/html.ts';
import { domainAllowlist, hostOf, judgeUrl } from '../../src/lib/guard/domains.ts';
import { checkDocument, tagOf } from '../../src/lib/guard/documents.ts';
import { compileDenylist, parseDenylist, PROJECT_DENYLIST } from '../../src/lib/guard/denylist.ts';
import { createGuard, guardEntry } from '../../src/lib/guard/check.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { parseSource } from '../../src/lib/content/read.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body>${body}</body></html>`;

/** Why a reader cannot see each link of a built page (undefined: they can), in document order. */
function linkReasons(body: string): (string | undefined)[] {
  const tree = htmlToHast(page(body)) as Root;
  const reasons: (string | undefined)[] = [];
  const walk = (node: Nodes, ancestors: Element[]) => {
    if (node.type === 'element' && node.tagName === 'a') reasons.push(hiddenLinkReason(node, ancestors));
    if ('children' in node) {
      const inside = node.type === 'element' ? [...ancestors, node] : ancestors;
      for (const child of node.children) walk(child as Nodes, inside);
    }
  };
  walk(tree, []);
  return reasons;
}

const projectDenylist = compileDenylist(
  parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'src/guard/denylist.yaml').entries,
);

/**
 * The problems of one Markdown (or MDX) body, as `npm run check` prints them (no site: links are
 * not judged; no denied words unless `denied` asks for the project's list).
 */
function bodyProblems(body: string, { mdx = false, denied = false } = {}): string[] {
  const file = `content/articles/gzdt/test.${mdx ? 'mdx' : 'md'}`;
  const parsed = parseSource(`---\ntitle: 区民政局开展敬老月活动\ncolumn: gzdt\n---\n\n${body}\n`, file, false);
  const guard = createGuard(undefined, denied ? projectDenylist : compileDenylist([]));
  guardEntry(guard, { file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
  return sortProblems(guard.problems).map(formatProblem);
}

describe('tags an editor may not write', () => {
  test('every frame, plugin, style sheet and form control is refused under the kind that explains it', () => {
    const tags = [
      'iframe', 'frame', 'frameset', 'portal', 'fencedframe',
      'object', 'applet', 'param', 'embed',
      'style', 'link',
      'form', 'input', 'button', 'textarea', 'select', 'option',
      'script', 'meta', 'svg',
    ]; // prettier-ignore
    expect(Object.fromEntries(tags.map((tag) => [tag, dangerKind(tag)]))).toEqual({
      iframe: 'iframe',
      frame: 'iframe',
      frameset: 'iframe',
      portal: 'iframe',
      fencedframe: 'iframe',
      object: 'object',
      applet: 'object',
      param: 'object',
      embed: 'embed',
      style: 'style',
      link: 'style',
      form: 'form',
      input: 'form',
      button: 'form',
      textarea: 'form',
      select: 'form',
      option: 'form',
      script: 'script',
      meta: 'meta',
      svg: 'svg',
    });
  });

  test('layout tags are not dangerous', () => {
    expect(['p', 'a', 'img', 'table', 'span', 'strong', 'abbr', 'figure'].map(dangerKind)).toEqual(
      Array(8).fill(undefined),
    );
  });

  test('an embed, a style sheet link and a button in a body are refused with what each does', () => {
    const body = [
      '<embed src="/files/a.swf">',
      '',
      '<link rel="stylesheet" href="/files/x.css">',
      '',
      '<div><button type="submit">提交</button></div>',
    ].join('\n');
    expect(bodyProblems(body)).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 正文中不允许使用 <embed> 标签（“<embed src="/files/a.swf">”）：它会嵌入插件或外部程序，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
        "content/articles/gzdt/test.md:8: 正文中不允许使用 <link> 标签（“<link rel="stylesheet" href="/files/x.css">”）：它会改变或隐藏页面内容，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
        "content/articles/gzdt/test.md:10: 正文中不允许使用 <button> 标签（“<button type="submit">”）：它会把读者填写的信息提交出去，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
      ]
    `);
  });
});

describe('the text a reader reads, block by block', () => {
  test('a denied word split by emphasis, a space between emphases or an inline MDX element is still one word', () => {
    expect(bodyProblems('欢迎体验**百家** **乐**', { denied: true })).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 正文含有违禁内容“百家 乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
    expect(bodyProblems('欢迎体验百<span>家</span>乐', { mdx: true, denied: true })).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.mdx:6: 正文含有违禁内容“百家乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });

  test('words of different blocks are not joined: two paragraphs, text before a block inside it, text after a block', () => {
    const visits = '全年走访养老机构一百家';
    const course = '乐器兴趣班秋季开课';
    expect(bodyProblems(`${visits}\n\n${course}`, { denied: true })).toEqual([]);
    expect(bodyProblems(`<div>${visits}<p>${course}</p></div>`, { denied: true })).toEqual([]);
    expect(bodyProblems(`<div><p>${visits}</p>${course}</div>`, { denied: true })).toEqual([]);
    // Only the block boundary keeps them apart: run together in one paragraph they read 百家乐.
    expect(bodyProblems(`${visits}${course}`, { denied: true })).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 正文含有违禁内容“百家乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });
});

describe('comments that carry links', () => {
  test('a link in a comment is found however it is written', () => {
    const comments = [
      ' <a target="_blank">友情链接</a> ',
      '<A>旧版入口</A>',
      ' 备用 href="/policies/" ',
      ' 备用 href = "/policies/" ',
      'https://evil.example/',
      ' 镜像 s3://bucket/spam ',
      ' x://spam ',
      ' [备用](/policies/) ',
      ' 见 www.example.com ',
    ];
    expect(comments.filter((comment) => !commentHasLink(comment))).toEqual([]);
  });

  test('an ordinary comment is not a link', () => {
    const comments = [
      ' 本页由区民政局维护 ',
      '<abbr title="最低生活保障">低保</abbr>',
      ' TODO: 更新 2025 年数据 ',
      ' [待补充] (下周) ',
      ' href ',
    ];
    expect(comments.filter(commentHasLink)).toEqual([]);
  });
});

describe('attributes as written in HTML', () => {
  test('boolean attributes are bare, lists are joined by spaces, removed ones have no value', () => {
    // `null` is how hast before version 3 wrote a removed attribute; some tools still do.
    const properties = {
      hidden: true,
      className: ['lead', 'note'],
      colSpan: 2,
      ariaHidden: 'true',
      title: null,
      download: false,
      alt: undefined,
    } as unknown as Properties;
    expect(attributesOf(properties)).toEqual([
      { name: 'hidden', value: '' },
      { name: 'class', value: 'lead note' },
      { name: 'colspan', value: '2' },
      { name: 'aria-hidden', value: 'true' },
      { name: 'title', value: undefined },
      { name: 'download', value: undefined },
      { name: 'alt', value: undefined },
    ]);
  });

  test('a start tag quoted in a message shows the attributes as the editor wrote them', () => {
    const element: Element = {
      type: 'element',
      tagName: 'td',
      properties: { className: ['lead', 'note'], colSpan: 2, hidden: true, title: undefined, download: false },
      children: [],
    };
    expect(tagOf(element)).toBe('<td class="lead note" colspan="2" hidden>');
  });
});

describe('sizes that make an image invisible', () => {
  test('0 or 1 pixel, however written, is tiny', () => {
    const tiny = [0, 1, '0', '1', ' 1 ', '1.00', '0.', '1 px', '1px ', '0PX', ' 1px'];
    expect(tiny.filter((value) => !isTiny(value))).toEqual([]);
  });

  test('larger sizes, and values that are not a size, are not tiny', () => {
    const notTiny = [10, 100, 2, '10', '21', '1.5', '15px', '1em', 'x1', undefined, null, true, [1]];
    expect(notTiny.filter((value) => isTiny(value))).toEqual([]);
  });
});

describe('links a reader cannot see on a built page', () => {
  test('a link in or under a hidden, inert or aria-hidden element is hidden', () => {
    expect(
      linkReasons(
        [
          '<a href="/a/" hidden>甲</a>',
          '<div inert><a href="/b/">乙</a></div>',
          '<a href="/c/" inert>丙</a>',
          '<a href="/d/" aria-hidden="true">丁</a>',
          '<p aria-hidden="true"><span><a href="/e/">戊</a></span></p>',
          '<a href="/f/" aria-hidden="false">己</a>',
          '<p><a href="/g/">庚</a></p>',
        ].join(''),
      ),
    ).toEqual(['hidden', 'hidden', 'hidden', 'hidden', 'hidden', undefined, undefined]);
  });

  test('hidden and inert set to false (as HTML tools write a removed attribute) do not hide', () => {
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: '/policies/', hidden: false, inert: false },
      children: [{ type: 'text', value: '政策文件' }],
    };
    expect(hiddenLinkReason(link, [])).toBeUndefined();
    expect(hiddenLinkReason({ ...link, properties: { href: '/policies/', inert: true } }, [])).toBe('hidden');
    expect(hiddenLinkReason({ ...link, properties: { href: '/policies/', hidden: true } }, [])).toBe('hidden');
  });

  test('inline styles that hide a link, with or without spaces around the colon', () => {
    const hiding = [
      'display:none',
      'display : none',
      'visibility:hidden',
      'visibility : hidden',
      'font-size:0',
      'font-size : 0',
      'opacity:0',
      'opacity : 0',
      'opacity: 0;',
      'opacity:0; color:#333',
      'width:0',
      'width : 1px',
      'width: 1px',
      'height:1px;',
      'height:1px ;',
      'height:0',
      'left:-9999px',
      'left : -9999px',
      'top: -999px',
      'text-indent:-9999px',
      'color:red; DISPLAY:NONE',
    ];
    const reasons = linkReasons(
      hiding.map((style, index) => `<a href="/p${index}/" style="${style}">政策</a>`).join(''),
    );
    expect(Object.fromEntries(hiding.map((style, index) => [style, reasons[index]]))).toEqual(
      Object.fromEntries(hiding.map((style) => [style, 'style'])),
    );
  });

  test('inline styles that leave a link visible', () => {
    const visible = [
      'color:red',
      'font-weight:bold',
      'opacity:0.5',
      'opacity:0.05',
      'width:10px',
      'width:5px',
      'height: 120px',
      'left:-5px',
      'top:-20px',
      'font-size:16px',
    ];
    const reasons = linkReasons(
      visible.map((style, index) => `<a href="/p${index}/" style="${style}">政策</a>`).join(''),
    );
    expect(Object.fromEntries(visible.map((style, index) => [style, reasons[index]]))).toEqual(
      Object.fromEntries(visible.map((style) => [style, undefined])),
    );
  });

  test('a style on an element around the link hides it too', () => {
    expect(linkReasons('<div style="display:none"><p><a href="/x/">政策</a></p></div>')).toEqual(['style']);
  });

  test('a link with nothing to read is empty, even with zero-width text in several blocks', () => {
    expect(
      linkReasons(
        [
          '<a href="/a/"></a>',
          '<a href="/b/"><span> </span></a>',
          '<a href="/c/"><p>&#8203;</p><p>&#8203;</p></a>',
          '<a href="/d/"><p>政策</p><p>解读</p></a>',
        ].join(''),
      ),
    ).toEqual(['empty', 'empty', 'empty', undefined]);
  });

  test('a link showing only an image without alt text, or 1 pixel wide or high, shows nothing', () => {
    expect(
      linkReasons(
        [
          '<a href="/a/"><img src="/files/a.png" alt=""></a>',
          '<a href="/b/"><img src="/files/a.png" alt="政策文件" width="1"></a>',
          '<a href="/c/"><img src="/files/a.png" alt="政策文件" height="1"></a>',
          '<a href="/d/"><img src="/files/a.png" alt="政策文件" width="120" height="80"></a>',
          '<a href="/e/"><img src="/files/a.png" alt="政策文件"></a>',
        ].join(''),
      ),
    ).toEqual(['tinyImage', 'tinyImage', 'tinyImage', undefined, undefined]);
  });

  test('the built-page gate names each hidden link and why', () => {
    const rules = {
      allowlist: domainAllowlist({ domain: 'mzj.example.gov.cn', links: [], allowedDomains: [] }),
      denylist: compileDenylist([]),
    };
    const body = [
      '<p><a href="/policies/" aria-hidden="true">政策</a></p>',
      '<p><a href="/news/"><img src="/files/a.png" alt="新闻" width="1" height="1"></a></p>',
      '<p><a href="/guides/"></a></p>',
    ].join('');
    expect(checkDocument('html', page(body), rules).problems).toMatchInlineSnapshot(`
      [
        "有读者看不到的链接（“/policies/”，在隐藏的元素里）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请删除。",
        "有读者看不到的链接（“/news/”，只有没有说明文字或极小的图片）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请删除。",
        "有读者看不到的链接（“/guides/”，没有文字）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请删除。",
      ]
    `);
  });
});

describe('the domain allowlist', () => {
  const site = {
    domain: 'MZJ.Liutang.Example.gov.cn',
    links: [{ title: '市民政局', url: 'https://mzj.yunchuan.example.cn/' }],
    allowedDomains: ['www.12345hotline.cn', '.edu.cn'],
  };

  test('a host in allowedDomains is allowed exactly; a leading dot allows the whole domain', () => {
    const allowlist = domainAllowlist(site);
    expect(judgeUrl(allowlist, 'https://www.12345hotline.cn/zixun')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, 'https://m.12345hotline.cn/')).toEqual({
      ok: false,
      reason: 'domain',
      host: 'm.12345hotline.cn',
    });
    expect(judgeUrl(allowlist, 'https://www.pku.edu.cn/')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, 'https://mzj.yunchuan.example.cn/news/')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, 'https://mzj.liutang.example.gov.cn/policies/')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, '/policies/')).toEqual({ ok: true });
  });

  test('without a site configuration, addresses are read against localhost and no other site is allowed', () => {
    const allowlist = domainAllowlist(undefined);
    expect(allowlist).toEqual({ hosts: new Set(), suffixes: [], base: 'https://localhost/' });
    expect(judgeUrl(allowlist, 'https://www.gov.cn/')).toEqual({ ok: false, reason: 'domain', host: 'www.gov.cn' });
  });

  test('the host of a protocol-relative address is read as a browser reads it, stray spaces and all', () => {
    expect(hostOf('//Mirror.Example.org/a')).toBe('mirror.example.org');
    expect(hostOf('  //mirror.example.org/a ')).toBe('mirror.example.org');
    expect(hostOf(' https://WWW.gov.cn/ ')).toBe('www.gov.cn');
    expect(hostOf('/policies/')).toBeUndefined();
    expect(hostOf('mailto:mzj@example.gov.cn')).toBeUndefined();
  });

  test('an address a browser cannot parse leads nowhere and is let through', () => {
    const allowlist = domainAllowlist(site);
    expect(judgeUrl(allowlist, 'https://exa mple.com/')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, 'http://[::1/')).toEqual({ ok: true });
  });
});
