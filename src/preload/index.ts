/**
 * The preload of every Kassa window, bundled into one CommonJS file (out/preload/index.cjs) because a
 * sandboxed preload can load neither ES modules nor other files. It gives the page `window.kassa`, one
 * function per contract channel plus `on(event, listener)`, and nothing else: ipcRenderer itself and the
 * IPC event objects (which carry the sender) never cross into the page.
 */
import '../shared/zod-jitless.ts';
import { contextBridge, ipcRenderer } from 'electron';
import {
  buildBridge,
  channelNames,
  eventNames,
  type ChannelName,
  type EventName,
} from '../shared/ipc/contract.ts';
import type { Result } from '../shared/errors.ts';
import { wire } from './wire.ts';

const knownChannels = new Set<string>(channelNames);
const knownEvents = new Set<string>(eventNames);

async function invoke(channel: ChannelName, request: unknown): Promise<Result<unknown>> {
  if (!knownChannels.has(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `Kassa has no action called "${String(channel)}".` },
    };
  }
  try {
    return (await ipcRenderer.invoke(wire.invoke, channel, request)) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Kassa did not answer this window. Restart Kassa, and call IT if it persists.',
      },
    };
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();
let listening = false;

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!knownEvents.has(event) || typeof listener !== 'function') return () => undefined;
  if (!listening) {
    listening = true;
    ipcRenderer.on(wire.event, (_ipcEvent, name: unknown, payload: unknown) => {
      if (typeof name !== 'string' || !knownEvents.has(name)) return;
      for (const l of listeners.get(name) ?? []) {
        try {
          l(payload);
        } catch (error) {
          // One window's broken listener must not keep the others from hearing the event.
          console.error(error);
        }
      }
    });
  }
  let set = listeners.get(event);
  if (!set) listeners.set(event, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

contextBridge.exposeInMainWorld('kassa', buildBridge(invoke, subscribe));
