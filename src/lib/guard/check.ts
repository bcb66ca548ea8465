/**
 * The content guard (内容安全检查), part of `npm run check` and of the check before every build:
 *
 * - every string of the site configuration, the organisation file, front matter and data files,
 *   and the text, link text, image alt text and comments of Markdown/MDX bodies, against the
 *   denylist (./denylist.ts) after normalising (./normalize.ts);
 * - raw HTML in bodies: only layout tags and plain attributes (./html.ts): no scripts, frames,
 *   plugins, style or on* attributes, hidden elements, links without visible text or links in
 *   comments; MDX: only the project's components (src/user-components/index.ts), no import,
 *   export or {expressions};
 * - links and images to other websites only when their domain is allowed (./domains.ts), in
 *   bodies and in fields (onlineUrl of guides, column hrefs …).
 *
 * Each problem names the file, line and the offending text, and says what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { integrityText } from '../../i18n/zh-CN.ts';
import { fieldName, type Problem } from '../content/problems.ts';
import { parseSource, type SourceDoc } from '../content/read.ts';
import { ORGANISATION_FILE, SITE_FILE, type LoadedEntry, type LoadedSite } from '../content/load.ts';
import { parseBody } from '../content/links.ts';
import { cachedBodyResult } from '../content/bodyCache.ts';
import type { SitePaths } from '../content/paths.ts';
import { deniedIn, loadDenylist, type Denylist, type Scope } from './denylist.ts';
import { showInvisible } from './normalize.ts';
import { domainAllowlist, judgeUrl, type DomainAllowlist } from './domains.ts';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  HIDING_ATTRIBUTES,
  commentHasLink,
  dangerKind,
  tokenizeHtml,
  visibleText,
  type HtmlAttribute,
  type HtmlToken,
} from './html.ts';

const t = integrityText.guard;

/** Fields that name who publishes: brand patterns (`\d{3}bet`) are always spam here. */
const NAME_FIELDS = new Set([
  'title',
  'name',
  'issuers',
  'issuer',
  'publisher',
  'source',
  'sponsor',
  'department',
  'editingUnit',
  'implementingBody',
  'series',
]);

/** Fields the guard leaves alone: the editor's git settings and the key (random base64). */
const SKIPPED_FIELDS = new Set(['cms', 'manifestPublicKey']);
/** Site configuration fields that look like addresses but are not links. */
const NOT_LINKS = new Set(['domain']);

/** What the guard checks against; problems are collected in `problems`. */
export type Guard = {
  denylist: Denylist;
  /** Undefined when the site configuration is invalid: links cannot be judged (its errors are reported). */
  allowlist: DomainAllowlist | undefined;
  components: Set<string>;
  problems: Problem[];
};
type Context = Guard;

export function createGuard(site: LoadedSite['site'], denylist: Denylist, components = userComponentNames()): Guard {
  return { denylist, allowlist: site ? domainAllowlist(site) : undefined, components, problems: [] };
}

export function checkGuard(loaded: LoadedSite, paths: SitePaths): Problem[] {
  const { denylist, problems } = loadDenylist(paths);
  const guard = createGuard(loaded.site, denylist);
  guard.problems.push(...problems);
  for (const file of [SITE_FILE, ORGANISATION_FILE]) {
    const path = join(paths.root, file);
    if (!existsSync(path)) continue;
    const source = parseSource(readFileSync(path, 'utf8'), file, true);
    if (source.problems.length === 0) scanData(guard, file, source.data, source.lineOf, file === SITE_FILE);
  }
  for (const entry of Object.values(loaded.entries).flat()) guardEntry(guard, entry);
  return guard.problems;
}

/** Checks one document or data file: its fields and its body. */
export function guardEntry(
  guard: Guard,
  entry: Pick<LoadedEntry, 'file' | 'body' | 'bodyLine' | 'lineOf'> & { data: unknown },
) {
  scanData(guard, entry.file, entry.data, entry.lineOf, false);
  if (!entry.body.trim()) return;
  // The body's findings depend on the body and the guard's settings: remembered between checks.
  const found = cachedBodyResult('guard', guardSettings(guard), entry, () => {
    const own: Guard = { ...guard, problems: [] };
    scanBody(own, entry);
    return own.problems;
  });
  guard.problems.push(...found);
}

