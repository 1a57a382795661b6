import type { OpenedFile } from '../../../shared/ipc/contract';
import type { KeyMatchResult } from '../../../shared/diagnostics/key-match';

/** Runs one comparison: gets a copy of the key file (it may transfer or zero it) and the passphrase, if any. */
export type KeyMatchRunner = (key: OpenedFile, passphrase: string | null) => Promise<KeyMatchResult>;

/** What one comparison gave, for the UI: the file's name, the verdict, and whether a passphrase is wanted. */
export interface KeyMatchOutcome {
  readonly fileName: string;
  readonly view: KeyMatchResult;
  readonly needsPassphrase: boolean;
}

// The findings after which the same bytes are tried again with a passphrase (shared/diagnostics/key-findings.ts).
const PASSPHRASE_CODES: ReadonlySet<string> = new Set(['key-passphrase-required', 'key-passphrase-wrong']);

/**
 * Holds the bytes of one key file outside React state, only as long as a passphrase may still be
 * typed for it. Each comparison sends a fresh copy (zeroed afterwards); the held bytes are zeroed as
 * soon as a verdict needs no passphrase, when another file is taken, and on close (unmount).
 */
export class KeyMatchSession {
  private held: { readonly name: string; readonly bytes: Uint8Array } | null = null;

  constructor(private readonly run: KeyMatchRunner) {}

  /** True while key bytes are held for a passphrase retry. */
  get isHolding(): boolean {
    return this.held !== null;
  }

  /** Takes ownership of `file.bytes` (zeroing any earlier file's) and compares it without a passphrase. */
  check(file: OpenedFile): Promise<KeyMatchOutcome> {
    this.close();
    this.held = { name: file.name, bytes: file.bytes };
    return this.runHeld(this.held, null);
  }

  /** Compares the held bytes again with `passphrase`; null when nothing is held any more. */
  retry(passphrase: string): Promise<KeyMatchOutcome> | null {
    return this.held ? this.runHeld(this.held, passphrase) : null;
  }

  /** Zeroes and forgets the held bytes. */
  close(): void {
    this.held?.bytes.fill(0);
    this.held = null;
  }

  private async runHeld(held: { readonly name: string; readonly bytes: Uint8Array }, passphrase: string | null): Promise<KeyMatchOutcome> {
    const copy = held.bytes.slice();
    let view: KeyMatchResult;
    try {
      view = await this.run({ name: held.name, bytes: copy }, passphrase);
    } catch (error) {
      if (this.held === held) this.close();
      throw error;
    } finally {
      // A transferred copy is detached (byteLength 0, and fill would throw); one that was copied instead is wiped here.
      if (copy.byteLength > 0) copy.fill(0);
    }
    const needsPassphrase = PASSPHRASE_CODES.has(view.finding.code);
    if (!needsPassphrase && this.held === held) this.close();
    return { fileName: held.name, view, needsPassphrase };
  }
}
