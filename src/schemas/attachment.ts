import { z } from 'astro/zod';
import { strictObject, text } from './fields.ts';

/** One attachment of a document: a file kept in the repository under `public/`. */
export const AttachmentSchema = strictObject(
  {
    /** Title shown in the attachment list. Example: `附件1：申请表`. */
    title: text('附件标题，例如 附件1：申请表'),
    /**
     * Path of the file under `public/`, without a leading slash. The file must exist.
     * Example: `files/2024/dibao-shenqingbiao.pdf` (served at `/files/2024/dibao-shenqingbiao.pdf`).
     */
    file: text('附件在 public 文件夹下的路径，例如 files/2024/shenqingbiao.pdf').transform((v) =>
      v.replace(/^\/+/, ''),
    ),
  },
  '附件的标题（title）和文件路径（file）',
);

export type Attachment = z.output<typeof AttachmentSchema>;
