/** What `npm start` was asked to do. */
export interface StartOptions {
  /** The file to open instead of the demo, as given (resolved later), or null. */
  readonly file: string | null;
  /** The port for the Chrome fallback; 0 lets the OS choose. */
  readonly port: number;
  /** Skip Electron even when its binary is there. */
  readonly forceWeb: boolean;
  readonly help: boolean;
}

/** The port used when none is given (Vite's usual one). */
export const DEFAULT_PORT = 5173;

/** Parsed options, or a message (Japanese / English) saying what is wrong with the arguments. */
export type ParsedStartOptions = { readonly ok: true; readonly options: StartOptions } | { readonly ok: false; readonly message: string };

/** Parses `npm start -- [--port N] [--web] [file]`. */
export function parseStartOptions(args: readonly string[]): ParsedStartOptions {
  let file: string | null = null;
  let port = DEFAULT_PORT;
  let forceWeb = false;
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const portValue = arg === '--port' ? args[++index] : arg.startsWith('--port=') ? arg.slice('--port='.length) : undefined;
    if (arg === '--port' || arg.startsWith('--port=')) {
      const parsed = portValue !== undefined && /^\d{1,5}$/.test(portValue) ? Number(portValue) : NaN;
      if (!(parsed >= 0 && parsed <= 65535)) return { ok: false, message: `--port には 0〜65535 の数を指定してください / --port needs a number from 0 to 65535 (got ${portValue ?? 'nothing'})` };
      port = parsed;
    } else if (arg === '--web') {
      forceWeb = true;
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg.startsWith('-')) {
      return { ok: false, message: `不明なオプションです / Unknown option: ${arg}` };
    } else if (file === null) {
      file = arg;
    } else {
      return { ok: false, message: `開けるファイルは 1 つだけです / Only one file can be given (got "${file}" and "${arg}")` };
    }
  }
  return { ok: true, options: { file, port, forceWeb, help } };
}

/** The usage text of `npm start`. */
export const START_USAGE = [
  '使い方 / Usage: npm start -- [--port N] [--web] [path/to/serverAll.tsv]',
  '  ファイルを省略するとデモファイルを開きます / Without a file, the demo file opens.',
  '  --web   Electron があっても Chrome 用の画面を配信します / Serve the Chrome page even when Electron is installed.',
  '  --port  Chrome 用の画面のポート（既定 5173、0 で自動）/ Port of the Chrome page (default 5173, 0 = any free port).',
].join('\n');
