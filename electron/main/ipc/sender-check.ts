import { originOf } from '../security/app-origin';

/** The part of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

/** The part of Electron's IpcMainInvokeEvent the handlers read (the real event fits). */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  /** Null when the frame navigated away or was destroyed before the message was handled. */
  readonly senderFrame: FrameLike | null;
}

/** Who may call the host: the main frame of our own window, showing our own origin. */
export interface SenderPolicy {
  /** The app origin (`app://bundle`, or the dev server's origin when unpackaged). */
  readonly appOrigin: string;
  /** True when the webContents id is our main window's. */
  isAppWebContents(id: number): boolean;
}

/**
 * True when an IPC message comes from the top frame of the app's own window and that frame shows the
 * app's origin. Sub-frames, other windows and other origins are refused (they could only get there
 * through a bug, but then they must not reach the file system).
 */
export function isTrustedSender(event: InvokeEventLike, policy: SenderPolicy): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  if (!policy.isAppWebContents(event.sender.id)) return false;
  return originOf(frame.url) === policy.appOrigin;
}
