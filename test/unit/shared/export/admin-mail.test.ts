import { describe, expect, it } from 'vitest';
import { adminMailText } from '../../../../shared/export/admin-mail';
import { jst, makeRecord, makeSummary } from '../../../support/record-factory';

const summary = makeSummary({
  commonName: 'www.example.ac.jp',
  dnsNames: ['www.example.ac.jp', 'alias.example.ac.jp'],
  serialNumber: '4097000000000000000',
  serialHex: '38:DB:4F:00',
  notBefore: jst('2025-01-01T09:00'),
  notAfter: jst('2026-01-31T23:59'),
  sha256: '0a'.repeat(32),
});
const record = makeRecord({ fqdn: 'www.example.ac.jp', adminName: '山田 太郎', certificate: summary });

describe('adminMailText', () => {
  const cases: { name: string; lang: 'ja' | 'en'; want: string[] }[] = [
    {
      name: 'writes a Japanese mail with every fact the admin needs',
      lang: 'ja',
      want: [
        '山田 太郎 様',
        'FQDN: www.example.ac.jp',
        'その他のホスト名 (SAN): alias.example.ac.jp',
        'シリアル番号: 4097000000000000000',
        'シリアル番号 (16進): 38:DB:4F:00',
        '有効期間: 2025/01/01 09:00 〜 2026/01/31 23:59 (JST)',
        `SHA-256 フィンガープリント: ${Array(32).fill('0A').join(':')}`,
        '添付ファイル: www.example.ac.jp.crt',
      ],
    },
    {
      name: 'writes an English mail with the same facts',
      lang: 'en',
      want: ['Dear 山田 太郎,', 'Serial number: 4097000000000000000', 'Validity: 2025/01/01 09:00 〜 2026/01/31 23:59 (JST)', 'Attached file: www.example.ac.jp.crt'],
    },
  ];
  for (const { name, lang, want } of cases) {
    it(name, () => {
      const lines = adminMailText(record, summary, { lang }).split('\n');
      for (const line of want) expect(lines).toContain(line);
    });
  }

  it('names the attachment as told', () => {
    expect(adminMailText(record, summary, { lang: 'ja', fileName: 'server.cer' })).toContain('添付ファイル: server.cer');
  });

  const expiry: { name: string; input: { lang: 'ja' | 'en'; now: number }; want: { has: string[]; hasNot: string[] } }[] = [
    {
      name: 'says an expired certificate has expired instead of asking to install it (ja)',
      input: { lang: 'ja', now: jst('2026-08-01T10:00') },
      want: {
        has: ['ご注意: この証明書は 2026/01/31 23:59 (JST) に有効期限が切れています。サーバに設定しても使えません。', '有効期間: 2025/01/01 09:00 〜 2026/01/31 23:59 (JST)（期限切れ）'],
        hasNot: ['添付のファイルをサーバに設定してください（中間CA証明書は別途、NII の案内に従って設定してください）。'],
      },
    },
    {
      name: 'says an expired certificate has expired instead of asking to install it (en)',
      input: { lang: 'en', now: jst('2026-08-01T10:00') },
      want: { has: ['Please note: this certificate expired on 2026/01/31 23:59 (JST); it will not work on a server.', 'Validity: 2025/01/01 09:00 〜 2026/01/31 23:59 (JST) (expired)'], hasNot: [] },
    },
    {
      name: 'asks to install a certificate still valid when the mail is written',
      input: { lang: 'ja', now: jst('2026-01-31T23:00') },
      want: { has: ['添付のファイルをサーバに設定してください（中間CA証明書は別途、NII の案内に従って設定してください）。'], hasNot: ['（期限切れ）'] },
    },
  ];
  for (const { name, input, want } of expiry) {
    it(name, () => {
      const text = adminMailText(record, summary, input);
      const lines = text.split('\n');
      for (const line of want.has) expect(lines).toContain(line);
      for (const part of want.hasNot) expect(text).not.toContain(part);
    });
  }

  it('greets a generic admin when the name is empty', () => {
    expect(adminMailText({ ...record, adminName: '' }, summary, { lang: 'ja' }).split('\n')[0]).toBe('サーバ管理者 様');
  });
});

