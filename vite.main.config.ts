import { defineConfig } from 'vite';

// The main process bundle (Forge's Vite plugin adds the entry, CommonJS output and externals).
// Electron 45 runs Node 22; no source maps ship.
export default defineConfig({
  build: {
    target: 'node22',
    sourcemap: false,
  },
});
