/**
 * Raw HTML written inside Markdown, and what authored content may contain. Markdown lets editors
 * write any HTML, which is how injected content hides: scripts, frames, `style="display:none"`
 * around links, links with no text, links inside comments. The rules here are an allowlist: a
 * few layout tags and plain attributes; everything else is reported.
 *
 * The tokenizer only needs to find tags, attributes and comments in the `html` nodes that the
 * Markdown parser (micromark) has already delimited; it is not a full HTML parser.
 */

export type HtmlToken =
  | { kind: 'comment'; text: string; from: number; to: number }
  | { kind: 'open'; name: string; attributes: HtmlAttribute[]; raw: string; from: number; to: number }
  | { kind: 'close'; name: string; raw: string; from: number; to: number }
  | { kind: 'text'; text: string; from: number; to: number };

export type HtmlAttribute = { name: string; value: string | undefined };

const TOKEN = /<!--([\s\S]*?)(?:-->|$)|<\/([A-Za-z][\w:-]*)[^>]*>|<([A-Za-z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** Tags, comments and the text between them; offsets are relative to `source` plus `offset`. */
export function tokenizeHtml(source: string, offset = 0): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  const text = (from: number, to: number) => {
    if (to > from) tokens.push({ kind: 'text', text: source.slice(from, to), from: from + offset, to: to + offset });
  };
  for (const match of source.matchAll(TOKEN)) {
    const [raw, comment, closeName, openName, attributeText] = match;
    const from = match.index;
    text(last, from);
    last = from + raw.length;
    const at = { from: from + offset, to: last + offset };
    if (comment !== undefined) tokens.push({ kind: 'comment', text: comment, ...at });
    else if (closeName !== undefined) tokens.push({ kind: 'close', name: closeName.toLowerCase(), raw, ...at });
    else if (openName !== undefined) {
      const attributes = [...(attributeText ?? '').matchAll(ATTRIBUTE)].map(([, name, value]) => ({
        name: (name ?? '').toLowerCase(),
        value: value?.replace(/^(["'])([\s\S]*)\1$/, '$2'),
      }));
      tokens.push({ kind: 'open', name: openName.toLowerCase(), attributes, raw, ...at });
    }
  }
  text(last, source.length);
  return tokens;
}

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

/** The tags whose danger gets its own explanation (src/i18n/zh-CN.ts, integrityText.guard.tagReasons). */
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

/** The text a reader sees of some HTML/Markdown: tags and Markdown punctuation removed. */
export function visibleText(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/[\s*_`~[\]()#>|\\\u200B-\u200F\u2060\uFEFF]/g, '');
}
