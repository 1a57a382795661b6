import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expiryCalendar, foldLine } from '../../../../shared/export/expiry-calendar';
import { jst, makeRecord, makeSummary } from '../../../support/record-factory';

const NOW = jst('2026-12-03T10:00');
const issued = makeRecord({
  fqdn: 'www.example.ac.jp',
  adminName: '髙橋 美咲',
  adminMail: 'takahashi@example.ac.jp',
  adminAffiliation: '総務部, 広報課; 本部',
  accessPin: 'SECRET-PIN-1234',
  certificate: makeSummary({ commonName: 'www.example.ac.jp', notAfter: jst('2027-03-25T23:59'), sha256: 'cd'.repeat(32) }),
});
const pending = makeRecord({ fqdn: 'pending.example.ac.jp', certificate: null, serialNumber: '', tsvNotAfter: null });

/** The calendar parsed by ical.js (a real RFC 5545 parser), its events as ICAL.Event. */
function parse(text: string): InstanceType<typeof ICAL.Event>[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('expiryCalendar', () => {
  const text = expiryCalendar([issued, pending], { lang: 'ja', now: NOW, alarmDaysBefore: 60 });

  it('parses as iCalendar with one event per certificate that has a validity period', () => {
    expect(parse(text)).toHaveLength(1);
  });

  it('puts the event at the notAfter instant, 23:59 Japan time', () => {
    const [event] = parse(text);
    expect(event!.startDate.toJSDate().getTime()).toBe(jst('2027-03-25T23:59'));
  });

  it('titles the event with the host and the administrator and keeps escaped text intact', () => {
    const [event] = parse(text);
    expect(event!.summary).toBe('証明書の期限: www.example.ac.jp（髙橋 美咲）');
    expect(event!.description).toContain('利用管理者: 髙橋 美咲 takahashi@example.ac.jp 総務部, 広報課; 本部');
    expect(event!.description).toContain('有効期限 (JST): 2027/03/25 23:59');
  });

  it('rings an alarm the given number of days before', () => {
    const [event] = parse(text);
    const alarm = event!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-P60D');
  });

  it('never writes the access PIN, and ends every line with CRLF within 75 octets', () => {
    expect(text).not.toContain('SECRET-PIN-1234');
    const lines = text.split('\r\n').slice(0, -1);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('folds long Japanese text without cutting a character', () => {
    const folded = foldLine(`SUMMARY:${'髙'.repeat(40)}`);
    expect(folded.split('\r\n ').join('').replace(/\r\n$/, '')).toBe(`SUMMARY:${'髙'.repeat(40)}`);
  });

  it('writes English when asked', () => {
    const [event] = parse(expiryCalendar([issued], { lang: 'en', now: NOW, alarmDaysBefore: 30 }));
    expect(event!.summary).toBe('Certificate expires: www.example.ac.jp (髙橋 美咲)');
  });
});
