import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, type CmsField } from '../../src/lib/cms/config.ts';
import { checklistExportSchema, policiesExportSchema } from '../../src/lib/documents/exportSchemas.ts';
import { collections, type CollectionName } from '../../src/lib/content/collections.ts';
import { OrganisationSchema } from '../../src/schemas/organisation.ts';
import { loadSiteConfig } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const site = loadSiteConfig(sitePaths(new URL('../..', import.meta.url).pathname)).site!;
const config = cmsConfig(site);

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every field path of a schema, `items.basis.law` style, found by walking the zod types. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return schemaPaths(def.innerType!, prefix);
    case 'pipe':
      return [...new Set([...schemaPaths(def.in!, prefix), ...schemaPaths(def.out!, prefix)])];
    case 'array':
      return schemaPaths(def.element!, prefix);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, field]) => {
        const path = prefix ? `${prefix}.${key}` : key;
        return [path, ...schemaPaths(field, path)];
      });
    default:
      return [];
  }
}

function configPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [path, ...configPaths(field.fields ?? [], path)];
  });
}

const collectionFields = (name: string) =>
  (config.collections.find((c) => c.name === name) as { fields: CmsField[] }).fields;

describe('the browser editor configuration is generated from the schemas', () => {
  test.each(Object.keys(collections) as CollectionName[])('it covers every field of %s', (name) => {
    const expected = schemaPaths(collections[name].schema).sort();
    const actual = configPaths(collectionFields(name))
      .filter((p) => p !== 'body')
      .sort();
    expect(actual).toEqual(expected);
  });

  test('it covers every field of the organisation file', () => {
    const settings = config.collections.find((c) => c.name === 'settings') as { files: { fields: CmsField[] }[] };
    expect(configPaths(settings.files[0]!.fields).sort()).toEqual(schemaPaths(OrganisationSchema).sort());
  });

  test('every field has a Chinese label', () => {
    const all = config.collections.flatMap((c) =>
      'fields' in c ? c.fields : (c as { files: { fields: CmsField[] }[] }).files.flatMap((f) => f.fields),
    );
    const walk = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...walk(f.fields ?? [])]);
    for (const field of walk(all as CmsField[])) expect(field.label, field.name).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('fields get the widget their type needs', () => {
    const policy = Object.fromEntries(collectionFields('policies').map((f) => [f.name, f]));
    expect(policy['validity']).toMatchObject({ widget: 'select', default: '有效', required: false });
    expect(policy['writtenDate']).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: true,
    });
    expect(policy['publishDate']).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm' });
    expect(policy['replacedBy']).toMatchObject({ widget: 'relation', collection: 'policies', required: false });
    expect(policy['topic']).toMatchObject({ widget: 'select', options: expect.arrayContaining(['民政\\社会救助']) });
    expect(policy['summary']).toMatchObject({ widget: 'text' });
    expect(policy['attachments']?.fields?.find((f) => f.name === 'file')).toMatchObject({ widget: 'file' });
    expect(policy['issuers']).toMatchObject({ widget: 'list', required: true });
    const bulletin = Object.fromEntries(collectionFields('bulletins').map((f) => [f.name, f]));
    expect(bulletin['issue']).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(bulletin['supplement']).toMatchObject({ widget: 'boolean', default: false });
    expect(bulletin['series']).toMatchObject({ widget: 'select', options: ['柳塘民政工作简报'] });
  });

  test('the backend comes from the site configuration', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'example/gongkai-site', branch: 'main' });
  });
});

describe('what editors read in the browser editor', () => {
  // Every label, hint, choice and default of every field, as the editor shows them: a change to a
  // field's description or a schema's shape shows up here, in review, as the editors will see it.
  test('the generated configuration, whole', async () => {
    await expect(`${JSON.stringify(config, null, 2)}\n`).toMatchFileSnapshot('./snapshots/cms-config.json');
  });
});

describe('what reusers read in the published JSON Schemas', () => {
  test('the schemas of the open-data exports, whole', async () => {
    const schemas = { policies: policiesExportSchema(), checklist: checklistExportSchema() };
    await expect(`${JSON.stringify(schemas, null, 2)}\n`).toMatchFileSnapshot('./snapshots/export-schemas.json');
  });
});

describe("the editor's own published schema", () => {
  // Sveltia CMS publishes the JSON Schema of its configuration with the package.
  const schema = JSON.parse(
    readFileSync(new URL('../../node_modules/@sveltia/cms/schema/sveltia-cms.json', import.meta.url), 'utf8'),
  ) as object;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  test.each([
    { host: 'GitHub', cms: { backend: 'github', repo: 'mzj/site', branch: 'main' } },
    {
      host: 'a self-hosted GitLab',
      cms: { backend: 'gitlab', repo: 'mzj/site', branch: 'main', baseUrl: 'https://git.mzj.example.gov.cn' },
    },
    {
      host: 'a self-hosted Gitea or Forgejo',
      cms: { backend: 'gitea', repo: 'mzj/site', branch: 'main', baseUrl: 'https://gitea.mzj.example.gov.cn' },
    },
  ] as const)('accepts the configuration generated for $host', ({ cms }) => {
    const generated = cmsConfig({ ...site, cms });
    expect(validate(JSON.parse(JSON.stringify(generated))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(generated.backend.name).toBe(cms.backend);
  });

  test('and refuses one it does not know, so the check can fail', () => {
    expect(validate({ ...JSON.parse(JSON.stringify(config)), backend: { name: 'svn', repo: 'a/b' } })).toBe(false);
  });

  test('names the department', () => {
    expect(config.app_title).toBe(`${site.name}内容编辑`);
  });
});