const settingsOf = new WeakMap<Guard, string>();
/** The guard's settings as text (RegExps and Sets included), to key the body cache. */
function guardSettings(guard: Guard): string {
  let text = settingsOf.get(guard);
  if (text === undefined) {
    const { problems: _problems, ...settings } = guard;
    text = JSON.stringify(settings, (_key, value: unknown) =>
      value instanceof RegExp
        ? `/${value.source}/${value.flags}`
        : value instanceof Set || value instanceof Map
          ? [...value]
          : value,
    );
    settingsOf.set(guard, text);
  }
  return text;
}

/** The names of `userComponents` in src/user-components/index.ts (read as text: it imports .astro files). */
export function userComponentNames(): Set<string> {
  const file = fileURLToPath(new URL('../../user-components/index.ts', import.meta.url));
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const body = /export const userComponents\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return new Set(
    body
      .split(',')
      .map((name) => name.split(':')[0]!.trim())
      .filter(Boolean),
  );
}

// --- fields --------------------------------------------------------------------------------

function scanData(ctx: Context, file: string, data: unknown, lineOf: SourceDoc['lineOf'], isSiteFile: boolean) {
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      scanField(ctx, file, value, path, lineOf, isSiteFile);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        if (path.length === 0 && SKIPPED_FIELDS.has(key)) continue;
        walk(item, [...path, key]);
      }
    }
  };
  walk(data, []);
}

function scanField(
  ctx: Context,
  file: string,
  value: string,
  path: (string | number)[],
  lineOf: SourceDoc['lineOf'],
  isSiteFile: boolean,
) {
  const key = path.filter((part): part is string => typeof part === 'string').at(-1) ?? '';
  const report = (message: string) =>
    ctx.problems.push({ severity: 'error', file, line: lineOf(path), field: fieldName(path), message });
  for (const message of deniedMessages(ctx, value, NAME_FIELDS.has(key) ? 'names' : 'all', '')) report(message);
  // The 友情链接 themselves are the allowlist.
  const notALink = isSiteFile && (path[0] === 'links' || NOT_LINKS.has(String(path[0])));
  if (!notALink && /^\s*(https?:)?\/\//i.test(value)) {
    const message = urlMessage(ctx, value, false);
    if (message) report(message);
  }
}

// --- text ----------------------------------------------------------------------------------

/** Messages for every denied word in `text`; `place` (正文, 图片说明 …) starts the message when set. */
function deniedMessages(ctx: Context, text: string, scope: Scope, place: string): string[] {
  return deniedIn(ctx.denylist, text, scope).map((hit) =>
    t.denied(place, excerpt(hit.original), hit.label, hit.category),
  );
}

