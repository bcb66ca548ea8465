/**
 * How document bodies are read: by the renderer's own parser, in one place.
 *
 * Astro renders `.md` and `.mdx` with Sätteri (its default Markdown processor, a Rust parser with
 * GFM). The site's configuration (astro.config.mjs) takes `markdownFeatures` from here, and the
 * content check reads every body with the same parser and the same features, so a construct the
 * renderer turns into a link (a bare `www.…`, a footnote, a table) is a link to the check too.
 *
 * Raw HTML inside Markdown is then read as a browser reads it: the body's HTML tree goes through
 * hast-util-raw, which re-parses every piece of raw HTML together with the elements around it
 * with parse5 (a parser that follows the HTML standard): comments closed with `--!>`, entities
 * in attributes, tags that open in one block and close in another are understood as the browser
 * will understand them on the page.
 *
 * A body whose tree is too deep (20,000 nested `>`) or whose HTML has too many tags to read in
 * reasonable time is refused with a message, never left to overflow a stack or run for minutes.
 */
import { randomBytes } from 'node:crypto';
import { mdxToHast, markdownToHast, type Features } from 'satteri';
import { raw } from 'hast-util-raw';
import { VFile } from 'vfile';
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { contentText } from '../../i18n/content.ts';
import type { Problem } from './problems.ts';

/** The Markdown features the site renders with (astro.config.mjs) and the check reads with. */
export const markdownFeatures = {
  gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处引用', backContent: '↩' } },
  smartPunctuation: true,
} as const satisfies Features;

/** Deeper than this, a body is refused: no document needs it, and deep trees exhaust stacks. */
export const MAX_DEPTH = 100;
/** More raw HTML tags than this in one body is refused: parsing deeply nested HTML is quadratic. */
export const MAX_RAW_TAGS = 20_000;

export type BodySource = { file: string; body: string; bodyLine: number };
export type BodyRead = {
  tree?: HastRoot | undefined;
  /**
   * The elements the renderer made from Markdown syntax (a link, a table, a footnote), as
   * opposed to HTML the editor wrote: only the second kind is held to the HTML allowlist.
   */
  fromMarkdown: ReadonlySet<HastNodes>;
  problem?: Problem | undefined;
};

const isMdx = (file: string) => file.toLowerCase().endsWith('.mdx');

/** The depth of a tree, measured without recursion. */
export function treeDepth(tree: HastNodes): number {
  let deepest = 0;
  const stack: [HastNodes, number][] = [[tree, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of node.children) stack.push([child as HastNodes, depth + 1]);
  }
  return deepest;
}

/** Raw HTML tags in a tree (an upper bound: `<` followed by a letter, `/` or `!`). */
function rawTagCount(tree: HastNodes): number {
  let count = 0;
  const stack: HastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'raw') count += node.value.match(/<[A-Za-z/!?]/g)?.length ?? 0;
    if ('children' in node) stack.push(...(node.children as HastNodes[]));
  }
  return count;
}

/**
 * Raw HTML is re-parsed into new element objects, so the renderer's own elements are marked
 * before with a property whose name is random for each run: an editor cannot write it.
 */
const MARK = `dataGk${randomBytes(9).toString('base64url').replace(/[^a-z]/gi, '').toLowerCase()}x`;

/** Every node below `node`, in document order, without recursion. */
export function descendants(node: HastNodes): HastNodes[] {
  const found: HastNodes[] = [];
  const stack: HastNodes[] = 'children' in node ? [...(node.children as HastNodes[])].reverse() : [];
  while (stack.length > 0) {
    const next = stack.pop()!;
    found.push(next);
    if ('children' in next) stack.push(...[...(next.children as HastNodes[])].reverse());
  }
  return found;
}

function elements(tree: HastNodes): HastNodes[] {
  const found: HastNodes[] = [];
  const stack: HastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') found.push(node);
    if ('children' in node) stack.push(...(node.children as HastNodes[]));
  }
  return found;
}

// The link check and the content guard both read every body: each is read once per check.
const readBodies = new Map<string, { body: string; bodyLine: number; read: BodyRead }>();

/**
 * The HTML tree of a body as the renderer and then the browser read it, with positions
 * relative to the body; or the problem that stops it from being read.
 */
export function readBody(entry: BodySource): BodyRead {
  const known = readBodies.get(entry.file);
  if (known && known.body === entry.body && known.bodyLine === entry.bodyLine) return known.read;
  const read = readUncached(entry);
  readBodies.set(entry.file, { body: entry.body, bodyLine: entry.bodyLine, read });
  return read;
}

function readUncached(entry: BodySource): BodyRead {
  const problem = (message: string, line?: number): BodyRead => ({
    fromMarkdown: new Set(),
    problem: { severity: 'error', file: entry.file, line: (line ?? 1) + entry.bodyLine - 1, field: '', message },
  });
  let tree: HastRoot;
  try {
    tree = (isMdx(entry.file) ? mdxToHast : markdownToHast)(entry.body, { features: markdownFeatures }) as HastRoot;
  } catch (error) {
    // Sätteri's message starts with the place in the body: `3:1: Unexpected end of file …`.
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const reason = message
      .replace(/^(\d+):(\d+):\s*/, '')
      .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
      .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, '');
    return problem(contentText.mdxSyntax(reason), at ? Number(at[1]) : undefined);
  }
  const depth = treeDepth(tree);
  if (depth > MAX_DEPTH) return problem(contentText.tooDeep(depth, MAX_DEPTH));
  const tags = rawTagCount(tree);
  if (tags > MAX_RAW_TAGS) return problem(contentText.tooManyTags(tags, MAX_RAW_TAGS));
  if (tags === 0) return { tree, fromMarkdown: new Set(elements(tree)) };
  for (const element of elements(tree)) if (element.type === 'element') element.properties[MARK] = '';
  try {
    tree = raw(tree, { file: new VFile(entry.body) }) as HastRoot;
  } catch (error) {
    if (error instanceof RangeError) return problem(contentText.tooDeep(MAX_DEPTH + 1, MAX_DEPTH));
    return problem(contentText.unreadableBody(error instanceof Error ? error.message : String(error)));
  }
  const htmlDepth = treeDepth(tree);
  if (htmlDepth > MAX_DEPTH) return problem(contentText.tooDeep(htmlDepth, MAX_DEPTH));
  const fromMarkdown = new Set<HastNodes>();
  for (const element of elements(tree)) {
    // parse5 keeps a <template>'s markup apart (`content`); a crawler reads it like any other.
    if (element.type === 'element' && element.content) element.children.push(...element.content.children);
    if (element.type === 'element' && MARK in element.properties) {
      delete element.properties[MARK];
      fromMarkdown.add(element);
    }
  }
  return { tree, fromMarkdown };
}
