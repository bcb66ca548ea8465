/**
 * What `npm run new` writes, for every kind whose descriptor has a scaffold: the file's path
 * (`content/<folder>/<id>.<extension>`), its text and the page address it will have, all derived
 * from the descriptor, so a new file cannot announce an address the build does not write.
 * scripts/new.ts asks the kind's questions and writes the file.
 */
import { yearOf } from '../lib/dates.ts';
import { kinds } from './index.ts';
import { fileText } from './scaffolding.ts';
import type { ContentKind, ScaffoldInput, ScaffoldSource } from './types.ts';
import { scaffoldText } from '../i18n/scaffold.ts';

export { nextBulletinNumber, nextIndexNo } from './scaffolding.ts';
export type { ScaffoldInput, ScaffoldQuestion } from './types.ts';

type Scaffolded = ContentKind & { scaffold: NonNullable<ContentKind['scaffold']> };

/** The kinds `npm run new` makes, in the order it offers them. */
export const scaffolded: Scaffolded[] = scaffoldedOf(kinds);

function scaffoldedOf(list: readonly ContentKind[]): Scaffolded[] {
  return list
    .filter((kind): kind is Scaffolded => kind.scaffold !== undefined)
    .sort((a, b) => a.scaffold.order - b.scaffold.order);
}

/** `npm run new -- <command>`: policy, interpretation, bulletin … */
export const scaffoldKinds = scaffolded.map((kind) => kind.scaffold.command);

export type Scaffold = {
  /** Path under the site folder, e.g. `content/bulletins/2026/04.md`. */
  path: string;
  text: string;
  /** The page address the document will have. */
  url: string;
};

const defaultSlug = (date: string) => date.replace(/[ :]/g, '-');

export function scaffold(
  source: Pick<ScaffoldSource, 'entries'> & { site?: ScaffoldSource['site'] | undefined },
  input: ScaffoldInput,
  list: readonly ContentKind[] = kinds,
): Scaffold {
  const site = source.site;
  if (!site) throw new Error(scaffoldText.invalidSite);
  const kind = scaffoldedOf(list).find((k) => k.scaffold.command === input.kind);
  if (!kind) throw new Error(scaffoldText.unknownKind(input.kind, scaffoldKinds));
  const when = { year: yearOf(input.date), day: input.date.slice(0, 10), slug: input.slug ?? defaultSlug(input.date) };
  const made = kind.scaffold.make({ entries: source.entries, site }, input, when);
  const url = kind.page?.url({ id: made.id, data: made.data }, site);
  if (!url) throw new Error(scaffoldText.noPage(kind.label));
  return {
    path: `content/${kind.folder}/${made.id}.${kind.editor.extension}`,
    url,
    text: fileText(kind.editor.format, made.data, made.body),
  };
}
