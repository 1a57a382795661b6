import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadConfigFromFile, mergeConfig, type ConfigEnv, type UserConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Forge's renderer entry name ('main_window'), from the env its Vite plugin passes. */
function rendererName(env: ConfigEnv): string {
  const self: unknown = (env as ConfigEnv & { forgeConfigSelf?: unknown }).forgeConfigSelf;
  const name = typeof self === 'object' && self !== null && 'name' in self ? self.name : undefined;
  return typeof name === 'string' && name !== '' ? name : 'main_window';
}

/**
 * The renderer build for Electron: exactly the web build (vite.config.ts, owned by the renderer),
 * written where Forge packages and main.ts serves it (.vite/renderer/<name>, as app://bundle/).
 */
export default defineConfig(async (env): Promise<UserConfig> => {
  const web = await loadConfigFromFile(env, resolve(projectRoot, 'vite.config.ts'), projectRoot);
  return mergeConfig(web?.config ?? {}, {
    base: './',
    build: { outDir: resolve(projectRoot, '.vite', 'renderer', rendererName(env)), emptyOutDir: true, sourcemap: false },
  });
});
