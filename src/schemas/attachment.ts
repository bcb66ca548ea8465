import { z } from 'astro/zod';
import { strictObject, text } from './fields.ts';
import { schemaText } from '../i18n/schemas.ts';

/** File formats a department publishes (PDF, OFD, Word, Excel, WPS). */
export const attachmentFormats = ['pdf', 'ofd', 'doc', 'docx', 'xls', 'xlsx', 'wps', 'et'];

/** `files/a/b.PDF` → `pdf`. */
export function extensionOf(path: string): string {
  return /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
}

/** One attachment of a document: a file kept in the repository under `public/`. */
export const AttachmentSchema = strictObject(
  {
    /** Title shown in the attachment list. Example: `附件1：申请表`. */
    title: text('附件标题，例如 附件1：申请表'),
    /**
     * Path of the file under `public/`, without a leading slash. The file must exist.
     * Example: `files/2024/dibao-shenqingbiao.pdf` (served at `/files/2024/dibao-shenqingbiao.pdf`).
     */
    file: text('附件在 public 文件夹下的路径，例如 files/2024/shenqingbiao.pdf')
      .transform((v) => v.replace(/^\/+/, ''))
      .refine((v) => attachmentFormats.includes(extensionOf(v)), {
        error: (issue) => schemaText.attachment.badFormat(String(issue.input), attachmentFormats),
      })
      .meta({ cms: { widget: 'file' } }),
  },
  '附件的标题（title）和文件路径（file）',
);

export type Attachment = z.output<typeof AttachmentSchema>;
