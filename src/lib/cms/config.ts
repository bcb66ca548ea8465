/**
 * The browser editor's configuration (Sveltia CMS, Decap-compatible), generated from the same
 * zod schemas that validate the content — there is no second, hand-written schema to drift.
 * Labels are the Chinese field names of src/i18n/fields.ts; enums become selects, dates date
 * pickers, references relation pickers, attachments file fields (hints from src/schemas/fields.ts).
 * The fields are read from the JSON Schema zod writes for each schema (`z.toJSONSchema`), the same
 * that describes the open-data exports (src/lib/documents/exportSchemas.ts).
 */
import { z } from 'astro/zod';
import { kinds } from '../../kinds/index.ts';
import type { ContentKind } from '../../kinds/types.ts';
import { OrganisationSchema } from '../../schemas/organisation.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { CmsHint } from '../../schemas/fields.ts';
import { fieldLabels } from '../../i18n/fields.ts';
import { ui } from '../../i18n/ui.ts';

export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: string[];
  fields?: CmsField[];
  field?: CmsField;
  value_type?: 'int' | 'float';
  [option: string]: unknown;
};

/** A node of the JSON Schema zod writes (`z.toJSONSchema`), with the editor hint kept as metadata. */
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  description?: string;
  cms?: CmsHint;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
};

/**
 * The JSON Schema of what an editor writes (`io: 'input'`: before defaults and transforms). A
 * field that JSON Schema cannot say (a date read by a function) is left open (`{}`) but keeps its
 * metadata: its editor hint says which picker it gets.
 */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** A node with its `$ref` (a recursive schema, e.g. a column's sub-columns) followed. */
function resolve(node: JsonSchema, root: JsonSchema): JsonSchema {
  let current = node;
  while (current.$ref) {
    const ref = current.$ref;
    current = ref === '#' ? root : (root.$defs?.[ref.replace('#/$defs/', '')] ?? {});
  }
  return current;
}

const label = (name: string, parent?: string) =>
  (parent && fieldLabels[`${parent}.${name}`]) || fieldLabels[name] || name;

const DATE_FORMATS = {
  date: { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false },
  datetime: { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' },
} as const;

/** The widget and its options (the rest of a field: name, label, required, hint, default). */
type WidgetSpec = { widget: string; fields?: CmsField[]; field?: CmsField; [option: string]: unknown };

function widgetFor(node: JsonSchema, root: JsonSchema, name: string): WidgetSpec {
  const hint = node.cms;
  if (hint?.widget === 'date' || hint?.widget === 'datetime') return { ...DATE_FORMATS[hint.widget] };
  if (hint?.widget === 'relation') {
    return {
      widget: 'relation',
      collection: hint.collection,
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
    };
  }
  if (hint?.widget === 'file') return { widget: 'file', media_folder: '/public/files', public_folder: 'files' };
  if (hint?.widget === 'text') return { widget: 'text' };
  if (node.enum) return { widget: 'select', options: node.enum.map(String) };
  switch (node.type) {
    case 'string':
      return { widget: 'string' };
    case 'integer':
      return { widget: 'number', value_type: 'int' };
    case 'number':
      return { widget: 'number', value_type: 'float' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      return { widget: 'object', fields: fieldsOfNode(node, root, name) };
    case 'array': {
      const item = resolve(node.items ?? {}, root);
      if (item.type === 'object') return { widget: 'list', fields: fieldsOfNode(item, root, name) };
      return { widget: 'list', field: { name: 'item', label: label(name), ...widgetFor(item, root, name) } };
    }
    default:
      return { widget: 'string' };
  }
}

function fieldsOfNode(node: JsonSchema, root: JsonSchema, parent?: string): CmsField[] {
  const object = resolve(node, root);
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const field = resolve(property, root);
    return {
      name,
      label: label(name, parent),
      required: required.has(name),
      ...(field.description ? { hint: field.description } : {}),
      ...(field.default !== undefined ? { default: field.default } : {}),
      ...widgetFor(field, root, name),
    };
  });
}

/** The editor fields of an object schema (strictObject), one per key, in order. */
export function fieldsOf(schema: z.ZodType, parent?: string): CmsField[] {
  const root = jsonSchemaOf(schema);
  return fieldsOfNode(root, root, parent);
}

/** `list`: the kinds of content (src/kinds/); a test passes one more. */
export function cmsConfig(site: SiteConfig, list: readonly ContentKind[] = kinds) {
  // One editor collection per kind, as its descriptor lays it out (src/kinds/).
  const contentCollections = list.map((kind) => {
    const l = kind.editor;
    const choices = l.choices?.(site);
    const fields = fieldsOf(kind.schema).map((field) => {
      const options = choices?.[field.name];
      return options ? { ...field, widget: 'select', options } : field;
    });
    if (l.body) fields.push({ name: 'body', label: '正文', widget: 'markdown', required: false });
    return {
      name: kind.name,
      label: kind.label,
      folder: `content/${kind.folder}`,
      extension: l.extension,
      format: l.format,
      create: true,
      ...(l.path ? { path: l.path } : {}),
      slug: '{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}',
      summary: '{{title}}',
      fields,
    };
  });
  return {
    backend: {
      name: site.cms?.backend ?? 'github',
      repo: site.cms?.repo ?? 'example/gongkai-site',
      branch: site.cms?.branch ?? 'main',
      ...(site.cms?.baseUrl ? { base_url: site.cms.baseUrl } : {}),
    },
    media_folder: 'public/files',
    public_folder: '/files',
    // The editor names the department, on its sign-in page and in the browser tab.
    app_title: `${site.name}${ui.admin.title}`,
    site_url: `https://${site.domain}`,
    display_url: `https://${site.domain}`,
    collections: [
      ...contentCollections,
      {
        name: 'settings',
        label: '机构概况',
        files: [
          {
            name: 'organisation',
            label: '机构概况',
            file: 'content/organisation.yaml',
            fields: fieldsOf(OrganisationSchema),
          },
        ],
      },
    ],
  };
}
