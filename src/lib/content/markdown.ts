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
import type { ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { contentText } from '../../i18n/content.ts';
import type { Problem } from './problems.ts';

/** The Markdown features the site renders with (astro.config.mjs) and the check reads with. */
export const markdownFeatures = {
  gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处引用', backContent: '↩' } },
  smartPunctuation: true,
} as const satisfies Features;

/** Deeper than this, a body is refused: no document needs it, and deep trees exhaust stacks. */
export const MAX_DEPTH = 100;
/** More raw HTML tags than this in one body is refused: a bound on the time to read them. */
export const MAX_RAW_TAGS = 200_000;
/**
 * Raw HTML elements left open inside each other deeper than this is refused: browsers (and
 * parse5) take time that grows with the square of the depth to read them.
 */
export const MAX_RAW_NESTING = 2_000;
/**
 * Source positions (for the line in messages) are worked out only for bodies without lines longer
 * than this: Sätteri's position tracking slows down with the square of a line's length, and a
 * single line of 160,000 characters with many links would take seconds. A body with such a line
 * is read without positions; its problems name the body's first line.
 */
export const MAX_POSITIONED_LINE = 5_000;

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

/** Elements whose end tag may be left out (they close themselves), and void elements. */
const SELF_CLOSING = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]); // prettier-ignore

/**
 * How much raw HTML a tree holds: its tags (an upper bound: `<` and a letter, `/`, `!` or `?`),
 * and how deep elements are left open inside each other (an estimate that only bounds the work,
 * never decides what is allowed: the HTML parser does that).
 */
function rawHtmlSize(tree: HastNodes): { tags: number; nesting: number } {
  let tags = 0;
  let open = 0;
  let nesting = 0;
  const stack: HastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'raw') {
      for (const [, close, name] of node.value.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)|<[!?]/g)) {
        tags++;
        const tag = name?.toLowerCase();
        if (!tag || SELF_CLOSING.has(tag)) continue;
        open = close ? Math.max(0, open - 1) : open + 1;
        if (open > nesting) nesting = open;
      }
    }
    if ('children' in node) pushReversed(stack, node.children as HastNodes[]);
  }
  return { tags, nesting };
}

/**
 * Raw HTML is re-parsed into new element objects, so the renderer's own elements are marked
 * before with a property whose name is random for each run: an editor cannot write it.
 */
const MARK = `dataGk${randomBytes(9).toString('base64url').replace(/[^a-z]/gi, '').toLowerCase()}x`;

/** Pushes children last to first, so they pop in document order (no spread: a node may have 500,000). */
function pushReversed(stack: HastNodes[], children: HastNodes[]) {
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
}

/** Every node below `node`, in document order, without recursion. */
export function descendants(node: HastNodes): HastNodes[] {
  const found: HastNodes[] = [];
  const stack: HastNodes[] = [];
  if ('children' in node) pushReversed(stack, node.children as HastNodes[]);
  while (stack.length > 0) {
    const next = stack.pop()!;
    found.push(next);
    if ('children' in next) pushReversed(stack, next.children as HastNodes[]);
  }
  return found;
}

function elements(tree: HastNodes): HastNodes[] {
  const found: HastNodes[] = [];
  const stack: HastNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') found.push(node);
    if ('children' in node) pushReversed(stack, node.children as HastNodes[]);
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
  const position = !entry.body.split('\n').some((line) => line.length > MAX_POSITIONED_LINE);
  try {
    const read = isMdx(entry.file) ? mdxToHast : markdownToHast;
    tree = read(entry.body, { features: markdownFeatures, position }) as HastRoot;
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
  const { tags, nesting } = rawHtmlSize(tree);
  if (tags > MAX_RAW_TAGS) return problem(contentText.tooManyTags(tags, MAX_RAW_TAGS));
  if (nesting > MAX_RAW_NESTING) return problem(contentText.tooDeepHtml(nesting, MAX_RAW_NESTING));
  if (tags === 0) return { tree, fromMarkdown: new Set(elements(tree)) };
  for (const element of elements(tree)) if (element.type === 'element') element.properties[MARK] = '';
  try {
    tree = raw(tree, position ? { file: new VFile(entry.body) } : {}) as HastRoot;
  } catch (error) {
    if (error instanceof RangeError) return problem(contentText.tooDeep(MAX_DEPTH + 1, MAX_DEPTH));
    return problem(contentText.unreadableBody(error instanceof Error ? error.message : String(error)));
  }
  const htmlDepth = treeDepth(tree);
  if (htmlDepth > MAX_DEPTH) return problem(contentText.tooDeep(htmlDepth, MAX_DEPTH));
  const fromMarkdown = new Set<HastNodes>();
  for (const element of elements(tree)) {
    // parse5 keeps a <template>'s markup apart (`content`); a crawler reads it like any other.
    if (element.type === 'element' && element.content) {
      for (const child of element.content.children) element.children.push(child as ElementContent);
    }
    if (element.type === 'element' && MARK in element.properties) {
      delete element.properties[MARK];
      fromMarkdown.add(element);
    }
  }
  return { tree, fromMarkdown };
}
