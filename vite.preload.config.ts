import { defineConfig } from 'vite';

// The preload bundle: one CommonJS file, because a sandboxed preload cannot load ES modules or other
// files (Forge's Vite plugin sets the format and entry). Electron 45 is Chromium 140.
export default defineConfig({
  build: {
    target: 'chrome140',
    sourcemap: false,
  },
});
