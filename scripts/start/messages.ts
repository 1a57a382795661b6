/** Every line `npm start` prints, Japanese first, then English. */
export const START_MESSAGES = {
  electronUnavailable:
    'Electron を起動できません（このマシンには Electron 本体がありません）。同じ画面を Chrome 用に配信します / Electron is unavailable here (no Electron binary on this machine); serving the same UI for Chrome instead.',
  webRequested: 'Electron を使わず、Chrome 用の画面を配信します（--web）/ Serving the Chrome page instead of Electron (--web).',
  startingElectron: 'Electron でアプリを起動します / Starting the app in Electron…',
  building: 'Chrome 用の画面をビルドしています（npm run build:web）… / Building the Chrome page (npm run build:web)…',
  buildFailed: 'Chrome 用の画面をビルドできませんでした / Could not build the Chrome page:',
  buildMissing: 'ビルド後も dist/web/index.html がありません / dist/web/index.html is still missing after the build.',
  stop: '終了するには Ctrl+C / Press Ctrl+C to stop.',
  noDemo: 'デモファイル demo/serverAll.tsv がありません。画面でファイルを開いてください / The demo file demo/serverAll.tsv is missing; open a file in the page.',
} as const;

/** The line with the address to open. */
export function urlLine(url: string): string {
  return `Chrome で開いてください / Open in Chrome: ${url}`;
}

/** The line naming the file the page opens with. */
export function launchFileLine(name: string, isDemo: boolean): string {
  return isDemo ? `デモファイルを開きます / Opening the demo file: ${name}` : `ファイルを開きます / Opening: ${name}`;
}

/** The line for a failure that stops `npm start` (never a stack trace). */
export function failureLine(reason: string): string {
  return `起動できませんでした / Could not start: ${reason}`;
}
