/**
 * Reads a secret from the terminal without echo: stdin is switched to raw mode so that typed
 * characters are never drawn, and restored before returning. Enter finishes; Backspace deletes;
 * Ctrl-C, Ctrl-D (on an empty line) and Esc give up. Only for a TTY stdin (see main.ts).
 */
export function promptSecret(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string | null> {
  return new Promise((resolve) => {
    let secret = '';
    const finish = (value: string | null) => {
      input.removeListener('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(secret);
        if (char === '\u0003' || char === '\u001b' || (char === '\u0004' && secret === '')) return finish(null);
        if (char === '\u007f' || char === '\b') secret = Array.from(secret).slice(0, -1).join('');
        else if (char >= ' ') secret += char;
      }
    };
    output.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}
