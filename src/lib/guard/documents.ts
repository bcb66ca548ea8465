/**
 * The document gate: every HTML, SVG and XML file that would be published — the pages Astro
 * writes, and the files of public/ — read as a browser reads it, before anything is signed.
 *
 * - Bytes are decoded as a browser would, and refused unless they are UTF-8: a byte-order mark
 *   of UTF-16, NUL bytes, invalid UTF-8 or a declared charset other than UTF-8 (a file that a
 *   browser decodes differently from this check would be read differently too).
 * - The text is parsed with html5ever (through Sätteri's `htmlToHast`, the parser the Markdown
 *   renderer itself uses), which follows the HTML standard and reads with scripting off, as a
 *   crawler does: `<noscript>` content is markup, comments end where browsers end them, entities
 *   in attributes are decoded.
 * - On that tree: no script but the site's own files, no `on*` attribute, no frames or plugins,
 *   no `<base>`, no automatic redirect, no link to a host outside the allowlist (resolved with the
 *   URL standard's parser against the site's address), no link a reader cannot see, and the
 *   denylist over the text as a reader sees it and over titles, alt texts and labels.
 * - SVG: nothing that runs or loads (scripts, foreignObject, event attributes, links, external
 *   references, `@import`); SVG and XML: no DOCTYPE entities and no XSLT stylesheet.
 */
import { withoutBase } from '../base.ts';
import { htmlToHast } from 'satteri';
import type { Element, Nodes, Root } from 'hast';
import { documentText } from '../../i18n/documents.ts';
import { deniedIn, findDenied, type Denylist, type Scope } from './denylist.ts';
import { normalText } from './normalize.ts';
import { judgeUrl, type DomainAllowlist } from './domains.ts';
import { attributeName, attributesOf, hiddenLinkReason, textBlocks } from './html.ts';
import { TABLE_ALIGN_STYLES } from '../security/csp.ts';

const t = documentText;

export type DocumentKind = 'html' | 'svg' | 'xml';

/** How a file is served and read by a browser, by its extension (nginx's and Caddy's types). */
export function documentKind(path: string): DocumentKind | undefined {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml' || extension === 'shtml') return 'html';
  if (extension === 'svg' || extension === 'svgz') return 'svg';
  if (extension === 'xml' || extension === 'xsl' || extension === 'xslt' || extension === 'rss' || extension === 'atom')
    return 'xml';
  return undefined;
}

/** The text of a file as UTF-8, or why it is refused. A UTF-8 byte-order mark is allowed. */
export function decodeDocument(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: t.encoding.utf16 };
  }
  if (bytes.includes(0)) return { problem: t.encoding.nul };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: t.encoding.invalid };
  }
  return { text };
}

/** What the gate needs to know about the site. */
export type DocumentRules = {
  allowlist: DomainAllowlist;
  denylist: Denylist;
  /** Hosts every page may link to besides the allowlist (the filing registries in the footer). */
  extraHosts?: readonly string[] | undefined;
};

/** Script files that are the site's own (under its prefix): Vite bundles, Pagefind, the reading preferences, the editor. */
const OWN_SCRIPT_PREFIXES = ['/_astro/', '/pagefind/', '/admin/editor/'];
const OWN_SCRIPTS = new Set(['/reading-prefs.js']);

/** Tags that embed other sites, plugins or change where links lead. */
const FRAMES = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'base']);

/** Attributes (hast property names) that hold addresses a browser loads or follows. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'xLinkHref', 'background', 'longDesc'];

/** Script types that are data, not code. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|application\/geo\+json|text\/plain|importmap)$/i;

/** SVG elements that run, load or link. */
const SVG_ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'a']);

export type DocumentResult = { problems: string[]; tree?: Root | undefined };

/** Checks one HTML, SVG or XML document; problems are messages to follow `file: `. */
/**
 * CSS in an SVG that loads something from outside the file: `@import`, or `url()` with anything
 * but a reference to the file's own element (`url(#g)`, `url('#g')`, `url( "#g" )`).
 */
