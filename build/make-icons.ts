// Draws the app icon and writes build/icon.png (1024), build/icon-256.png, build/icon.ico (Windows)
// and build/icon.icns (macOS). Run: npx tsx build/make-icons.ts. electron-builder could convert the
// PNG itself, but Electron Packager (electron-forge package) needs .ico and .icns ready-made.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawIcon } from './icon/draw-icon';
import { encodeIcns, encodeIco, type IconImage } from './icon/icon-containers';
import { encodePng } from './icon/png';

const image = (size: number): IconImage => ({ size, png: encodePng(size, size, drawIcon(size)) });
const out = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

const big = image(1024);
const medium = image(256);
writeFileSync(out('icon.png'), big.png);
writeFileSync(out('icon-256.png'), medium.png);
writeFileSync(out('icon.ico'), encodeIco([image(16), image(32), image(48), medium]));
writeFileSync(out('icon.icns'), encodeIcns([image(128), medium, image(512), big]));
process.stdout.write('build/icon.png, icon-256.png, icon.ico, icon.icns written\n');
