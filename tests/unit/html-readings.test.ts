/**
 * Two gates read HTML with two parsers that follow the HTML standard: raw HTML in bodies with
 * parse5 (through hast-util-raw, which keeps line numbers for messages), built pages with
 * html5ever (through Sätteri). Both must read every hostile fragment of the adversarial corpus
 * the same way a browser does, so neither gate can be bypassed by a reading the other misses.
 */
import { describe, expect, test } from 'vitest';
import { htmlToHast } from 'satteri';
import { raw } from 'hast-util-raw';
import type { Nodes, Root } from 'hast';
import { cases } from '../adversarial/cases.ts';

/** A tree without positions and parser data, for comparing. */
function shape(node: Nodes): unknown {
  if (node.type === 'text' || node.type === 'comment') return [node.type, node.value];
  if (node.type === 'element') {
    // parse5 keeps a template's markup in `content`, html5ever among the children.
    const children = [...node.children, ...(node.content?.children ?? [])];
    return [node.tagName, node.properties, children.map(shape)];
  }
  if ('children' in node) return node.children.map((child) => shape(child as Nodes));
  return node.type;
}

const fragments = cases
  .filter((hostile) => hostile.class === 'html')
  .map((hostile) => {
    const text = Object.values(hostile.files)[0] as string;
    return [hostile.name, text.slice(text.indexOf('---\n\n', 4) + 5).trim()] as const;
  });

describe('parse5 and html5ever read the hostile HTML alike', () => {
  test.each(fragments)('%s', (_, html) => {
    const viaParse5 = raw({ type: 'root', children: [{ type: 'raw', value: html }] }) as Root;
    const viaHtml5ever = htmlToHast(html, { fragment: true }) as Root;
    expect(shape(viaHtml5ever)).toEqual(shape(viaParse5));
  });
});
