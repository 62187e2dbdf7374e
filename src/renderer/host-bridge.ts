/**
 * Loaded only by the headless host (never in Electron, where preload provides window.kassa): the same
 * bridge, calling the host over HTTP with the token from the URL fragment.
 */
import '../shared/zod-jitless.ts';
import { buildBridge, type EventName } from '../shared/ipc/contract.ts';
import type { Result } from '../shared/errors.ts';

const tokenKey = 'kassa-host-token';
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) {
  sessionStorage.setItem(tokenKey, fromHash);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem(tokenKey) ?? '';
const windowKind = location.pathname.split('/').filter(Boolean)[0] ?? 'till';

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'Kassa is not answering. Check that the host is still running.' },
};

async function invoke(channel: string, request: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-kassa-window': windowKind,
      },
      body: JSON.stringify(request),
    });
    return response.ok ? ((await response.json()) as Result<unknown>) : unreachable;
  } catch {
    return unreachable;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();
let source: EventSource | null = null;

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  source ??= new EventSource(`/events?token=${encodeURIComponent(token)}`);
  let set = listeners.get(event);
  if (!set) {
    const fresh = new Set<(payload: unknown) => void>();
    listeners.set(event, fresh);
    source.addEventListener(event, (e) => {
      const payload: unknown = JSON.parse((e as MessageEvent<string>).data);
      for (const l of fresh) l(payload);
    });
    set = fresh;
  }
  set.add(listener);
  return () => set.delete(listener);
}

Object.defineProperty(window, 'kassa', {
  value: Object.freeze(buildBridge(invoke, subscribe)),
  writable: false,
});