/** Quoted text in messages: one line, at most 60 characters. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

function urlMessage(ctx: Context, url: string, isImage: boolean): string | undefined {
  if (!ctx.allowlist) return undefined;
  const verdict = judgeUrl(ctx.allowlist, url);
  if (verdict.ok) return undefined;
  if (verdict.reason === 'protocol') return t.badProtocol(excerpt(showInvisible(url)), verdict.protocol);
  return isImage ? t.externalImage(excerpt(url), verdict.host) : t.externalLink(excerpt(url), verdict.host);
}

// --- bodies --------------------------------------------------------------------------------

type Position = { start: { line: number; offset?: number | undefined } } | undefined;
type AnyNode = {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: AnyNode[];
  position?: Position;
};
type MdxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** Text a reader sees in a node: text, code and image descriptions. */
function textOf(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const isBlank = (text: string) => !/[^\s\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u180E]/u.test(text);

function scanBody(ctx: Context, entry: Pick<LoadedEntry, 'file' | 'body' | 'bodyLine'>) {
  const { tree } = parseBody(entry);
  if (!tree) return; // the link check reports the syntax error
  const lineOf = (node: { position?: Position }, extra = 0) =>
    (node.position?.start.line ?? 1) + entry.bodyLine - 1 + extra;
  const report = (line: number, message: string) =>
    ctx.problems.push({ severity: 'error', file: entry.file, line, field: '', message });
  const root = tree as unknown as AnyNode;

  // Visible text, block by block, so words split by emphasis or inline HTML are joined again.
  visit(tree as Root, ['paragraph', 'heading', 'tableCell', 'code'], (node) => {
    const block = node as unknown as AnyNode;
    const segments: { text: string; line: number }[] = [];
    const collect = (child: AnyNode) => {
      if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code') {
        segments.push({ text: child.value ?? '', line: lineOf(child) });
      } else child.children?.forEach(collect);
    };
    collect(block);
    const text = segments.map((s) => s.text).join('');
    for (const hit of deniedIn(ctx.denylist, text, 'all')) {
      let offset = hit.start;
      let line = lineOf(block);
      for (const segment of segments) {
        if (offset < segment.text.length) {
          line = segment.line + (segment.text.slice(0, offset).match(/\n/g)?.length ?? 0);
          break;
        }
        offset -= segment.text.length;
      }
      report(line, t.denied(t.places.body, excerpt(hit.original), hit.label, hit.category));
    }
  });

  visit(tree as Root, (node) => {
    const current = node as unknown as AnyNode;
    switch (current.type) {
      case 'link':
      case 'linkReference': {
        if (isBlank(textOf(current)))
          report(lineOf(current), t.emptyLink(excerpt(current.url ?? `[${textOf(current)}]`)));
        if (current.url !== undefined) {
          const message = urlMessage(ctx, current.url, false);
          if (message) report(lineOf(current), message);
        }
        if (current.title) {
          for (const message of deniedMessages(ctx, current.title, 'all', t.places.linkTitle))
            report(lineOf(current), message);
        }
        return;
      }
      case 'image':
      case 'imageReference': {
        for (const message of deniedMessages(ctx, current.alt ?? '', 'all', t.places.alt))
          report(lineOf(current), message);
        if (current.url !== undefined) {
          const message = urlMessage(ctx, current.url, true);
          if (message) report(lineOf(current), message);
        }
        return;
      }
      case 'definition': {
        const message = current.url === undefined ? undefined : urlMessage(ctx, current.url, false);
        if (message) report(lineOf(current), message);
        return;
      }
      case 'mdxjsEsm':
        report(lineOf(current), t.mdxEsm([...ctx.components].join('、')));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = (current.value ?? '').trim();
        const onlyComments = code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim() === '';
        if (!onlyComments) report(lineOf(current), t.mdxExpression(excerpt(`{${code}}`)));
        else if (commentHasLink(code)) report(lineOf(current), t.commentLink(excerpt(code)));
        else for (const message of deniedMessages(ctx, code, 'all', t.places.comment)) report(lineOf(current), message);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(ctx, current, (message) => report(lineOf(current), message));
        return;
      default:
        return;
    }
  });

  if (!entry.file.endsWith('.mdx')) checkRawHtml(ctx, entry, root, report);
}

// --- raw HTML in Markdown -------------------------------------------------------------------

function checkRawHtml(
  ctx: Context,
  entry: Pick<LoadedEntry, 'body' | 'bodyLine'>,
  root: AnyNode,
  report: (line: number, message: string) => void,
) {
  // Tokens of every html node, in document order, with their line in the file.
  const tokens: (HtmlToken & { line: number })[] = [];
  visit(root as unknown as Root, 'html', (node) => {
    const html = node as unknown as AnyNode;
    const value = html.value ?? '';
    const startLine = (html.position?.start.line ?? 1) + entry.bodyLine - 1;
    const startOffset = html.position?.start.offset ?? 0;
    for (const token of tokenizeHtml(value)) {
      const line = startLine + (value.slice(0, token.from).match(/\n/g)?.length ?? 0);
      tokens.push({ ...token, from: token.from + startOffset, to: token.to + startOffset, line });
    }
  });
  tokens.forEach((token, index) => {
    switch (token.kind) {
      case 'comment':
        if (commentHasLink(token.text)) report(token.line, t.commentLink(excerpt(`<!--${token.text}-->`)));
        else
          for (const message of deniedMessages(ctx, token.text, 'all', t.places.comment)) report(token.line, message);
        return;
      case 'text':
        for (const message of deniedMessages(ctx, token.text, 'all', t.places.body)) report(token.line, message);
        return;
      case 'close':
        return;
      case 'open': {
        for (const message of tagMessages(ctx, token.name, token.attributes, excerpt(token.raw)))
          report(token.line, message);
        if (token.name === 'a' && token.attributes.some((a) => a.name === 'href')) {
          const close = tokens.findIndex((other, at) => at > index && other.kind === 'close' && other.name === 'a');
          const inner = close < 0 ? [] : tokens.slice(index + 1, close);
          const between = close < 0 ? '' : entry.body.slice(token.to, tokens[close]!.from);
          const hasImageText = inner.some(
            (other) =>
              other.kind === 'open' && other.name === 'img' && !isBlank(attribute(other.attributes, 'alt') ?? ''),
          );
          if (!hasImageText && isBlank(visibleText(between))) report(token.line, t.emptyLink(excerpt(token.raw)));
        }
        return;
      }
    }
  });
}

