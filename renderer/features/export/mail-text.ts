import type { Lang } from '../../../shared/model/localized-text';
import { adminMailText } from '../../../shared/export/admin-mail';
import type { ExportSource } from './use-export';

/** The short mail text for the server admin after exporting a TSV row's certificate (shared/export), or null for loose files. */
export function mailTextFor(source: ExportSource, lang: Lang, fileName: string): string | null {
  const summary = source.record?.certificate ?? source.summary;
  return source.record && summary ? adminMailText(source.record, summary, { lang, fileName, now: Date.now() }) : null;
}