export function loadsOutside(css: string): boolean {
  return /@import|url\(\s*(?!['"]?\s*#)/i.test(css);
}

export function checkDocument(kind: DocumentKind, text: string, rules: DocumentRules): DocumentResult {
  const problems: string[] = [];
  if (kind !== 'html' && /<!ENTITY/i.test(text)) problems.push(t.xmlDoctype);
  const tree = htmlToHast(text) as Root;
  const origin = new URL(rules.allowlist.base).host;
  const deny = (place: string, value: string, scope: Scope = 'all') => {
    for (const hit of deniedIn(rules.denylist, value, scope)) {
      if (hit.severity === 'error') problems.push(t.denied(place, shorten(hit.original), hit.label, hit.category));
    }
  };
  const judge = (tag: string, url: string) => {
    const verdict = judgeUrl(rules.allowlist, url);
    if (verdict.ok) return;
    if (verdict.reason === 'protocol') problems.push(t.badProtocol(tag, shorten(url), verdict.protocol));
    else if (!rules.extraHosts?.includes(verdict.host)) problems.push(t.externalLink(tag, shorten(url), verdict.host));
  };

  const walk = (node: Nodes, ancestors: Element[], inSvg: boolean) => {
    if (node.type === 'comment') {
      if (/^\?xml-stylesheet\b/i.test(node.value)) {
        problems.push(t.xmlStylesheet(shorten(node.value.slice(15).replace(/\?$/, ''))));
      }
      if (kind === 'xml') deny(t.places.comment, node.value);
      return;
    }
    if (node.type === 'text') {
      // XML keeps addresses in text (<loc>, <link>): they lead somewhere like any link.
      if (kind === 'xml' && /^\s*https?:\/\//i.test(node.value)) judge('xml', node.value.trim());
      return;
    }
    if (node.type !== 'element') {
      if ('children' in node) for (const child of node.children) walk(child as Nodes, ancestors, inSvg);
      return;
    }
    const tag = node.tagName.toLowerCase();
    const svg = inSvg || tag === 'svg' || kind === 'svg';
    checkElement(node, tag, svg);
    if (tag === 'a' && node.properties['href'] !== undefined && kind === 'html') {
      const reason = hiddenLinkReason(node, ancestors);
      if (reason) problems.push(t.hiddenLink(shorten(String(node.properties['href'])), t.hiddenReasons[reason]));
    }
    for (const child of node.children) walk(child, [...ancestors, node], svg);
  };

  const checkElement = (element: Element, tag: string, inSvg: boolean) => {
    const { properties } = element;
    const events: string[] = [];
    for (const [property, value] of Object.entries(properties)) {
      const name = attributeName(property);
      if (name.startsWith('on')) events.push(name);
      if (['title', 'alt', 'aria-label', 'placeholder', 'summary'].includes(name) && typeof value === 'string') {
        deny(t.places.attribute(name), value);
      }
    }
    if (inSvg && kind !== 'xml') {
      for (const name of events) problems.push(t.svgActive(name));
      if (SVG_ACTIVE.has(tag)) problems.push(t.svgActive(`<${element.tagName}>`));
      const target = String(properties['attributeName'] ?? '').toLowerCase();
      if (['animate', 'set'].includes(tag) && /href/.test(target))
        problems.push(t.svgActive(`<${tag} attributeName="${target}">`));
      for (const property of ['href', 'xLinkHref', 'src']) {
        const value = properties[property];
        if (typeof value === 'string' && !/^\s*(#|data:image\/(png|jpe?g|gif|webp);)/i.test(value)) {
          problems.push(t.svgActive(`${attributeName(property)}="${shorten(value)}"`));
        }
      }
      if (tag === 'style' && loadsOutside(textOf(element))) problems.push(t.svgActive('<style> @import/url()'));
      // A style attribute or a presentation attribute (fill, clip-path, filter …) can load too.
      for (const [property, value] of Object.entries(properties)) {
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        if (/url\(/i.test(text) && loadsOutside(text)) {
          problems.push(t.svgActive(`${attributeName(property)}="${shorten(text)}"`));
        }
      }
      return;
    }
    if (tag === 'script') {
      const type = String(properties['type'] ?? '');
      const src = properties['src'];
      if (typeof src === 'string') {
        let own = false;
        try {
          const url = new URL(src, rules.allowlist.base);
          const path = withoutBase(new URL(rules.allowlist.base).pathname, url.pathname);
          own =
            url.host === origin &&
            path !== undefined &&
            (OWN_SCRIPTS.has(path) || OWN_SCRIPT_PREFIXES.some((prefix) => path.startsWith(prefix)));
        } catch {
          own = false;
        }
        if (!own) problems.push(t.script(shorten(`<script src="${src}">`)));
      } else if (DATA_SCRIPT.test(type)) {
        deny(t.places.text, textOf(element));
      } else if (textOf(element).trim()) {
        problems.push(t.inline(shorten(tagOf(element))));
      }
      return;
    }
    // What the strict Content-Security-Policy would block: <style>, style attributes other than
    // the table alignments the Markdown renderer writes, event handler attributes.
    const style = properties['style'];
    const blocked =
      tag === 'style' ||
      events.length > 0 ||
      (typeof style === 'string' && !(TABLE_ALIGN_STYLES as readonly string[]).includes(style));
    if (kind === 'html' && blocked) {
      problems.push(t.inline(shorten(tagOf(element))));
    }
    if (FRAMES.has(tag)) problems.push(t.frame(tag));
    if (tag === 'meta') {
      const httpEquiv = String(properties['httpEquiv'] ?? '').toLowerCase();
      const content = String(properties['content'] ?? '');
      if (httpEquiv === 'refresh') problems.push(t.refresh(shorten(content)));
      const charset = String(
        properties['charSet'] ?? (httpEquiv === 'content-type' ? (/charset=([^;\s]+)/i.exec(content)?.[1] ?? '') : ''),
      );
      if (charset && !/^utf-?8$/i.test(charset)) problems.push(t.encoding.declared(charset));
      const name = String(properties['name'] ?? '').toLowerCase();
      if (['description', 'keywords'].includes(name)) deny(t.places.meta(name), content);
    }
    for (const property of URL_PROPERTIES) {
      const value = properties[property];
      if (typeof value === 'string') judge(tag, value);
    }
    const srcSet = properties['srcSet'];
    if (srcSet !== undefined) {
      for (const candidate of String(Array.isArray(srcSet) ? srcSet.join(',') : srcSet).split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) judge(tag, url);
      }
    }
  };

  walk(tree, [], false);

  // The text a reader sees: checked as a whole first (fast), block by block only when needed.
  const blocks = textBlocks(tree);
  const whole = normalText(blocks.map((block) => block.text).join('\n'));
  if (findDenied(rules.denylist, whole.text, 'all', whole.breaks).length > 0) {
    for (const block of blocks) deny(t.places.text, block.text);
  }
  return { problems, tree };
}

/** An element's start tag as HTML (for messages). */
export function tagOf(element: Element): string {
  const attributes = attributesOf(element.properties)
    .map(({ name, value }) => (value === undefined ? '' : value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return `<${element.tagName}${attributes}>`;
}

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
};

/** The text inside an element (for scripts and styles, their source). */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/** The first element with this tag, in document order. */
export function findElement(node: Nodes, tag: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tag) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findElement(child as Nodes, tag);
    if (found) return found;
  }
  return undefined;
}

/** The hosts outside the allowlist that a document's elements link to or load from. */
export function linkedHosts(tree: Root, allowlist: DomainAllowlist): string[] {
  const hosts = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      for (const property of URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value !== 'string') continue;
        const verdict = judgeUrl(allowlist, value);
        if (!verdict.ok && verdict.reason === 'domain') hosts.add(verdict.host);
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return [...hosts];
}
