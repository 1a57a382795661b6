// electron-builder makes the installers from the app Electron Forge packaged (`npm run make:installers`
// runs `electron-forge package` and then `electron-builder --prepackaged`). Forge owns the build, asar
// and fuses; this file owns installers, file associations and macOS signing settings. No auto-update
// and no publishing: the app never talks to the network.
const { version } = require('../package.json');
const fileAssociations = require('./file-associations.cjs');

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'jp.upki-tsv-viewer.desktop',
  productName: 'UPKI TSV Viewer',
  executableName: 'upki-tsv-viewer',
  copyright: 'MIT License',
  buildVersion: version,
  directories: { output: 'out/installers', buildResources: 'build' },
  // Used when electron-builder packs by itself (without --prepackaged): only the Vite output, no
  // sources, tests, fixtures or source maps.
  files: ['package.json', '.vite/build/**', '.vite/renderer/**', '!**/*.map', '!**/test/**', '!**/fixtures/**'],
  extraResources: [{ from: 'demo/serverAll.tsv', to: 'serverAll.tsv' }],
  asar: true,
  npmRebuild: false,
  publish: null,
  fileAssociations,
  // Same fuses as forge.config.ts, for installers built without Forge.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    icon: 'build/icon.ico',
    target: [
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  // Per-user install: no administrator rights needed (registration staff rarely have them).
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'UPKI TSV Viewer',
    multiLanguageInstaller: true,
    installerLanguages: ['ja_JP', 'en_US'],
    artifactName: 'UPKI-TSV-Viewer-Setup-${version}-${arch}.${ext}',
  },
  portable: { artifactName: 'UPKI-TSV-Viewer-Portable-${version}.${ext}' },
  mac: {
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
    target: [
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ],
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: { artifactName: 'UPKI-TSV-Viewer-${version}-${arch}.${ext}' },
};
