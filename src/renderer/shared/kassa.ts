/*
 * The windows' one way to call main: `window.kassa` (from the preload in Electron, host-bridge.js in the
 * headless host), looked up on each use, since the bridge is installed by a script that runs before the
 * window's own. A failure arrives as a code with a catalog key and values, contract refusals included (the
 * dispatcher's fromZod), and a window says it with `errorText` in its display language.
 */
import type { KassaBridge } from '../../shared/ipc/contract.ts';

export const kassa = new Proxy({} as KassaBridge, {
  get: (_target, key) =>
    typeof key === 'string' ? (window.kassa as unknown as Record<string, unknown>)[key] : undefined,
});
