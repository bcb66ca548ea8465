/**
 * The content guard's normal form (src/lib/guard/normalize.ts) as editors and page checks meet
 * it: spam written in traditional characters (百家樂) is read as the simplified word of the
 * denylist, wherever in the text it stands, in a Markdown body and on a built page, and the
 * message quotes the characters as the file has them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileDenylist, parseDenylist, PROJECT_DENYLIST } from '../../src/lib/guard/denylist.ts';
import { checkDocument } from '../../src/lib/guard/documents.ts';
import { domainAllowlist } from '../../src/lib/guard/domains.ts';
import { createGuard, guardEntry } from '../../src/lib/guard/check.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { parseSource } from '../../src/lib/content/read.ts';

const denylist = compileDenylist(
  parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'src/guard/denylist.yaml').entries,
);

/** The problems of one Markdown body, as `npm run check` prints them. */
function bodyProblems(body: string): string[] {
  const file = 'content/articles/gzdt/test.md';
  const parsed = parseSource(`---\ntitle: 区民政局开展敬老月活动\ncolumn: gzdt\n---\n\n${body}\n`, file, false);
  const guard = createGuard(undefined, denylist);
  guardEntry(guard, { file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
  return sortProblems(guard.problems).map(formatProblem);
}

/** The findings of the built-page gate for one page body. */
function pageProblems(body: string): string[] {
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body>${body}</body></html>`;
  const allowlist = domainAllowlist({ domain: 'mzj.example.gov.cn', links: [], allowedDomains: [] });
  return checkDocument('html', page, { allowlist, denylist }).problems;
}

describe('traditional characters', () => {
  test('a denied word in traditional characters, after other traditional text, is found in a body', () => {
    expect(bodyProblems('歡迎光臨百家樂，註冊即送彩金。')).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 正文含有违禁内容“百家樂”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });

  test('the same on a built page', () => {
    expect(pageProblems('<p>歡迎光臨百家樂，註冊即送彩金。</p>')).toMatchInlineSnapshot(`
      [
        "正文含有违禁内容“百家樂”（赌博：百家乐）。",
      ]
    `);
  });
});
