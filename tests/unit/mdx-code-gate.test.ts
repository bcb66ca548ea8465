/**
 * Content is data, never code: the MDX cases of the adversarial corpus compiled and run by the
 * build's own MDX compiler (Sätteri, with the processor options of astro.config.mjs), with a
 * marker file that any code they ran would write.
 *
 * Without the gate, the compiler runs the live variants (the control: each writes its marker);
 * with the gate of astro.config.mjs, every variant is refused before anything runs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { evaluate, type MdastPluginList } from 'satteri';
import config from '../../astro.config.mjs';
import { parseSource } from '../../src/lib/content/read.ts';
import { ContentCodeError } from '../../src/lib/guard/mdxCode.ts';
import { markdownFeatures } from '../../src/lib/content/markdown.ts';
import { MARKER, cases } from '../adversarial/cases.ts';

const folder = mkdtempSync(join(tmpdir(), 'gongkai-marker-'));
const marker = join(folder, 'MARKER');
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeEach(() => rmSync(marker, { force: true }));

/** The Markdown processor options the build uses (astro.config.mjs → markdown.processor). */
const processor = (config.markdown as { processor: { options: { mdastPlugins: MdastPluginList } } }).processor;

/** A JSX runtime that renders as Astro does: components are called with their props. */
const render = (type: unknown, props: unknown): unknown =>
  typeof type === 'function' ? (type as (props: unknown) => unknown)(props) : { type, props };
const runtime = { Fragment: 'fragment', jsx: render, jsxs: render };
const components = { KeyFigures: (props: { children?: unknown }) => props.children, KeyFigure: () => null };

/** Compiles and renders an MDX body as the build would; true if it wrote the marker. */
async function run(body: string, mdastPlugins: MdastPluginList): Promise<boolean> {
  try {
    const module = await evaluate(body, { ...runtime, features: markdownFeatures, mdastPlugins });
    (module['default'] as (props: unknown) => unknown)({ components });
  } catch (error) {
    if (error instanceof ContentCodeError) throw error;
    // The code failed at run time (an unknown component): whatever it did before is in the marker.
  }
  return existsSync(marker);
}

const mdxCases = cases
  .filter((hostile) => hostile.class === 'code')
  .map((hostile) => {
    const [file, text] = Object.entries(hostile.files)[0]!;
    const body = parseSource((text as string).replaceAll(MARKER, marker), file, false).body;
    return [hostile.name, body] as const;
  });

describe('MDX that would run code at build time', () => {
  test('without the gate, the compiler runs the live variants (the control)', async () => {
    const ran: string[] = [];
    for (const [name, body] of mdxCases) {
      if (await run(body, [])) ran.push(name);
      rmSync(marker, { force: true });
    }
    expect(ran).toEqual([
      'an export statement runs when the module is imported',
      'a flow expression runs when the page is rendered',
      'a text expression inside a sentence runs too',
      'a line comment ended by a carriage return, which JavaScript treats as a line end',
      'code after a block comment',
      'an attribute value that is an expression',
      'a spread attribute',
      'an expression nested inside a component’s children',
      'an expression as the value of an HTML attribute',
      'a layout exported as the default export',
    ]);
  });

  test.each(mdxCases)('%s: refused by the build’s own MDX compiler, and nothing runs', async (_, body) => {
    await expect(run(body, processor.options.mdastPlugins)).rejects.toThrow(ContentCodeError);
    expect(existsSync(marker)).toBe(false);
  });

  test('comments, literal props and the site’s components compile and render', async () => {
    const body =
      '{/* 说明：本期数据截至 10 月底 */}\n\n<KeyFigures title="数据"><KeyFigure label="件数" value={1056} unit="件" /></KeyFigures>';
    await expect(run(body, processor.options.mdastPlugins)).resolves.toBe(false);
  });
});
