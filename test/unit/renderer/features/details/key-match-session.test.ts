import type { FindingCode } from '../../../../../shared/model/finding';
import { describe, expect, it } from 'vitest';
import { KeyMatchSession, type KeyMatchRunner } from '../../../../../renderer/features/details/key-match-session';
import type { KeyMatchResult } from '../../../../../shared/diagnostics/key-match';

const view = (code: FindingCode, status: KeyMatchResult['status'] = 'unreadable'): KeyMatchResult => ({
  status,
  source: status === 'unreadable' ? null : 'private-key',
  certificateSpkiSha256: null,
  keySpkiSha256: null,
  finding: { code, severity: status === 'match' ? 'ok' : 'error', message: { ja: code, en: code } },
});

/** A runner giving `answers` in turn, recording what bytes and passphrase each call was given (as copies made during the call). */
function scriptedRunner(answers: KeyMatchResult[]) {
  const seen: { bytes: number[]; passphrase: string | null; given: Uint8Array }[] = [];
  const run: KeyMatchRunner = async (key, passphrase) => {
    seen.push({ bytes: [...key.bytes], passphrase, given: key.bytes });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next;
  };
  return { run, seen };
}

const keyBytes = () => new Uint8Array([0x2d, 0x2d, 0x42, 0x45, 0x47]);

describe('KeyMatchSession', () => {
  // want: whether the session still holds the key bytes (for a passphrase) after the first comparison.
  const table = [
    { name: 'zeroes the bytes at once when the verdict is a match', input: view('key-match', 'match'), want: false },
    { name: 'zeroes the bytes at once when the verdict is a mismatch', input: view('key-mismatch', 'mismatch'), want: false },
    { name: 'zeroes the bytes at once when the file is unreadable', input: view('key-unreadable'), want: false },
    { name: 'keeps the bytes while a passphrase is required', input: view('key-passphrase-required'), want: true },
  ];
  for (const { name, input, want: wantHolding } of table) {
    it(name, async () => {
      const { run, seen } = scriptedRunner([input]);
      const session = new KeyMatchSession(run);
      const bytes = keyBytes();
      const outcome = await session.check({ name: 'server.key', bytes });
      expect(outcome.fileName).toBe('server.key');
      expect(outcome.needsPassphrase).toBe(wantHolding);
      expect(session.isHolding).toBe(wantHolding);
      expect(bytes.every((byte) => byte === 0)).toBe(!wantHolding);
      // The runner got a copy with the real content, and that copy is wiped after the call.
      expect(seen[0]!.bytes).toEqual([...keyBytes()]);
      expect(seen[0]!.given).not.toBe(bytes);
      expect(seen[0]!.given.every((byte) => byte === 0)).toBe(true);
    });
  }

  it('retries the same bytes with the passphrase, keeps them after a wrong one, and zeroes them after the match', async () => {
    const { run, seen } = scriptedRunner([view('key-passphrase-required'), view('key-passphrase-wrong'), view('key-match', 'match')]);
    const session = new KeyMatchSession(run);
    const bytes = keyBytes();
    expect((await session.check({ name: 'enc.key', bytes })).needsPassphrase).toBe(true);
    expect((await session.retry('wrong'))!.needsPassphrase).toBe(true);
    expect(bytes.some((byte) => byte !== 0)).toBe(true);
    const last = await session.retry('right');
    expect(last!.view.finding.code).toBe('key-match');
    expect(seen.map((call) => call.passphrase)).toEqual([null, 'wrong', 'right']);
    expect(seen.every((call) => call.bytes.join() === keyBytes().join())).toBe(true);
    expect(bytes.every((byte) => byte === 0)).toBe(true);
    expect(session.retry('again')).toBeNull();
  });

  it('zeroes the held bytes on close (the section unmounting)', async () => {
    const { run } = scriptedRunner([view('key-passphrase-required')]);
    const session = new KeyMatchSession(run);
    const bytes = keyBytes();
    await session.check({ name: 'enc.key', bytes });
    session.close();
    expect(session.isHolding).toBe(false);
    expect(bytes.every((byte) => byte === 0)).toBe(true);
  });

  it('zeroes the earlier file when another is taken', async () => {
    const { run } = scriptedRunner([view('key-passphrase-required'), view('key-match', 'match')]);
    const session = new KeyMatchSession(run);
    const first = keyBytes();
    await session.check({ name: 'enc.key', bytes: first });
    const second = keyBytes();
    await session.check({ name: 'plain.key', bytes: second });
    expect(first.every((byte) => byte === 0)).toBe(true);
    expect(second.every((byte) => byte === 0)).toBe(true);
  });

  it('accepts a runner that transfers (detaches) the copy it was given', async () => {
    const session = new KeyMatchSession(async (key) => {
      structuredClone(key.bytes.buffer, { transfer: [key.bytes.buffer] });
      return view('key-match', 'match');
    });
    const bytes = keyBytes();
    expect((await session.check({ name: 'server.key', bytes })).view.status).toBe('match');
    expect(bytes.every((byte) => byte === 0)).toBe(true);
  });

  it('zeroes the bytes and rethrows when the comparison fails', async () => {
    const { run } = scriptedRunner([]);
    const session = new KeyMatchSession(run);
    const bytes = keyBytes();
    await expect(session.check({ name: 'x.key', bytes })).rejects.toThrow('no more answers');
    expect(bytes.every((byte) => byte === 0)).toBe(true);
    expect(session.isHolding).toBe(false);
  });
});
