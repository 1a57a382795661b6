import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HostRequestName } from '../../../../shared/ipc/contract';
import { MAX_FOLDER_FILES, MAX_SAVE_FILE_BYTES } from '../../../../shared/ipc/limits';
import { HOST_REQUEST_VALIDATORS, validateHostArg } from '../../../../shared/ipc/validators';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

const bytes = (length = 3): Uint8Array => new Uint8Array(length);
const id = 'a'.repeat(32);

/** A valid argument of every method. */
const VALID: { readonly [K in HostRequestName]: unknown } = {
  openFiles: { kind: 'list' },
  openDemoFile: null,
  takeLaunchFiles: null,
  listRecentFiles: null,
  openRecentFile: { id },
  saveFile: { suggestedName: 'www.example.ac.jp.crt', kind: 'certificate-pem', bytes: bytes() },
  saveFilesToFolder: { kind: 'certificates', files: [{ name: 'www.example.ac.jp.crt', bytes: bytes() }] },
  setLanguage: { lang: 'en' },
  getPreferredLanguage: null,
};

const METHODS = Object.keys(VALID) as HostRequestName[];

/** Arguments that every method must refuse (none is valid for any method). */
const INVALID_FOR_ALL: readonly { name: string; input: unknown }[] = [
  { name: 'undefined', input: undefined },
  { name: 'a number', input: 42 },
  { name: 'a string', input: '/etc/passwd' },
  { name: 'an array', input: [] },
  { name: 'a function-free class instance', input: new Date() },
  { name: 'an object with an unknown key only', input: { evil: true } },
];

