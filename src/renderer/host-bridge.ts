/**
 * Loaded only by the headless host (never in Electron, where preload provides window.kassa): the same
 * bridge, calling the host over HTTP with the token from the URL fragment.
 */
import '../shared/zod-jitless.ts';
import { buildBridge, type EventName } from '../shared/ipc/contract.ts';
import type { Result } from '../shared/errors.ts';
import { t } from '../shared/i18n/translate.ts';
import { hostChangedEvent } from './shared/host-changed.ts';

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
  error: { code: 'internal', message: t('host.unreachable') },
};

/*
 * The host answers 401 when it was restarted: a new run has a new token, and this tab still carries the old one.
 * Nothing here can learn the new token (that is the point of it), so the tab says what happened and where to
 * open the till again, and the windows stop offering a Try again that cannot work.
 */
const restarted: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: t('host.restarted') },
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
    if (response.status === 401) {
      window.dispatchEvent(new Event(hostChangedEvent));
      return restarted;
    }
    return response.ok ? ((await response.json()) as Result<unknown>) : unreachable;
  } catch {
    return unreachable;
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>();
let source: EventSource | null = null;

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!source) {
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    // The event stream broke (the host stopped, or restarted): one call tells a restart with a new token, which
    // the stream's own reconnecting never would, from a host that is only away for a moment.
    source.addEventListener('error', () => void invoke('store.info', {}));
  }
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
