/**
 * Loads the implementation of a command that reads certificates with @peculiar/x509, whose dependency
 * injection (tsyringe) needs the Reflect polyfill installed before the library's code runs.
 * shared/pki/x509-library.ts imports the polyfill first, but the CLI is bundled in chunks
 * (scripts/build-cli.mjs) and esbuild's code splitting does not keep that order inside the chunk
 * holding the library (esbuild 0.28; upstream: evanw/esbuild#399). Loaded here, before the command's
 * chunk is imported at all, the polyfill runs first whatever the chunking.
 */
export async function loadX509Command<T>(load: () => Promise<T>): Promise<T> {
  await import('reflect-metadata');
  return load();
}
