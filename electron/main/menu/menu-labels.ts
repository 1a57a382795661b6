import type { Lang } from '../../../shared/model/localized-text';

/** Every label of the application menu, by language. */
export interface MenuLabels {
  readonly file: string;
  readonly openList: string;
  readonly openCertificates: string;
  readonly export: string;
  readonly quit: string;
  readonly close: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly view: string;
  readonly focusFilter: string;
  readonly language: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fullScreen: string;
  readonly devTools: string;
  readonly reload: string;
  readonly help: string;
  readonly about: string;
  readonly services: string;
  readonly hide: string;
  readonly hideOthers: string;
  readonly showAll: string;
  readonly window: string;
  readonly minimize: string;
}

/** The menu labels in Japanese and English. The language item names itself in both, so either reader finds it. */
export const MENU_LABELS: { readonly [L in Lang]: MenuLabels } = {
  ja: {
    file: 'ファイル',
    openList: 'TSVを開く…',
    openCertificates: '証明書ファイルを開く…',
    export: '書き出し…',
    quit: '終了',
    close: 'ウインドウを閉じる',
    edit: '編集',
    undo: '取り消す',
    redo: 'やり直す',
    cut: '切り取り',
    copy: 'コピー',
    paste: '貼り付け',
    selectAll: 'すべてを選択',
    view: '表示',
    focusFilter: 'フィルタへ移動',
    language: '言語 (Language)',
    resetZoom: '実際のサイズ',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fullScreen: 'フルスクリーン',
    devTools: '開発者ツール',
    reload: '再読み込み',
    help: 'ヘルプ',
    about: 'このアプリについて',
    services: 'サービス',
    hide: '隠す',
    hideOthers: 'ほかを隠す',
    showAll: 'すべてを表示',
    window: 'ウインドウ',
    minimize: '最小化',
  },
  en: {
    file: 'File',
    openList: 'Open TSV…',
    openCertificates: 'Open Certificate Files…',
    export: 'Export…',
    quit: 'Quit',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    focusFilter: 'Go to Filter',
    language: 'Language (言語)',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    devTools: 'Developer Tools',
    reload: 'Reload',
    help: 'Help',
    about: 'About This App',
    services: 'Services',
    hide: 'Hide',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    window: 'Window',
    minimize: 'Minimize',
  },
};
