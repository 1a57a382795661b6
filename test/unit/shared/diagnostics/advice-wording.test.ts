import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file below a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

// The controls of the front ends: the desktop app's buttons and the CLI's options. Shared advice says
// what to do and sets the finding's `action`; each front end words its own control for that step.
const CONTROL_WORDS = /CA ファイルを追加|Add CA file|ボタン|\bbutton\b|--ca\b|--passphrase-env|--key\b|--host\b|をクリック|\bclick\b/i;

describe('shared messages', () => {
  it('never name a control of one front end', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ file, line: index + 1, text: line }))
        .filter(({ text }) => !/^\s*(\/\/|\*|\/\*\*)/.test(text) && CONTROL_WORDS.test(text))
        .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