describe('HOST_REQUEST_VALIDATORS', () => {
  it.each(METHODS)('accepts a valid argument of %s', (method) => {
    expect(validateHostArg(method, VALID[method]).ok).toBe(true);
  });

  for (const method of METHODS) {
    it.each(INVALID_FOR_ALL)(`refuses $name as the argument of ${method} with invalid-argument`, ({ input }) => {
      const result = validateHostArg(method, input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-argument');
        expect(result.error.message.ja).toContain(method);
        expect(result.error.message.en).toContain(method);
      }
    });

    it(`refuses the valid argument of ${method} with an extra key`, () => {
      const valid = VALID[method];
      const withExtra = valid === null ? { extra: 1 } : { ...(valid as object), extra: 1 };
      expect(validateHostArg(method, withExtra).ok).toBe(false);
    });
  }

  const table: readonly { name: string; method: HostRequestName; input: unknown; want: boolean }[] = [
    { name: 'openFiles accepts every open kind', method: 'openFiles', input: { kind: 'ca' }, want: true },
    { name: 'openFiles refuses an unknown kind', method: 'openFiles', input: { kind: 'anything' }, want: false },
    { name: 'openFiles refuses a missing kind', method: 'openFiles', input: {}, want: false },
    { name: 'openRecentFile refuses a path as id', method: 'openRecentFile', input: { id: '/home/user/serverAll.tsv' }, want: false },
    { name: 'openRecentFile refuses upper-case hex', method: 'openRecentFile', input: { id: 'A'.repeat(32) }, want: false },
    { name: 'openRecentFile refuses a number id', method: 'openRecentFile', input: { id: 7 }, want: false },
    { name: 'saveFile refuses a path as suggested name', method: 'saveFile', input: { suggestedName: '../../.bashrc', kind: 'text', bytes: bytes() }, want: false },
    { name: 'saveFile refuses a Windows path as suggested name', method: 'saveFile', input: { suggestedName: 'C:\\Windows\\x.crt', kind: 'text', bytes: bytes() }, want: false },
    { name: 'saveFile refuses ".." as suggested name', method: 'saveFile', input: { suggestedName: '..', kind: 'text', bytes: bytes() }, want: false },
    { name: 'saveFile refuses an empty name', method: 'saveFile', input: { suggestedName: '', kind: 'text', bytes: bytes() }, want: false },
    { name: 'saveFile refuses a name longer than 255', method: 'saveFile', input: { suggestedName: `${'a'.repeat(252)}.crt`, kind: 'text', bytes: bytes() }, want: false },
    { name: 'saveFile accepts a 255-character name', method: 'saveFile', input: { suggestedName: `${'a'.repeat(251)}.crt`, kind: 'certificate-pem', bytes: bytes() }, want: true },
    { name: 'saveFile refuses a NUL in the name', method: 'saveFile', input: { suggestedName: 'a\u0000.crt', kind: 'text', bytes: bytes() }, want: false },
    { name: 'saveFile refuses a plain array as bytes', method: 'saveFile', input: { suggestedName: 'a.crt', kind: 'text', bytes: [1, 2, 3] }, want: false },
    { name: 'saveFile refuses an ArrayBuffer as bytes', method: 'saveFile', input: { suggestedName: 'a.crt', kind: 'text', bytes: new ArrayBuffer(3) }, want: false },
    { name: 'saveFile refuses a Uint16Array as bytes', method: 'saveFile', input: { suggestedName: 'a.crt', kind: 'text', bytes: new Uint16Array(3) }, want: false },
    { name: 'saveFile refuses a string as bytes', method: 'saveFile', input: { suggestedName: 'a.crt', kind: 'text', bytes: 'MIIB' }, want: false },
    { name: 'saveFile refuses bytes over 64 MiB', method: 'saveFile', input: { suggestedName: 'a.crt', kind: 'text', bytes: new Uint8Array(MAX_SAVE_FILE_BYTES + 1) }, want: false },
    { name: 'saveFile accepts exactly 64 MiB', method: 'saveFile', input: { suggestedName: 'a.crt', kind: 'certificate-pem', bytes: new Uint8Array(MAX_SAVE_FILE_BYTES) }, want: true },
    { name: 'saveFile refuses an unknown kind', method: 'saveFile', input: { suggestedName: 'a.crt', kind: 'exe', bytes: bytes() }, want: false },
    { name: 'saveFilesToFolder refuses an empty list', method: 'saveFilesToFolder', input: { kind: 'certificates', files: [] }, want: false },
    {
      name: 'saveFilesToFolder refuses more than 500 files',
      method: 'saveFilesToFolder',
      input: { kind: 'certificates', files: Array.from({ length: MAX_FOLDER_FILES + 1 }, (_, i) => ({ name: `${i}.crt`, bytes: bytes(1) })) },
      want: false,
    },
    {
      name: 'saveFilesToFolder accepts 500 files',
      method: 'saveFilesToFolder',
      input: { kind: 'certificates', files: Array.from({ length: MAX_FOLDER_FILES }, (_, i) => ({ name: `${i}.crt`, bytes: bytes(1) })) },
      want: true,
    },
    {
      name: 'saveFilesToFolder refuses a total over 256 MiB',
      method: 'saveFilesToFolder',
      input: { kind: 'certificates', files: Array.from({ length: 5 }, (_, i) => ({ name: `${i}.crt`, bytes: new Uint8Array(MAX_SAVE_FILE_BYTES) })) },
      want: false,
    },
    { name: 'saveFilesToFolder refuses a path as a file name', method: 'saveFilesToFolder', input: { kind: 'certificates', files: [{ name: '../x.crt', bytes: bytes() }] }, want: false },
    { name: 'saveFilesToFolder refuses a file with an extra key', method: 'saveFilesToFolder', input: { kind: 'certificates', files: [{ name: 'x.crt', bytes: bytes(), path: '/tmp' }] }, want: false },
    { name: 'saveFilesToFolder refuses non-object files', method: 'saveFilesToFolder', input: { kind: 'certificates', files: ['x.crt'] }, want: false },
    { name: 'saveFilesToFolder refuses files that is not an array', method: 'saveFilesToFolder', input: { kind: 'certificates', files: { 0: { name: 'x', bytes: bytes() }, length: 1 } }, want: false },
    { name: 'openFiles accepts a request file (申請ファイルを確認)', method: 'openFiles', input: { kind: 'request' }, want: true },
    { name: 'saveFilesToFolder refuses a missing kind', method: 'saveFilesToFolder', input: { files: [{ name: 'x.crt', bytes: bytes() }] }, want: false },
    { name: 'saveFilesToFolder refuses an unknown kind', method: 'saveFilesToFolder', input: { kind: 'anything', files: [{ name: 'x.crt', bytes: bytes() }] }, want: false },
    {
      name: 'saveFilesToFolder writes request files (a batch over 99 rows) as .tsv',
      method: 'saveFilesToFolder',
      input: { kind: 'request', files: [{ name: '失効申請_20261101_1.tsv', bytes: bytes() }, { name: '失効申請_20261101_2.TSV', bytes: bytes() }] },
      want: true,
    },
    { name: 'saveFilesToFolder refuses a certificate in a request export', method: 'saveFilesToFolder', input: { kind: 'request', files: [{ name: 'www.crt', bytes: bytes() }] }, want: false },
    { name: 'saveFilesToFolder refuses a .tsv in a certificate export', method: 'saveFilesToFolder', input: { kind: 'certificates', files: [{ name: 'www.tsv', bytes: bytes() }] }, want: false },
    { name: 'setLanguage refuses an unsupported language', method: 'setLanguage', input: { lang: 'fr' }, want: false },
    { name: 'setLanguage accepts Japanese', method: 'setLanguage', input: { lang: 'ja' }, want: true },
    { name: 'a null-argument method refuses an empty object', method: 'openDemoFile', input: {}, want: false },
    { name: 'a null-argument method refuses undefined', method: 'getPreferredLanguage', input: undefined, want: false },
  ];

  it.each(table)('$name', ({ method, input, want }) => {
    const result = validateHostArg(method, input);
    expect(result.ok).toBe(want);
    if (!result.ok) expect(result.error.code).toBe('invalid-argument');
  });

  it('accepts a Buffer (a Uint8Array subclass) as bytes', () => {
    expect(validateHostArg('saveFile', { suggestedName: 'a.crt', kind: 'certificate-pem', bytes: Buffer.from('abc') }).ok).toBe(true);
  });

  // The host writes only the file kinds the app produces (issue 14): whatever name a compromised page sends.
  const hostileNames = ['update.bat', 'setup.exe', 'shortcut.lnk', 'page.hta', 'desktop.ini', 'run.ps1', 'a.crt.', 'a.crt ', 'a.crt:evil', 'no-extension', 'www.crt.js'];
  it.each(hostileNames)('saveFilesToFolder refuses the file name %j (not a certificate file) with invalid-argument', (name) => {
    const result = validateHostArg('saveFilesToFolder', { kind: 'certificates', files: [{ name: 'ok.crt', bytes: bytes() }, { name, bytes: bytes() }] });
    expect(!result.ok && result.error.code).toBe('invalid-argument');
    expect(!result.ok && result.error.message.en).toContain('arg.files[1].name must end in one of .crt .cer .pem');
  });
  it.each(hostileNames)('saveFile refuses the suggested name %j with invalid-argument', (name) => {
    const result = validateHostArg('saveFile', { suggestedName: name, kind: 'text', bytes: bytes() });
    expect(!result.ok && result.error.code).toBe('invalid-argument');
  });

  const kindNames = [
    { name: 'a PEM certificate as .crt', input: { suggestedName: 'www.example.ac.jp.crt', kind: 'certificate-pem' }, want: true },
    { name: 'a PEM certificate as .PEM (case does not matter)', input: { suggestedName: 'WWW.PEM', kind: 'certificate-pem' }, want: true },
    { name: 'a DER certificate as .cer', input: { suggestedName: 'www.cer', kind: 'certificate-der' }, want: true },
    { name: 'a chain as .fullchain.crt', input: { suggestedName: 'www.fullchain.crt', kind: 'chain' }, want: true },
    { name: 'a PKCS #7 bundle as .p7b', input: { suggestedName: 'www.p7b', kind: 'pkcs7' }, want: true },
    { name: 'the inventory as .csv', input: { suggestedName: 'inventory.csv', kind: 'csv' }, want: true },
    { name: 'a text file as .txt', input: { suggestedName: 'mail.txt', kind: 'text' }, want: true },
    { name: 'not a CSV named .crt', input: { suggestedName: 'inventory.crt', kind: 'csv' }, want: false },
    { name: 'not a text file named .csv', input: { suggestedName: 'mail.csv', kind: 'text' }, want: false },
    { name: 'a request file as .tsv', input: { suggestedName: '失効申請_20261101.tsv', kind: 'request' }, want: true },
    { name: 'not a request file named .txt', input: { suggestedName: 'request.txt', kind: 'request' }, want: false },
    { name: 'not a request file named .csv', input: { suggestedName: 'request.csv', kind: 'request' }, want: false },
    { name: 'not a CSV named .tsv', input: { suggestedName: 'inventory.tsv', kind: 'csv' }, want: false },
    { name: 'not a PKCS #7 bundle named .crt', input: { suggestedName: 'www.crt', kind: 'pkcs7' }, want: false },
  ];
  it.each(kindNames)('saveFile takes $name: $want', ({ input, want }) => {
    expect(validateHostArg('saveFile', { ...input, bytes: bytes() }).ok).toBe(want);
  });

  it('refuses an object whose prototype is not Object.prototype', () => {
    const sneaky = Object.create({ kind: 'list' }) as object;
    expect(validateHostArg('openFiles', sneaky).ok).toBe(false);
  });

  it('has a validator for every method of the contract', () => {
    expect(Object.keys(HOST_REQUEST_VALIDATORS).sort()).toEqual([...METHODS].sort());
  });
});

describe('HOST_REQUEST_VALIDATORS fuzz', () => {
  it('never throws and always returns a typed Result, whatever arrives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), fc.anything({ withTypedArray: true, withNullPrototype: true, withBigInt: true }), (method, input) => {
        const result = validateHostArg(method, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.code).toBe('invalid-argument');
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('refuses every string with a path separator as a suggested name', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('/', '\\'), fc.string(), (before, separator, after) => {
        const result = validateHostArg('saveFile', { suggestedName: `${before}${separator}${after}`, kind: 'text', bytes: new Uint8Array(1) });
        expect(result.ok).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
