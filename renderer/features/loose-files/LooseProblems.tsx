import type { Finding } from '../../../shared/model/finding';
import { useI18n } from '../../i18n/i18n';
import { FindingsList } from '../details/FindingsList';

/** The findings grouped by the file they are about, in the order the files first appear. */
function byFile(findings: readonly Finding[]): { file: string | null; findings: Finding[] }[] {
  const groups = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const file = finding.location?.file ?? null;
    groups.set(file, [...(groups.get(file) ?? []), finding]);
  }
  return [...groups].map(([file, grouped]) => ({ file, findings: grouped }));
}

/**
 * What was found about the opened files, under one heading per file: five keys opened together read as
 * five files, not as five identical 「1 行目: …」 lines.
 */
export function LooseProblems({ problems }: { problems: readonly Finding[] }) {
  const { t } = useI18n();
  return (
    <div className="loose-problems" data-testid="loose-problems">
      {byFile(problems).map(({ file, findings }, i) => (
        <section key={`${file ?? ''}#${i}`} className="loose-problems__file" aria-label={file ?? t('loose.otherProblems')}>
          <h4 className="loose-problems__name" data-testid="loose-problem-file">
            {file ?? t('loose.otherProblems')}
          </h4>
          <FindingsList findings={findings} withFile={false} />
        </section>
      ))}
    </div>
  );
}
