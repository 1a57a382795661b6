/**
 * The slice of papaparse that split-tab-lines.ts uses, declared here because @types/papaparse pulls in
 * the Node type library (`/// <reference types="node" />`), which would let Buffer and friends compile in
 * shared/. Importing the package's file by path keeps those types out of tsconfig.shared.json; the
 * minified file is the package's own "browser" build, the one without a `require('stream')`.
 */
declare module 'papaparse/papaparse.min.js' {
  interface FastModeConfig {
    delimiter: string;
    newline: '\n' | '\r\n' | '\r';
    fastMode: boolean;
    header: false;
    dynamicTyping: false;
    skipEmptyLines: false;
    comments: false;
  }
  interface ParseResult {
    data: string[][];
  }
  const Papa: { parse(input: string, config: FastModeConfig): ParseResult };
  export default Papa;
}
