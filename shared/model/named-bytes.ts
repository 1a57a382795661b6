/** A file as the app moves it around: its base name and its bytes (never a path). */
export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}