const attribute = (attributes: HtmlAttribute[], name: string) => attributes.find((a) => a.name === name)?.value;

/** What is wrong with one HTML tag (Markdown raw HTML, or a lowercase element in MDX). */
function tagMessages(ctx: Context, tag: string, attributes: HtmlAttribute[], raw: string): string[] {
  const danger = dangerKind(tag);
  if (danger) return [t.dangerousTag(tag, raw, t.tagReasons[danger])];
  if (!ALLOWED_TAGS.has(tag)) return [t.otherTag(tag, raw)];
  const messages: string[] = [];
  for (const { name, value } of attributes) {
    if (name === 'style') messages.push(t.styleAttribute(tag, raw));
    else if (name.startsWith('on')) messages.push(t.eventAttribute(tag, name));
    else if (HIDING_ATTRIBUTES.has(name)) messages.push(t.hidingAttribute(tag, name));
    else if (!ALLOWED_ATTRIBUTES.has(name)) messages.push(t.otherAttribute(tag, name));
    else if ((name === 'href' || name === 'src' || name === 'cite') && value !== undefined) {
      const message = urlMessage(ctx, value, tag === 'img');
      if (message) messages.push(message);
    } else if ((name === 'alt' || name === 'title') && value !== undefined) {
      messages.push(...deniedMessages(ctx, value, 'all', name === 'alt' ? t.places.alt : t.places.linkTitle));
    }
  }
  return messages;
}

// --- MDX -------------------------------------------------------------------------------------

/** An attribute expression that is only a literal (`value={1056}`) is data, not code. */
const LITERAL = /^\s*(-?\d+(\.\d+)?|true|false|null|"[^"\\]*"|'[^'\\]*')\s*$/;

function checkJsxElement(ctx: Context, element: AnyNode, report: (message: string) => void) {
  const name = element.name;
  if (!name) return; // a fragment, <>…</>
  const attributes: HtmlAttribute[] = [];
  for (const attribute of element.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(t.mdxExpression(excerpt(`{${attribute.value}}`)));
      continue;
    }
    const { value } = attribute;
    if (value !== null && typeof value === 'object') {
      if (!LITERAL.test(value.value)) report(t.mdxExpression(excerpt(`${attribute.name}={${value.value}}`)));
      attributes.push({ name: attribute.name.toLowerCase(), value: value.value.replace(/^["']|["']$/g, '') });
    } else attributes.push({ name: attribute.name.toLowerCase(), value: value ?? undefined });
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent) {
    if (!ctx.components.has(name)) report(t.mdxComponent(name, [...ctx.components].join('、')));
    for (const { name: attributeName, value } of attributes) {
      if (value === undefined) continue;
      for (const message of deniedMessages(
        ctx,
        value,
        attributeName === 'title' ? 'names' : 'all',
        t.places.attribute(attributeName),
      )) {
        report(message);
      }
      if (/^\s*(https?:)?\/\//i.test(value) || /^\s*[a-z][a-z0-9+.-]*:/i.test(value)) {
        const message = urlMessage(ctx, value, false);
        if (message) report(message);
      }
    }
    return;
  }
  const raw = `<${name}${attributes.map((a) => (a.value === undefined ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('')}>`;
  for (const message of tagMessages(ctx, name.toLowerCase(), attributes, excerpt(raw))) report(message);
  if (name === 'a' && isBlank(textOf(element))) report(t.emptyLink(excerpt(raw)));
}
