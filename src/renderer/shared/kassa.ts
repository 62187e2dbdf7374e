/*
 * The windows' one way to call main: `window.kassa` (from the preload in Electron, host-bridge.js in the
 * headless host) with every failure put in words a person can act on (see user-error.ts). Built on first use,
 * since the bridge is installed by a script that runs before the window's own.
 */
import type { Result } from '../../shared/errors.ts';
import type { KassaBridge } from '../../shared/ipc/contract.ts';
import { inUserWords } from './user-error.ts';

type Call = (request: unknown) => Promise<Result<unknown>>;

let wrapped: Record<string, unknown> | null = null;

function bridge(): Record<string, unknown> {
  if (wrapped) return wrapped;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(window.kassa as unknown as Record<string, unknown>)) {
    if (typeof value === 'function') {
      out[name] = value;
      continue;
    }
    const group: Record<string, Call> = {};
    for (const [method, call] of Object.entries(value as Record<string, Call>)) {
      group[method] = async (request) => {
        const result = await call(request);
        return result.ok ? result : { ok: false, error: inUserWords(result.error) };
      };
    }
    out[name] = group;
  }
  wrapped = out;
  return out;
}

export const kassa = new Proxy({} as KassaBridge, {
  get: (_target, key) => (typeof key === 'string' ? bridge()[key] : undefined),
});
