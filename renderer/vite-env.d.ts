/**
 * Module declarations for what Vite adds at build time, so tsconfig.renderer.json (types: []) knows them
 * without pulling in vite/client (which would also declare Node-only globals).
 */

declare module '*?worker&inline' {
  /** A constructor of the module worker whose code is inlined in the bundle (blob: or data: URL). */
  const WorkerFactory: new (options?: { name?: string }) => Worker;
  export default WorkerFactory;
}

declare module 'virtual:demo-file' {
  /** The bundled demo serverAll.tsv: its file name and bytes as base64, or null when the build had none. */
  export const demoFile: { readonly name: string; readonly base64: string } | null;
  /** The demo list's own throw-away CA (demo/demo-ca.pem), or null when the build had none. */
  export const demoCa: { readonly name: string; readonly base64: string } | null;
}

declare module '*.css';
