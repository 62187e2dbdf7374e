import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { WindowKind } from '../../shared/ipc/channel.ts';
import type { Result } from '../../shared/errors.ts';
import type { KassaCore } from '../core/kassa-core.ts';
import type { Logger } from '../core/logger.ts';
import { wire } from '../../preload/wire.ts';
import type { AppPages } from './app-pages.ts';
import type { Windows } from './windows.ts';

export interface IpcOptions {
  core: Pick<KassaCore, 'dispatch' | 'subscribe'>;
  windows: Pick<Windows, 'kindOf' | 'send'>;
  pages: AppPages;
  log: Logger;
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from a Kassa window, so it was refused.' },
};

const failed: Result<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Something went wrong inside Kassa; nothing was changed. Try again, and call IT if it persists.',
  },
};

/**
 * Connects the windows to the core. One Electron handler carries every contract channel (the channel name
 * is its first argument) instead of one handler per channel: the sender check then exists once and
 * cannot be forgotten for a new channel, and an unknown name gets the core's `unknown_channel` answer
 * rather than an exception. The renderer always receives a Result, never a thrown error.
 * Returns a function that disconnects both directions (used when the app quits).
 */
export function connectWindowsToCore(options: IpcOptions): () => void {
  const { core, windows, pages, log } = options;

  ipcMain.handle(wire.invoke, async (event: IpcMainInvokeEvent, channel: unknown, payload: unknown) => {
    const named = String(channel).slice(0, 80);
    const window = callerWindow(event, windows, pages);
    if (!window) {
      log.warn('ipc.sender_refused', { channel: named, url: event.senderFrame?.url ?? null });
      return forbidden;
    }
    try {
      return await core.dispatch(typeof channel === 'string' ? channel : '', payload, { window });
    } catch (error) {
      log.error('ipc.dispatch_failed', { channel: named, error: String(error) });
      return failed;
    }
  });

  const unsubscribe = core.subscribe((name, payload) => windows.send(wire.event, name, payload));

  return () => {
    ipcMain.removeHandler(wire.invoke);
    unsubscribe();
  };
}

/**
 * The kind of window that made the call, or null when the caller is not to be trusted: the message must
 * come from the main frame (not an iframe) of one of our windows, currently showing one of our pages.
 */
function callerWindow(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  windows: Pick<Windows, 'kindOf'>,
  pages: AppPages,
): WindowKind | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return null;
  if (!pages.isOwn(frame.url)) return null;
  return windows.kindOf(event.sender);
}
