/**
 * What the CI recipes of a site group ask (docs/site-groups.md):
 *
 *   node scripts/group-ci.ts <group folder> matrix       the members as JSON (a CI matrix), each with its build key
 *   node scripts/group-ci.ts <group folder> key <code>   one member's build key
 *
 * A member's key changes when its site folder, the project's code or the day changes
 * (src/lib/group/buildKey.ts); a job whose key is in its cache reuses the member's last output.
 */
import { resolve } from 'node:path';
import { loadGroup } from '../src/lib/group/load.ts';
import { memberBuildKey } from '../src/lib/group/buildKey.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { groupText } from '../src/i18n/group.ts';

const root = resolve(import.meta.dirname, '..');
const [folder, command, code] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (!folder || (command !== 'matrix' && command !== 'key') || (command === 'key' && !code)) fail(groupText.ci.usage);
const { group, problems } = loadGroup(folder!);
if (!group) fail(problems.map(formatProblem).join('\n'));
const members = group!.members;
if (command === 'matrix') {
  // `path`: where its pages go in the output folder; `secret`: the suffix of its signing key's name.
  const matrix = members.map((m) => ({
    code: m.code,
    name: m.name,
    path: m.outPath,
    secret: m.code.toUpperCase(),
    key: memberBuildKey(m, root),
  }));
  console.log(JSON.stringify(matrix));
} else {
  const member = members.find((m) => m.code === code);
  if (!member)
    fail(
      groupText.build.unknownMember(
        [code!],
        members.map((m) => m.code),
      ),
    );
  console.log(memberBuildKey(member!, root));
}
