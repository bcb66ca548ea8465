/**
 * Content is data, never code: what of an MDX document would run at build time.
 *
 * MDX compiles a document to a JavaScript module that the build imports and runs. `import` and
 * `export` statements, `{expressions}`, spread attributes (`{...x}`), attribute values that are
 * expressions (`value={x}`) and references to anything but the site's own components
 * (`<globalThis.process.exit />` calls what it names) all become code. An editor's file, or a
 * stolen editor account, could read the signing key from the environment and publish it.
 *
 * The rule here is an allowlist, decided on the nodes of the MDX syntax tree that the renderer
 * (Sätteri) itself produces, and on their JavaScript as JavaScript reads it (acorn, a
 * spec-compliant parser):
 * - an expression is allowed only when it is nothing but comments (`{/* note *\/}`), so every
 *   line terminator JavaScript knows (U+2028 included) ends a `//` comment here too;
 * - an attribute value expression only when it is a literal (`1056`, `-3`, `"文字"`, `true`);
 * - a component only when it is in src/user-components/allowed.ts, with only the props listed
 *   there; element names starting with a lower-case letter are plain HTML, judged by the HTML
 *   rules of ./check.ts.
 *
 * The same function is used twice: by the content check (./check.ts) and inside the build's own
 * MDX pipeline (`mdxCodeGate`, a Sätteri plugin in astro.config.mjs), which throws before any
 * compiled module can run. So the check and the build cannot disagree about what is code.
 */
import { parse, type Program } from 'acorn';
import type {
  MdastPluginDefinition,
  MdxFlowExpression,
  MdxFlowExpressionHast,
  MdxJsxFlowElement,
  MdxJsxFlowElementHast,
  MdxJsxTextElement,
  MdxJsxTextElementHast,
  MdxTextExpression,
  MdxTextExpressionHast,
  MdxjsEsm,
  MdxjsEsmHast,
} from 'satteri';
import { fileURLToPath } from 'node:url';
import { allowedComponents } from '../../user-components/allowed.ts';
import { integrityText } from '../../i18n/integrity.ts';

const t = integrityText.guard;

/** An MDX node, from the Markdown tree (in the build) or the HTML tree (in the check). */
export type MdxNode =
  | MdxjsEsm
  | MdxFlowExpression
  | MdxTextExpression
  | MdxJsxFlowElement
  | MdxJsxTextElement
  | MdxjsEsmHast
  | MdxFlowExpressionHast
  | MdxTextExpressionHast
  | MdxJsxFlowElementHast
  | MdxJsxTextElementHast;
type MdxElement = Extract<MdxNode, { attributes: unknown }>;

/** The code an MDX node would run, one message per finding (empty when it runs nothing). */
export function mdxCodeMessages(node: MdxNode): string[] {
  const allowed = Object.keys(allowedComponents).join('、');
  switch (node.type) {
    case 'mdxjsEsm':
      return [t.mdxEsm(allowed)];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return onlyComments(node.value) ? [] : [t.mdxExpression(shorten(`{${node.value}}`))];
    default:
      return elementMessages(node, allowed);
  }
}

function elementMessages(node: MdxElement, allowed: string): string[] {
  const messages: string[] = [];
  const { name } = node;
  const isReference = name !== null && isValueReference(name);
  const props: readonly string[] | undefined = isReference
    ? (allowedComponents as Record<string, readonly string[]>)[name]
    : undefined;
  if (isReference && !props) messages.push(t.mdxComponent(name, allowed));
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      messages.push(t.mdxExpression(shorten(`{${attribute.value}}`)));
      continue;
    }
    const { value } = attribute;
    if (value !== null && value !== undefined && typeof value === 'object' && literalOf(value.value) === undefined) {
      messages.push(t.mdxExpression(shorten(`${attribute.name}={${value.value}}`)));
    }
    if (props && !props.includes(attribute.name)) messages.push(t.mdxProp(name!, attribute.name, props.join('、')));
  }
  return messages;
}

/**
 * Does JSX read this element name as a value in scope (which is then called as a component)?
 * Only a plain name starting with a lower-case letter is an HTML tag; `Ad`, `_x`, `$` and every
 * member expression (`globalThis.process.exit`) refer to values.
 */
export function isValueReference(name: string): boolean {
  return name.includes('.') || !/^[a-z]/.test(name);
}

const shorten = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

function program(code: string): Program | undefined {
  try {
    return parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return undefined;
  }
}

/** Is this JavaScript nothing but comments and white space, as JavaScript itself reads it? */
export function onlyComments(code: string): boolean {
  return program(code)?.body.length === 0;
}

/**
 * The value of a literal attribute expression as text (`1056`, `-3`, `文字`, `true`), or
 * undefined when the expression is anything else.
 */
export function literalOf(code: string): string | undefined {
  const body = program(code)?.body;
  if (body?.length !== 1 || body[0]!.type !== 'ExpressionStatement') return undefined;
  let expression = body[0].expression;
  let sign = '';
  if (expression.type === 'UnaryExpression' && expression.operator === '-') {
    sign = '-';
    expression = expression.argument;
    if (expression.type !== 'Literal' || typeof expression.value !== 'number') return undefined;
  }
  if (expression.type !== 'Literal') return undefined;
  const { value } = expression;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return `${sign}${String(value)}`;
  }
  return undefined; // regular expressions and big integers are not plain values
}

/** Thrown inside the build when an MDX file would run code; its message is what editors read. */
export class ContentCodeError extends Error {
  override name = 'ContentCodeError';
}

/**
 * The gate inside the build's MDX pipeline (astro.config.mjs): a Sätteri mdast plugin that
 * throws on the first node that would run code, naming the file, before the compiled module
 * exists. It visits only MDX nodes, which plain Markdown never has, and asks for no source
 * positions (they would slow every parse); the line is looked up only when it refuses.
 */
export function mdxCodeGate(root: string): MdastPluginDefinition {
  const refuse = (node: MdxNode, context: { fileURL: URL | undefined; source: string }) => {
    const messages = mdxCodeMessages(node);
    if (messages.length === 0) return;
    const path = context.fileURL ? fileURLToPath(context.fileURL) : '';
    const file = path.startsWith(root) ? path.slice(root.length).replace(/^[/\\]/, '') : path;
    const needle = 'value' in node ? node.value : `<${node.name ?? ''}`;
    const offset = context.source.indexOf(needle);
    const line = offset < 0 ? '' : `:${context.source.slice(0, offset).split('\n').length}`;
    throw new ContentCodeError(messages.map((message) => `${file}${line}: ${message}`).join('\n'));
  };
  return {
    name: 'gongkai:mdx-code-gate',
    mdxjsEsm: refuse,
    mdxFlowExpression: refuse,
    mdxTextExpression: refuse,
    mdxJsxFlowElement: refuse,
    mdxJsxTextElement: refuse,
  };
}
