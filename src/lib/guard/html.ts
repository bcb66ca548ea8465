/**
 * HTML as readers see it, on trees made by an HTML parser that follows the standard (parse5 for
 * raw HTML in bodies, html5ever for built pages): what authored content may contain, which text
 * a reader sees, and which links a reader cannot see.
 *
 * Markdown lets editors write any HTML, which is how injected content hides: scripts, frames,
 * `style="display:none"` around links, links with no text, links inside comments. The rules for
 * bodies are an allowlist: a few layout tags and plain attributes; everything else is reported.
 */
import { find, html } from 'property-information';
import type { Element, Nodes, Properties } from 'hast';
import { descendants } from '../content/markdown.ts';

/** Layout tags an editor may write in Markdown or MDX: nothing that runs, embeds, hides or submits. */
export const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd',
  'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]); // prettier-ignore

/** Plain attributes of those tags. No class or id either: site classes such as visually-hidden hide text. */
export const ALLOWED_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'align',
  'lang', 'dir', 'datetime', 'cite', 'abbr', 'start', 'reversed', 'type', 'target', 'rel',
]); // prettier-ignore

/** Attributes that hide an element from readers while crawlers still read it. */
export const HIDING_ATTRIBUTES = new Set(['hidden', 'aria-hidden', 'inert']);

/** The tags whose danger gets its own explanation (src/i18n/integrity.ts, integrityText.guard.tagReasons). */
export type DangerousTag = 'script' | 'iframe' | 'object' | 'embed' | 'style' | 'form' | 'meta' | 'svg';

export function dangerKind(tag: string): DangerousTag | undefined {
  if (tag === 'script' || tag === 'noscript' || tag === 'template') return 'script';
  if (tag === 'iframe' || tag === 'frame' || tag === 'frameset' || tag === 'portal' || tag === 'fencedframe')
    return 'iframe';
  if (tag === 'object' || tag === 'applet' || tag === 'param') return 'object';
  if (tag === 'embed') return 'embed';
  if (tag === 'style' || tag === 'link') return 'style';
  if (['form', 'input', 'button', 'textarea', 'select', 'option'].includes(tag)) return 'form';
  if (tag === 'meta' || tag === 'base') return 'meta';
  if (tag === 'svg' || tag === 'math') return 'svg';
  return undefined;
}

/** Does a comment carry a link? (`<a`, `href`, an address, `www.`) */
export function commentHasLink(comment: string): boolean {
  return /<a[\s>]|href\s*=|[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\[[^\]]*\]\([^)]*\)/i.test(comment);
}

/** `onClick` → `onclick`, `ariaHidden` → `aria-hidden`, `className` → `class`: the name as written in HTML. */
export function attributeName(property: string): string {
  let name = attributeNames.get(property);
  if (name === undefined) {
    name = find(html, property).attribute.toLowerCase();
    attributeNames.set(property, name);
  }
  return name;
}
const attributeNames = new Map<string, string>();

/** An element's attributes as written in HTML: lower-case names, values as text. */
export function attributesOf(properties: Properties): { name: string; value: string | undefined }[] {
  return Object.entries(properties).map(([property, value]) => ({
    name: attributeName(property),
    value:
      value === null || value === undefined || value === false
        ? undefined
        : value === true
          ? ''
          : Array.isArray(value)
            ? value.join(' ')
            : String(value),
  }));
}

/** Elements whose text belongs to the surrounding block (a word split by them is still one word). */
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub',
  'sup', 'time', 'tt', 'u', 'var', 'wbr',
]); // prettier-ignore

/** Elements that hold no text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);

export type TextSegment = { text: string; node: Nodes };
export type TextBlock = { text: string; segments: TextSegment[] };

/**
 * The text a reader sees, block by block: text joined across inline elements (`百<b>家</b>乐`
 * is 百家乐). Text inside `hidden` elements is included too: a crawler reads it. Attributes
 * (alt, title, aria-label) are not text; they are read on their own.
 */
export function textBlocks(tree: Nodes): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextSegment[] = [];
  const flush = () => {
    if (current.some((segment) => segment.text.trim())) {
      blocks.push({ text: current.map((segment) => segment.text).join(''), segments: current });
    }
    current = [];
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      current.push({ text: node.value, node });
      return;
    }
    if (node.type === 'element') {
      if (NOT_TEXT.has(node.tagName)) return;
    }
    if (!('children' in node)) return;
    const inline = node.type === 'mdxJsxTextElement' || (node.type === 'element' && PHRASING.has(node.tagName));
    if (!inline) flush();
    for (const child of node.children) walk(child as Nodes);
    if (!inline) flush();
  };
  walk(tree);
  flush();
  return blocks;
}

/** Blank to a reader: white space, invisible characters and the Hangul fillers that show as blanks. */
export const isBlank = (text: string) => !/[^\s\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u180E]/u.test(text);

/** A size attribute that makes an element invisible (0 or 1 pixel). */
export const isTiny = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? /^\s*[01](\.0*)?\s*(px)?\s*$/i.test(String(value)) : false;

/**
 * Why a reader cannot see a link, if they cannot: it is inside a hidden element, hidden by an
 * inline style, shows no text, or shows only an image without alt text or of 0–1 pixels.
 */
export function hiddenLinkReason(
  link: Element,
  ancestors: readonly Element[],
): 'hidden' | 'style' | 'empty' | 'tinyImage' | undefined {
  for (const element of [...ancestors, link]) {
    const { hidden, ariaHidden, inert, style } = element.properties;
    if (hidden !== undefined && hidden !== false) return 'hidden';
    if (inert !== undefined && inert !== false) return 'hidden';
    if (String(ariaHidden) === 'true') return 'hidden';
    if (
      typeof style === 'string' &&
      /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0(?![.\d]*[1-9])|(?:width|height)\s*:\s*[01](?:px)?\s*(?:;|$)|(?:left|top|text-indent)\s*:\s*-\d{3,}/i.test(
        style,
      )
    ) {
      return 'style';
    }
  }
  const images = descendants(link).filter((node): node is Element => node.type === 'element' && node.tagName === 'img');
  const text = textBlocks({ type: 'root', children: link.children })
    .map((block) => block.text)
    .join('');
  if (!isBlank(text)) return undefined;
  if (images.length === 0) return 'empty';
  const visible = images.filter(
    (image) =>
      !isBlank(String(image.properties['alt'] ?? '')) &&
      !isTiny(image.properties['width']) &&
      !isTiny(image.properties['height']),
  );
  return visible.length === 0 ? 'tinyImage' : undefined;
}
