/**
 * The content guard (内容安全检查), part of `npm run check` and of the check before every build:
 *
 * - every string and every key of the site configuration, the organisation file, front matter
 *   and data files against the denylist (./denylist.ts) after normalising (./normalize.ts);
 * - Markdown/MDX bodies as the renderer and the browser read them (src/lib/content/markdown.ts):
 *   the text a reader sees, block by block, alt and title texts and comments against the
 *   denylist; raw HTML only with layout tags and plain attributes (./html.ts): no scripts,
 *   frames, plugins, style or on* attributes, hidden elements, links without visible text or
 *   links in comments; MDX without any code (./mdxCode.ts);
 * - links and images to other websites only when their domain is allowed (./domains.ts), in
 *   bodies (GFM's bare `www.…` addresses included) and in fields (onlineUrl of guides, column
 *   hrefs …).
 *
 * Each problem names the file, line and the offending text, and says what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Nodes, Properties } from 'hast';
import { integrityText } from '../../i18n/integrity.ts';
import { capProblems, fieldName, type Problem } from '../content/problems.ts';
import { readSource, type SourceDoc } from '../content/read.ts';
import { ORGANISATION_FILE, SITE_FILE, type LoadedEntry, type LoadedSite } from '../content/load.ts';
import { readBody } from '../content/markdown.ts';
import { entriesUnder } from '../content/files.ts';
import { cachedBodyResult } from '../content/bodyCache.ts';
import type { SitePaths } from '../content/paths.ts';
import { deniedIn, loadDenylist, type Denylist, type Scope } from './denylist.ts';
import { showInvisible } from './normalize.ts';
import { FOOTER_HOSTS, domainAllowlist, judgeUrl, type DomainAllowlist } from './domains.ts';
import { checkDocument, decodeDocument, documentKind, textOf } from './documents.ts';
import { isValueReference, literalOf, mdxCodeMessages, type MdxNode } from './mdxCode.ts';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  HIDING_ATTRIBUTES,
  attributesOf,
  commentHasLink,
  dangerKind,
  hiddenLinkReason,
  textBlocks,
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
  problems: Problem[];
};
type Context = Guard;

export function createGuard(site: LoadedSite['site'], denylist: Denylist): Guard {
  return { denylist, allowlist: site ? domainAllowlist(site) : undefined, problems: [] };
}

export function checkGuard(loaded: LoadedSite, paths: SitePaths): Problem[] {
  const { denylist, problems } = loadDenylist(paths);
  const guard = createGuard(loaded.site, denylist);
  for (const problem of problems) guard.problems.push(problem);
  for (const file of [SITE_FILE, ORGANISATION_FILE]) {
    const path = join(paths.root, file);
    if (!existsSync(path)) continue;
    const source = readSource(path, file, true);
    if (source.problems.length === 0) scanData(guard, file, source.data, source.lineOf, file === SITE_FILE);
  }
  for (const entry of Object.values(loaded.entries).flat()) guardEntry(guard, entry);
  if (guard.allowlist) checkPublicDocuments(guard, paths);
  return guard.problems;
}

/**
 * HTML, SVG and XML files in public/ are published as they are: they pass the same document gate
 * as the built pages (./documents.ts) before the build, so `npm run check` names them.
 */
