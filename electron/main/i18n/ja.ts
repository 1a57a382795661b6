/**
 * Japanese texts of the main process: the application menu and the native dialogs (titles, buttons,
 * file-type filters). Japanese is the default. `{name}` placeholders are filled by `formatMessage`;
 * en.ts must have the same keys and placeholders (test/unit/electron/main/i18n checks both).
 */
export const ja = {
  'menu.file': 'ファイル',
  'menu.openList': 'TSVを開く…',
  'menu.openCertificates': '証明書ファイルを開く…',
  'menu.export': '書き出し…',
  'menu.quit': '終了',
  'menu.close': 'ウインドウを閉じる',
  'menu.edit': '編集',
  'menu.undo': '取り消す',
  'menu.redo': 'やり直す',
  'menu.cut': '切り取り',
  'menu.copy': 'コピー',
  'menu.paste': '貼り付け',
  'menu.selectAll': 'すべてを選択',
  'menu.view': '表示',
  'menu.focusFilter': 'フィルタへ移動',
  // The language menu names itself in both languages, so either reader finds it.
  'menu.language': '言語 (Language)',
  // Each language is named in itself, in both catalogues.
  'menu.languageJapanese': '日本語',
  'menu.languageEnglish': 'English',
  'menu.resetZoom': '実際のサイズ',
  'menu.zoomIn': '拡大',
  'menu.zoomOut': '縮小',
  'menu.fullScreen': 'フルスクリーン',
  'menu.devTools': '開発者ツール',
  'menu.reload': '再読み込み',
  'menu.help': 'ヘルプ',
  'menu.about': 'このアプリについて',
  'menu.services': 'サービス',
  'menu.hide': '隠す',
  'menu.hideOthers': 'ほかを隠す',
  'menu.showAll': 'すべてを表示',
  'menu.window': 'ウインドウ',
  'menu.minimize': '最小化',

  'dialog.openList': 'TSVを開く',
  'dialog.openCertificates': '証明書ファイルを開く',
  'dialog.openPrivateKey': '秘密鍵ファイルを開く',
  'dialog.openCsr': 'CSRファイルを開く',
  'dialog.openCrl': 'CRLファイルを開く',
  'dialog.openCa': 'CA証明書ファイルを開く',
  'dialog.openRequest': '申請ファイルを開く',
  'dialog.save': '保存',
  'dialog.chooseFolder': '書き出し先のフォルダーを選ぶ',
  'dialog.exportHere': 'このフォルダーに書き出す',

  'filter.allFiles': 'すべてのファイル',
  'filter.certificates': '証明書',
  'filter.certificateList': '証明書一覧 (TSV)',
  'filter.privateKey': '秘密鍵',
  'filter.csr': '証明書署名要求 (CSR)',
  'filter.crl': '失効リスト (CRL)',
  'filter.certificatePem': '証明書 (PEM)',
  'filter.certificateDer': '証明書 (DER)',
  'filter.chain': '証明書チェーン (PEM)',
  'filter.pkcs7': 'PKCS#7',
  'filter.csv': 'CSV',
  'filter.text': 'テキスト',
  'filter.calendar': 'iCalendar（カレンダー）',
  'filter.request': '申請ファイル (TSV)',
} as const;

/** Every main-process text key. */
export type MessageKey = keyof typeof ja;

/** A full catalogue: one text per key. */
export type Messages = { readonly [K in MessageKey]: string };
