import { describe, expect, it } from 'vitest';
import { adminPlanMailText, groupByAdmin } from '../../../../shared/export/admin-plan';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';

const NOW = jst('2026-12-03T10:00');
const until = (date: string) => makeSummary({ notAfter: jst(`${date}T23:59`), notBefore: jst('2026-01-01T00:00') });
const records = indexed([
  makeRecord({ fqdn: 'late.example.ac.jp', adminName: '山田 太郎', adminMail: 'Yamada@example.ac.jp', certificate: until('2027-06-30') }),
  makeRecord({ fqdn: 'soon.example.ac.jp', adminName: '髙橋 美咲', adminMail: 'takahashi@example.ac.jp', certificate: until('2026-12-20') }),
  makeRecord({ fqdn: 'first.example.ac.jp', adminName: '山田 太郎', adminMail: 'yamada@example.ac.jp', certificate: until('2027-01-10'), accessPin: 'PIN-SECRET' }),
  makeRecord({ fqdn: 'nobody.example.ac.jp', adminName: '', adminMail: '', certificate: until('2026-12-05') }),
  makeRecord({ fqdn: 'pending.example.ac.jp', adminName: '山田 太郎', adminMail: 'yamada@example.ac.jp', certificate: null, serialNumber: '', tsvNotAfter: null }),
]);

describe('groupByAdmin', () => {
  it('groups by mail whatever its case, soonest expiry first within and across groups, rows without a mail last', () => {
    const groups = groupByAdmin(records);
    expect(groups.map((group) => [group.mail, group.records.map((record) => record.fqdn)])).toEqual([
      ['takahashi@example.ac.jp', ['soon.example.ac.jp']],
      ['yamada@example.ac.jp', ['first.example.ac.jp', 'late.example.ac.jp', 'pending.example.ac.jp']],
      ['', ['nobody.example.ac.jp']],
    ]);
  });
});

describe('adminPlanMailText', () => {
  const yamada = groupByAdmin(records).find((group) => group.mail === 'yamada@example.ac.jp')!;

  it('lists each certificate with a validity period, its expiry in JST and the days left, in Japanese', () => {
    const text = adminPlanMailText(yamada, { lang: 'ja', now: NOW });
    expect(text).toContain('山田 太郎 様');
    expect(text).toContain('2 件の有効期限が近づいています');
    expect(text).toContain('- first.example.ac.jp: 2027/01/10 23:59 (JST) まで（残り 38 日）');
    expect(text).not.toContain('pending.example.ac.jp');
    expect(text).not.toContain('PIN-SECRET');
  });

  it('says how long ago an expired certificate ended, in English', () => {
    const text = adminPlanMailText({ ...yamada, records: [makeRecord({ fqdn: 'old.example.ac.jp', certificate: until('2026-11-30') })] }, { lang: 'en', now: NOW });
    expect(text).toContain('- old.example.ac.jp: valid until 2026/11/30 23:59 (JST) (expired 3 days ago)');
  });
});
