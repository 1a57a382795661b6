import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseStartOptions } from '../../../../scripts/start/start-options';

describe('parseStartOptions', () => {
  const accepted = [
    { name: 'defaults to the demo on port 5173', input: [], want: { file: null, port: DEFAULT_PORT, forceWeb: false, help: false } },
    { name: 'takes a file', input: ['data/serverAll.tsv'], want: { file: 'data/serverAll.tsv', port: DEFAULT_PORT, forceWeb: false, help: false } },
    { name: 'takes --port N', input: ['--port', '8080'], want: { file: null, port: 8080, forceWeb: false, help: false } },
    { name: 'takes --port=0 (any free port)', input: ['--port=0'], want: { file: null, port: 0, forceWeb: false, help: false } },
    { name: 'takes --web and a file in any order', input: ['x.tsv', '--web'], want: { file: 'x.tsv', port: DEFAULT_PORT, forceWeb: true, help: false } },
    { name: 'takes --help', input: ['-h'], want: { file: null, port: DEFAULT_PORT, forceWeb: false, help: true } },
  ];
  it.each(accepted)('$name', ({ input, want }) => {
    expect(parseStartOptions(input)).toEqual({ ok: true, options: want });
  });

  const refused = [
    { name: 'refuses a port above 65535', input: ['--port', '70000'], want: '--port' },
    { name: 'refuses a port that is not a number', input: ['--port', 'http'], want: '--port' },
    { name: 'refuses --port without a value', input: ['--port'], want: 'nothing' },
    { name: 'refuses an unknown option', input: ['--inspect'], want: '--inspect' },
    { name: 'refuses two files', input: ['a.tsv', 'b.tsv'], want: 'b.tsv' },
  ];
  it.each(refused)('$name', ({ input, want }) => {
    const parsed = parseStartOptions(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain(want);
      expect(parsed.message).toMatch(/[\u3040-\u30ff\u4e00-\u9faf].* \/ /);
    }
  });
});