function checkPublicDocuments(guard: Guard, paths: SitePaths) {
  for (const entry of entriesUnder(paths.public)) {
    if (!entry.isFile()) continue; // links and special files are reported by the file check
    const absolute = join(entry.parentPath, entry.name);
    const kind = documentKind(entry.name);
    if (!kind) continue;
    const file = relative(paths.root, absolute).split('\\').join('/');
    const report = (message: string, severity: Problem['severity'] = 'error') =>
      guard.problems.push({ severity, file, field: '', message });
    const decoded = decodeDocument(readFileSync(absolute));
    if ('problem' in decoded) {
      report(decoded.problem);
      continue;
    }
    const rules = { denylist: guard.denylist, allowlist: guard.allowlist!, extraHosts: FOOTER_HOSTS };
    const { problems, tree } = checkDocument(kind, decoded.text, rules);
    for (const problem of problems) report(problem);
    // Titles are not body text to the document gate; every <title> is a name readers and search
    // engines see (a page's, an SVG's, each item's of a feed), so each is checked as one.
    for (const title of tree ? elementsNamed(tree, 'title') : []) {
      for (const found of deniedFindings(guard, textOf(title), 'names', '<title> '))
        report(found.message, found.severity);
    }
  }
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
    // The browser can make two elements of one tag (a link reopened in the next paragraph): one line each.
    const seen = new Set<string>();
    const unique = own.problems.filter((problem) => {
      const key = `${problem.line}\0${problem.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
    return capProblems(unique, entry.file);
  });
  for (const problem of found) guard.problems.push(problem);
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
        // A key is shown nowhere by the site, but spam parked in one is still spam in the file.
        scanKey(ctx, file, key, [...path, key], lineOf);
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
  const report = (message: string, severity: Problem['severity'] = 'error') =>
    ctx.problems.push({ severity, file, line: lineOf(path), field: fieldName(path), message });
  for (const { message, severity } of deniedFindings(ctx, value, NAME_FIELDS.has(key) ? 'names' : 'all', '')) {
    report(message, severity);
  }
  // The 友情链接 themselves are the allowlist.
  const notALink = isSiteFile && (path[0] === 'links' || NOT_LINKS.has(String(path[0])));
  // Addresses, and what a browser would read as one: `//host`, `/\\host`, `https:…`.
  if (!notALink && /^\s*(https?:|[/\\])/i.test(value)) {
    const message = urlMessage(ctx, value, false);
    if (message) report(message);
  }
}

function scanKey(ctx: Context, file: string, key: string, path: (string | number)[], lineOf: SourceDoc['lineOf']) {
  for (const { message, severity } of deniedFindings(ctx, key, 'all', t.places.key)) {
    ctx.problems.push({ severity, file, line: lineOf(path), field: fieldName(path, false), message });
  }
}

// --- text ----------------------------------------------------------------------------------

type Finding = { message: string; severity: Problem['severity'] };

/** Every denied word in `text`; `place` (正文, 图片说明 …) starts the message when set. */
function deniedFindings(ctx: Context, text: string, scope: Scope, place: string): Finding[] {
  return deniedIn(ctx.denylist, text, scope).map((hit) => ({
    message:
      hit.severity === 'warning'
        ? t.deniedWarning(place, excerpt(hit.original), hit.label, hit.category)
        : t.denied(place, excerpt(hit.original), hit.label, hit.category),
    severity: hit.severity,
  }));
}

/** Every element of a tag name in a tree, in document order. */
function elementsNamed(tree: Nodes, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === tagName) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
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

type Report = (node: Nodes | undefined, message: string, severity?: Problem['severity']) => void;

const isMdxElement = (node: Nodes): node is Extract<MdxNode, { attributes: unknown }> & Nodes =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function scanBody(ctx: Context, entry: Pick<LoadedEntry, 'file' | 'body' | 'bodyLine'>) {
  const { tree, fromMarkdown } = readBody(entry);
  if (!tree) return; // the link check reports why the body cannot be read
  const lineOf = (node: Nodes | undefined) => (node?.position?.start.line ?? 1) + entry.bodyLine - 1;
  const report: Report = (node, message, severity = 'error') =>
    ctx.problems.push({ severity, file: entry.file, line: lineOf(node), field: '', message });

  // The text a reader sees, block by block, so words split by emphasis or inline HTML are joined again.
  for (const block of textBlocks(tree)) {
    for (const hit of deniedIn(ctx.denylist, block.text, 'all')) {
      let offset = hit.start;
      let node: Nodes | undefined = block.segments[0]?.node;
      for (const segment of block.segments) {
        node = segment.node;
        if (offset < segment.text.length) break;
        offset -= segment.text.length;
      }
      const line = lineOf(node) + (node?.type === 'text' ? (node.value.slice(0, offset).match(/\n/g)?.length ?? 0) : 0);
      const message =
        hit.severity === 'warning'
          ? t.deniedWarning(t.places.body, excerpt(hit.original), hit.label, hit.category)
          : t.denied(t.places.body, excerpt(hit.original), hit.label, hit.category);
      ctx.problems.push({ severity: hit.severity, file: entry.file, line, field: '', message });
    }
  }

  const walk = (node: Nodes, ancestors: Element[]) => {
    switch (node.type) {
      case 'comment':
        if (commentHasLink(node.value)) report(node, t.commentLink(excerpt(`<!--${node.value}-->`)));
        else
          for (const found of deniedFindings(ctx, node.value, 'all', t.places.comment))
            report(node, found.message, found.severity);
        return;
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const messages = mdxCodeMessages(node);
        for (const message of messages) report(node, message);
        // A comment-only expression, `{/* … */}`, is a comment: held to the same rules.
        if (messages.length === 0 && node.type !== 'mdxjsEsm') {
          if (commentHasLink(node.value)) report(node, t.commentLink(excerpt(node.value)));
          else
            for (const found of deniedFindings(ctx, node.value, 'all', t.places.comment))
              report(node, found.message, found.severity);
        }
        return;
      }
      case 'element':
        checkElement(ctx, node, ancestors, fromMarkdown.has(node), report);
        for (const child of node.children) walk(child, [...ancestors, node]);
        return;
      default:
        if (isMdxElement(node)) {
          for (const message of mdxCodeMessages(node)) report(node, message);
          const element = mdxAsElement(node);
          checkElement(ctx, element, ancestors, false, report, true);
          for (const child of node.children) walk(child as Nodes, [...ancestors, element]);
          return;
        }
        if ('children' in node) for (const child of node.children) walk(child as Nodes, ancestors);
    }
  };
  walk(tree, []);
}

/**
 * An MDX element read as the HTML element it renders (`<div hidden>`), its literal attribute
 * values as text; a component (`<KeyFigure>`) keeps its name.
 */
function mdxAsElement(node: Extract<MdxNode, { attributes: unknown }> & Nodes): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { value } = attribute;
    properties[attribute.name] =
      value === null || value === undefined ? true : typeof value === 'string' ? value : (literalOf(value.value) ?? '');
  }
  return { type: 'element', tagName: node.name ?? '', properties, children: [], position: node.position };
}

