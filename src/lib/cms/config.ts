/**
 * The browser editor's configuration (Sveltia CMS, Decap-compatible), generated from the same
 * zod schemas that validate the content — there is no second, hand-written schema to drift.
 * Labels are the Chinese field names of src/i18n/fields.ts; enums become selects, dates date
 * pickers, references relation pickers, attachments file fields (hints from src/schemas/fields.ts).
 */
import { z } from 'astro/zod';
import { kinds } from '../../kinds/index.ts';
import type { ContentKind } from '../../kinds/types.ts';
import { OrganisationSchema } from '../../schemas/organisation.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { CmsHint } from '../../schemas/fields.ts';
import { fieldLabels } from '../../i18n/fields.ts';

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

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  getter?: () => z.ZodType;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType) =>
  z.globalRegistry.get(schema) as { cms?: CmsHint; description?: string } | undefined;

type Unwrapped = { core: z.ZodType; required: boolean; defaultValue?: unknown; hint?: CmsHint; description?: string };

/** Peels optional/default/pipe/lazy wrappers, collecting what they say on the way. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let hint: CmsHint | undefined;
  let description: string | undefined;
  for (;;) {
    const meta = metaOf(current);
    hint ??= meta?.cms;
    description ??= meta?.description;
    const def = defOf(current);
    if (def.type === 'optional') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'default') {
      required = false;
      defaultValue = def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema): the schema is `out`; a .transform() after a schema: it is `in`.
      const inner = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
      current = inner;
    } else if (def.type === 'lazy') current = def.getter!();
    else break;
  }
  return {
    core: current,
    required,
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    ...(hint ? { hint } : {}),
    ...(description ? { description } : {}),
  };
}

const label = (name: string, parent?: string) =>
  (parent && fieldLabels[`${parent}.${name}`]) || fieldLabels[name] || name;

const DATE_FORMATS = {
  date: { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false },
  datetime: { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' },
} as const;

/** The widget and its options (the rest of a field: name, label, required, hint, default). */
type WidgetSpec = { widget: string; fields?: CmsField[]; field?: CmsField; [option: string]: unknown };

function widgetFor(unwrapped: Unwrapped, name: string): WidgetSpec {
  const { core, hint } = unwrapped;
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
  const def = defOf(core);
  switch (def.type) {
    case 'string':
      return { widget: 'string' };
    case 'number': {
      const isInt = def.checks?.some((c) => c._zod.def.format === 'safeint' || c._zod.def.check === 'number_format');
      return { widget: 'number', value_type: isInt ? 'int' : 'float' };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(core, name) };
    case 'array': {
      const item = unwrap(def.element!);
      if (defOf(item.core).type === 'object') return { widget: 'list', fields: fieldsOf(item.core, name) };
      return { widget: 'list', field: { name: 'item', label: label(name), ...widgetFor(item, name) } };
    }
    default:
      return { widget: 'string' };
  }
}

/** The editor fields of an object schema (strictObject), one per key, in order. */
export function fieldsOf(schema: z.ZodType, parent?: string): CmsField[] {
  const shape = defOf(unwrap(schema).core).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const unwrapped = unwrap(field);
    return {
      name,
      label: label(name, parent),
      required: unwrapped.required,
      ...(unwrapped.description ? { hint: unwrapped.description } : {}),
      ...(unwrapped.defaultValue !== undefined ? { default: unwrapped.defaultValue } : {}),
      ...widgetFor(unwrapped, name),
    };
  });
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
