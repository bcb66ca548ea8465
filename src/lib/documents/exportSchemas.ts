/**
 * JSON Schemas of the open-data exports (数据开放), published next to them so that a reuser can
 * check a download without reading our code. Derived with zod's own `z.toJSONSchema` from the
 * same schemas that validate the content: the export cannot drift from its description.
 */
import { z } from 'astro/zod';
import { PolicySchema } from '../../schemas/policy.ts';
import { ChecklistSchema } from '../../schemas/checklist.ts';
import { validityValues } from '../../schemas/vocabulary.ts';

/** The rows of /data/policies.json (src/data/exports.ts, PolicyExport). */
const PoliciesExport = z.array(
  z.object({
    id: z.string().meta({ description: '文件标识（content/policies 下的路径）' }),
    url: z.string().meta({ description: '页面网址' }),
    currentValidity: z.enum(validityValues).meta({ description: '发布当日的有效性' }),
    topicPath: z.string().meta({ description: '主题分类的完整路径（一级\\二级）' }),
    docNumber: z.string().optional().meta({ description: '规范写法的文号' }),
    data: PolicySchema,
  }),
);

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$';

/**
 * Editor hints (`cms` metadata, src/schemas/fields.ts) become what they mean for a reader: dates
 * and date-times are strings of a pattern, references and files are strings.
 */
function readable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(readable);
  if (!node || typeof node !== 'object') return node;
  const { cms, ...rest } = node as { cms?: { widget: string } } & Record<string, unknown>;
  const out = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, readable(value)]));
  if (cms?.widget === 'date') return { ...out, type: 'string', pattern: DATE };
  if (cms?.widget === 'datetime') return { ...out, type: 'string', pattern: DATE_TIME };
  if (cms?.widget === 'relation' || cms?.widget === 'file') return { type: 'string', ...out };
  return out;
}

function jsonSchema(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return { ...(readable(generated) as Record<string, unknown>), title, description };
}

/** /data/policies.schema.json */
export const policiesExportSchema = () =>
  jsonSchema(
    PoliciesExport,
    '政策文件目录',
    '/data/policies.json 的数据结构：每个政策文件一项，data 为发布时校验过的字段。',
  );

/** /data/checklist.schema.json: every /data/checklists/<id>.json */
export const checklistExportSchema = () =>
  jsonSchema(
    ChecklistSchema,
    '权责清单和社区事项清单',
    '/data/checklists/<清单>.json 的数据结构：清单的全部字段和事项。',
  );
