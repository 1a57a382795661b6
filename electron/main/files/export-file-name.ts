import { safeFileName } from '../../../shared/export/safe-file-name';

/**
 * A name suggested by the renderer made safe to create in any folder, by shared/export's rules
 * (the same rules the renderer used to suggest it): `stem.ext` split at the last dot, each part
 * sanitised. A defence in depth: save-files-to-folder still checks the result stays in the folder.
 */
export function sanitizeExportName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? safeFileName(name.slice(0, dot), name.slice(dot + 1)) : safeFileName(name, '');
}
