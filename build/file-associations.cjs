// The file types the installed app opens (double-click, "Open with"), shared by the installer
// configuration. role Viewer: the app reads these files and never edits them.
/** @type {import('electron-builder').FileAssociation[]} */
module.exports = [
  {
    ext: 'tsv',
    name: 'UPKI certificate list',
    description: 'UPKI 証明書一覧 (serverAll.tsv) / UPKI certificate list',
    mimeType: 'text/tab-separated-values',
    role: 'Viewer',
    rank: 'Alternate',
  },
  {
    ext: ['crt', 'cer'],
    name: 'X.509 certificate',
    description: 'X.509 サーバー証明書 / X.509 certificate',
    mimeType: 'application/pkix-cert',
    role: 'Viewer',
    rank: 'Alternate',
  },
  {
    ext: 'pem',
    name: 'PEM certificate',
    description: 'PEM 形式の証明書 / PEM certificate',
    mimeType: 'application/x-pem-file',
    role: 'Viewer',
    rank: 'Alternate',
  },
];
