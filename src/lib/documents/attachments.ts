/** How an attachment is described to readers: its format and size. */
import { extensionOf } from '../../schemas/attachment.ts';

/** `1536` → `1.5 KB`; sizes in the units readers know. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `files/a.docx` → `DOCX`. */
export function formatOf(path: string): string {
  return extensionOf(path).toUpperCase();
}
