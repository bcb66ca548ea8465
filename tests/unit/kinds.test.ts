/**
 * One place per content kind (src/kinds/): what the check, the page check, the catalogue and the
 * editor know of a kind is derived from its descriptor. A kind added with one descriptor and one
 * schema appears in all of them; a descriptor that leaves out a part fails the type check.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { catalogueRows, entryPages, kinds } from '../../src/kinds/index.ts';
import { defineKind } from '../../src/kinds/types.ts';
import { kindPaths, routeParams } from '../../src/kinds/routes.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { scaffold } from '../../src/kinds/scaffold.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { knownRoutes } from '../../src/lib/content/routes.ts';
import { expectations } from '../../src/lib/integrity/pages.ts';
import { projectRoot } from '../helpers/build.ts';

const loaded = loadContent(sitePaths(projectRoot));
const site = loaded.site!;

/** A kind a department might add: 通知公告, with a 索引号 and a page of its own. */
const NoticeSchema = z.strictObject({
  title: z.string(),
  indexNo: z.string().optional(),
  publishDate: z.string(),
});
const notices = defineKind({
  name: 'notices',
  folder: 'notices',
  pattern: '**/*.md',
  schema: NoticeSchema,
  label: '通知公告',
  page: { url: (entry) => `/notices/${entry.id}/`, title: (entry) => entry.data.title },
  catalogue: { issuer: (_, s) => s.publisher, date: (entry) => entry.data.publishDate },
  bodyLinks: true,
  editor: { path: '{{year}}/{{slug}}', format: 'frontmatter', extension: 'md', body: true },
  scaffold: {
    command: 'notice',
    label: '通知公告',
    order: 8,
    make: (_, input, { year, slug }) => ({
      id: `${year}/${slug}`,
      data: { title: input.title, publishDate: input.date },
    }),
  },
});
const notice = {
  id: '2026/tingshui',
  data: { title: '关于停水的通知', indexNo: '013999999/2026-00999', publishDate: '2026-12-01' },
};

describe('a kind added with one descriptor', () => {
  const list = [...kinds, notices];
  const entries = { ...loaded.entries, notices: [notice] };

  test('has its page, with the title the page check expects', () => {
    expect(entryPages(entries, site, list)).toContainEqual({
      kind: 'notices',
      url: '/notices/2026/tingshui/',
      title: '关于停水的通知',
    });
  });

  test('is in the 信息公开目录 under its own name', () => {
    const row = catalogueRows(entries, site, list).find((r) => r.type === 'notices');
    expect(row).toEqual({
      indexNo: '013999999/2026-00999',
      title: '关于停水的通知',
      issuer: site.publisher,
      date: '2026-12-01',
      type: 'notices',
      typeLabel: '通知公告',
      url: '/notices/2026/tingshui/',
    });
  });

  test('has an editor collection with its schema fields and a body', () => {
    const collection = cmsConfig(site, list).collections.find((c) => c.name === 'notices') as {
      label: string;
      folder: string;
      fields: { name: string }[];
    };
    expect(collection.label).toBe('通知公告');
    expect(collection.folder).toBe('content/notices');
    expect(collection.fields.map((f) => f.name)).toEqual(['title', 'indexNo', 'publishDate', 'body']);
  });

  test('npm run new makes its file, in its folder, announcing its page', () => {
    const made = scaffold(
      loaded,
      { kind: 'notice', title: '关于停电的通知', date: '2026-12-02', slug: 'tingdian' },
      list,
    );
    expect(made).toEqual({
      path: 'content/notices/2026/tingdian.md',
      url: '/notices/2026/tingdian/',
      text: '---\ntitle: 关于停电的通知\npublishDate: 2026-12-02\n---\n\n（请在此撰写正文。）\n',
    });
  });

  test("its page template's paths come from the address in its descriptor", () => {
    const paths = kindPaths(notices, '/notices/[...id]/', [notice], (entry) => entry, site);
    expect(paths).toEqual([{ params: { id: '2026/tingshui' }, item: notice }]);
    // A template whose route does not fit the kind's address stops the build, naming both.
    expect(() => kindPaths(notices, '/notice/[id]/', [notice], (entry) => entry, site)).toThrow(
      "The address /notices/2026/tingshui/ of a notices entry does not fit its template's route /notice/[id]/",
    );
  });

  test('a descriptor without one of its parts does not type-check', () => {
    // @ts-expect-error: every kind says whether its body links are checked
    defineKind({ ...notices, bodyLinks: undefined });
    // @ts-expect-error: every kind says how the editor lays it out
    defineKind({ ...notices, editor: undefined });
    expect(notices.name).toBe('notices');
  });
});

describe('the kinds of the demo site', () => {
  test('every page an entry has is a page the link check knows and the page check expects by title', () => {
    const routes = knownRoutes(loaded);
    const expected = expectations(loaded)!.documents;
    const pages = entryPages(loaded.entries, site);
    expect(new Set(pages.map((p) => p.kind))).toEqual(
      new Set(kinds.filter((k) => k.page && loaded.entries[k.name].length > 0).map((k) => k.name)),
    );
    for (const page of pages) {
      expect(routes.has(decodeURI(page.url)), page.url).toBe(true);
      expect(expected.get(decodeURI(page.url))).toBe(page.title);
    }
  });
});

describe('route parameters read from an address', () => {
  test('one segment, a rest of several, and Chinese names decoded as Astro passes them', () => {
    expect(routeParams('/bulletins/[series]/[year]/[issue]/', '/bulletins/mzgz/2026/zk3/')).toEqual({
      series: 'mzgz',
      year: '2026',
      issue: 'zk3',
    });
    expect(routeParams('/guides/[topic]/[...slug]/', '/guides/shbz/dibao/shenqing/')).toEqual({
      topic: 'shbz',
      slug: 'dibao/shenqing',
    });
    expect(routeParams('/policies/[...id]/', '/policies/2026/%E4%BD%8E%E4%BF%9D/')).toEqual({ id: '2026/低保' });
  });

  test('an address elsewhere, or with a slash inside a one-segment parameter, does not fit', () => {
    expect(routeParams('/policies/[...id]/', '/articles/2026/a/')).toBeUndefined();
    expect(routeParams('/annual-reports/[year]/', '/annual-reports/2026/extra/')).toBeUndefined();
    expect(routeParams('/annual-reports/[year]/', '/annual-reports/2026')).toBeUndefined();
    // A dot in the fixed part is a dot, not any character.
    expect(routeParams('/data/[id].json', '/data/axjson')).toBeUndefined();
  });
});