const LINK_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** The rules for one element of a body: tags and attributes (raw HTML), links, texts of attributes. */
function checkElement(
  ctx: Context,
  element: Element,
  ancestors: Element[],
  fromMarkdown: boolean,
  report: Report,
  isMdx = false,
) {
  const tag = element.tagName;
  const isComponent = isMdx && isValueReference(tag);
  const attributes = isMdx
    ? Object.entries(element.properties).map(([name, value]) => ({
        name: name.toLowerCase(),
        value: value === true ? '' : typeof value === 'string' ? value : undefined,
      }))
    : attributesOf(element.properties);
  const raw = excerpt(
    `<${tag}${attributes.map((a) => (a.value === undefined || a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('')}>`,
  );
  if (!fromMarkdown && !isComponent) {
    const danger = dangerKind(tag.toLowerCase());
    if (danger) {
      report(element, t.dangerousTag(tag, raw, t.tagReasons[danger]));
      return;
    }
    if (!ALLOWED_TAGS.has(tag.toLowerCase())) {
      report(element, t.otherTag(tag, raw));
      return;
    }
  }
  for (const { name, value } of attributes) {
    if (!fromMarkdown && !isComponent) {
      if (name === 'style') {
        report(element, t.styleAttribute(tag, raw));
        continue;
      }
      if (name.startsWith('on')) {
        report(element, t.eventAttribute(tag, name));
        continue;
      }
      if (HIDING_ATTRIBUTES.has(name)) {
        report(element, t.hidingAttribute(tag, name));
        continue;
      }
      if (!ALLOWED_ATTRIBUTES.has(name)) {
        report(element, t.otherAttribute(tag, name));
        continue;
      }
    }
    if (value === undefined) continue;
    const isLink = isComponent ? /^\s*([a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(value) : LINK_ATTRIBUTES.has(name);
    if (isLink) {
      const message = urlMessage(ctx, value, tag === 'img');
      if (message) report(element, message);
    } else if (isComponent || name === 'alt' || name === 'title') {
      const place = isComponent ? t.places.attribute(name) : name === 'alt' ? t.places.alt : t.places.linkTitle;
      for (const found of deniedFindings(ctx, value, isComponent && name === 'title' ? 'names' : 'all', place)) {
        report(element, found.message, found.severity);
      }
    }
  }
  if (tag === 'a' && !isMdx && element.properties['href'] !== undefined) {
    const reason = hiddenLinkReason(element, ancestors);
    if (reason === 'empty' || reason === 'tinyImage') {
      report(element, t.emptyLink(fromMarkdown ? excerpt(String(element.properties['href'])) : raw));
    }
  }
}
