import { z } from 'astro/zod';
import { list, strictObject, text } from './fields.ts';
import { groupText } from '../i18n/group.ts';
import { parseBase } from '../lib/base.ts';

const m = groupText.schema;

/** A member's code: lower-case letters and digits, starting with a letter (`mzj`, `rsj2`). */
const CODE = /^[a-z][a-z0-9]{1,15}$/;

/**
 * One member of a site group: a department's own site, built from its own folder under its own
 * address prefix, with its own content check, search and signed manifest.
 */
const MemberSchema = strictObject(
  {
    /** Short code, unique in the group: names the member in commands (`--member mzj`) and CI jobs. */
    code: text(m.codeExpected).regex(CODE, { error: (issue) => m.badCode(String(issue.input)) }),
    /** The department's name as readers know it (柳塘区民政局): the portal's links and search facet. */
    name: text(m.nameExpected),
    /** The member's site folder (its own `content/` and `public/`), relative to group.yaml. */
    site: text(m.siteExpected),
    /** Address prefix on the group's host. Default: `/<code>/`. */
    prefix: text(m.prefixExpected).optional(),
  },
  m.memberExpected,
);

/**
 * `group.yaml`, the one file that makes a folder a site group (站群): a district's portal (门户)
 * built at the root, and its departments' sites, each under its prefix (docs/site-groups.md).
 */
export const GroupSchema = strictObject(
  {
    /** The group's name (柳塘区人民政府网站群), in build messages and the portal's 部门网站 list. */
    name: text(m.groupNameExpected),
    /** The portal's site folder (its own `content/` and `public/`), relative to group.yaml. */
    portal: text(m.portalExpected),
    /** The departments, in the order the portal lists them. */
    members: list(MemberSchema, m.membersExpected).min(1, { error: m.noMembers }),
  },
  m.groupExpected,
).transform((group, ctx) => {
  const codes = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const members = group.members.map((member, index) => {
    const first = codes.get(member.code);
    if (first !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['members', index, 'code'],
        message: m.duplicateCode(member.code, first + 1),
      });
    else codes.set(member.code, index);
    let prefix = `/${member.code}/`;
    try {
      prefix = parseBase(member.prefix ?? prefix);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['members', index, 'prefix'], message: (error as Error).message });
      return { ...member, prefix };
    }
    if (prefix === '/') {
      ctx.addIssue({ code: 'custom', path: ['members', index, 'prefix'], message: m.rootPrefix });
      return { ...member, prefix };
    }
    for (const [other, at] of prefixes) {
      if (prefix.startsWith(other) || other.startsWith(prefix))
        ctx.addIssue({
          code: 'custom',
          path: ['members', index, 'prefix'],
          message: m.overlappingPrefix(prefix, other, at + 1),
        });
    }
    prefixes.set(prefix, index);
    return { ...member, prefix };
  });
  return { ...group, members };
});

export type Group = z.output<typeof GroupSchema>;
export type GroupMember = Group['members'][number];
