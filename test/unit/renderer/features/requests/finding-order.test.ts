import { describe, expect, it } from 'vitest';
import { countSeverities, findingsInOrder, requestRowHost, reviewCounts, rowsInOrder } from '../../../../../renderer/features/requests/finding-order';
import type { RequestReview, RequestRowReview } from '../../../../../shared/request/check-request-file';
import { requestFinding, type RequestSeverity } from '../../../../../shared/request/request-finding';
import { emptyRequestRow } from '../../../../../shared/request/request-format';

const finding = (severity: RequestSeverity, code: 'serial-invalid' | 'line-ending' | 'revoking-expired' = 'serial-invalid') => requestFinding(code, severity, { ja: severity, en: severity });
const row = (line: number, ...severities: RequestSeverity[]): RequestRowReview => ({ line, kind: 'revoke', row: emptyRequestRow(), findings: severities.map((severity) => finding(severity)) });

describe('findingsInOrder', () => {
  it('puts errors first, then warnings, then notes, keeping the order within each', () => {
    const given = [finding('info', 'revoking-expired'), finding('warning', 'line-ending'), finding('error'), finding('warning'), finding('error', 'line-ending')];
    expect(findingsInOrder(given).map((f) => [f.severity, f.code])).toEqual([
      ['error', 'serial-invalid'],
      ['error', 'line-ending'],
      ['warning', 'line-ending'],
      ['warning', 'serial-invalid'],
      ['info', 'revoking-expired'],
    ]);
    expect(given[0]!.severity).toBe('info');
  });
});

describe('rowsInOrder', () => {
  it('shows lines with errors first, then warnings, then notes, then clean lines, each group by line number', () => {
    const rows = [row(1), row(2, 'info'), row(3, 'warning'), row(4, 'info', 'error'), row(5), row(6, 'error')];
    expect(rowsInOrder(rows).map((r) => r.line)).toEqual([4, 6, 3, 2, 1, 5]);
  });
});

describe('counts', () => {
  it('counts every severity of a list', () => {
    expect(countSeverities([finding('error'), finding('warning'), finding('warning'), finding('info')])).toEqual({ errors: 1, warnings: 2, notes: 1 });
  });

  it("counts a review's file findings with its rows'", () => {
    const review: RequestReview = {
      kind: 'revoke',
      encoding: 'shift_jis',
      rows: [row(1, 'error'), row(2, 'warning', 'info')],
      fileFindings: [{ line: null, finding: finding('warning', 'line-ending') }],
      checkedAgainstList: true,
    };
    expect(reviewCounts(review)).toEqual({ errors: 1, warnings: 2, notes: 1 });
  });
});

describe('requestRowHost', () => {
  it('is the FQDN column, or the CN of the DN on a revocation line (which leaves the FQDN empty)', () => {
    expect(requestRowHost({ ...emptyRequestRow(), fqdn: 'www.example.ac.jp', subjectDn: 'CN=other.example.ac.jp,O=X,C=JP' })).toBe('www.example.ac.jp');
    expect(requestRowHost({ ...emptyRequestRow(), subjectDn: 'CN=www.eng.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP' })).toBe('www.eng.example.ac.jp');
    expect(requestRowHost({ ...emptyRequestRow(), subjectDn: 'C=JP,ST=Tokyo, CN=kyomu.example.ac.jp' })).toBe('kyomu.example.ac.jp');
    expect(requestRowHost(emptyRequestRow())).toBe('');
  });
});
