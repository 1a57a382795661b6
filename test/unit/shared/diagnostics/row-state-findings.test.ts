import { describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { rowStateFindings } from '../../../../shared/diagnostics/row-state-findings';
import { jst, makeRecord } from '../../../support/record-factory';

const now = jst('2026-06-01T12:00');

describe('rowStateFindings', () => {
  const cases: {
    name: string;
    input: { record: CertificateRecord; caApiErrorCode?: string; revocationCaApiErrorCode?: string };
    want: { code: string; severity: string; message: RegExp; advice?: RegExp }[];
  }[] = [
    {
      name: '状態 −2 with the CA API error code says what it means and what to do',
      input: { record: makeRecord({ status: -2, certificate: null, applicationId: 'A9' }), caApiErrorCode: 'E1234' },
      want: [{ code: 'status-error', severity: 'error', message: /^状態 -2「認証局連携API処理エラー」（エラーコード E1234）: 認証局（CA）との連携処理でエラー/, advice: /申請ID A9.*エラーコードを添えて/ }],
    },
    {
      name: '状態 −1 without an error code is still explained',
      input: { record: makeRecord({ status: -1, certificate: null }) },
      want: [{ code: 'status-error', severity: 'error', message: /^状態 -1「フォーマットエラー」: 申請の内容が形式どおりでなかった/ }],
    },
    {
      name: '状態 −3 names NII’s system',
      input: { record: makeRecord({ status: -3, certificate: null }) },
      want: [{ code: 'status-error', severity: 'error', message: /支援システム実行エラー/ }],
    },
    {
      name: 'a pending row (状態 0) says what the state means and that there is nothing to send yet',
      input: { record: makeRecord({ status: 0, certificate: null }) },
      want: [{ code: 'status-pending', severity: 'info', message: /^状態 0「証明書発行処理中」/, advice: /まだ送れる証明書がありません/ }],
    },
    {
      name: '状態 4 with URL期限 past: the admin’s link expired, export this certificate and send it',
      input: { record: makeRecord({ status: 4, urlExpiresAt: jst('2026-05-01T10:00') }) },
      want: [{ code: 'download-link-expired', severity: 'warning', message: /2026\/05\/01 10:00 \(JST\) に期限が切れています/, advice: /^この証明書を書き出して、利用管理者に送ってください。$/ }],
    },
    {
      name: '状態 4 with URL期限 ahead: the link still works until then',
      input: { record: makeRecord({ status: 4, urlExpiresAt: jst('2026-06-20T10:00') }) },
      want: [{ code: 'download-link-open', severity: 'info', message: /2026\/06\/20 10:00 \(JST\) まで有効/ }],
    },
    { name: 'an issued row (状態 5) says nothing about its state', input: { record: makeRecord({ status: 5 }) }, want: [] },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      const findings = rowStateFindings({ record: input.record, now, caApiErrorCode: input.caApiErrorCode ?? '', revocationCaApiErrorCode: input.revocationCaApiErrorCode ?? '' });
      expect(findings.map((finding) => [finding.code, finding.severity])).toEqual(want.map((w) => [w.code, w.severity]));
      findings.forEach((finding, i) => {
        expect(finding.message.ja).toMatch(want[i]!.message);
        if (want[i]!.advice) expect(finding.advice?.ja).toMatch(want[i]!.advice!);
        expect(finding.message.en).not.toBe('');
      });
    });
  }
});
