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

  it('greets a generic admin when the name is empty', () => {
    expect(adminMailText({ ...record, adminName: '' }, summary, { lang: 'ja' }).split('\n')[0]).toBe('サーバ管理者 様');
  });
});

