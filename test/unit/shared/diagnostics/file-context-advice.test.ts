import { describe, expect, it } from 'vitest';
import { adviseWithFile } from '../../../../shared/diagnostics/file-context-advice';
import { makeFinding } from '../../../../shared/diagnostics/make-finding';
import type { CurrentCheck } from '../../../../shared/query/not-current';
import { jst } from '../../../support/record-factory';

const replaced: CurrentCheck = {
  reasons: [{ kind: 'replaced', by: { index: 1, line: 3, applicationId: 'A2', serialNumber: '200', issuedAt: jst('2026-01-10T10:00') } }],
  current: null,
};
const expired = makeFinding('expired', 'error', { ja: '期限切れ', en: 'expired' }, { ja: 'UPKI で更新申請を行い…', en: 'Apply for a renewal…' });

describe('adviseWithFile', () => {
  it('replaces "apply for a renewal" by "send the successor" when the renewal is in the file', () => {
    const [finding] = adviseWithFile([expired], replaced);
    expect(finding!.advice!.ja).toBe('後継の証明書（シリアル番号 200、2026/01/10 10:00 発行、申請ID A2、3 行目）がこのファイルにあります。更新申請は不要です。送るのはそちらの証明書です。');
    expect(finding!.advice!.en).not.toContain('Apply for a renewal');
  });

  it('says that a still-valid certificate was replaced, as a warning', () => {
    const findings = adviseWithFile([makeFinding('valid', 'ok', { ja: '有効', en: 'valid' })], replaced);
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['valid', 'ok'],
      ['renewal-in-file', 'warning'],
    ]);
  });

  it('keeps the renewal advice when nothing in the file replaced the certificate', () => {
    expect(adviseWithFile([expired], { reasons: [{ kind: 'expired', notAfter: 0 }], current: null })).toEqual([expired]);
  });
});
