import type { KassaBridge } from '../shared/ipc/contract.ts';

declare global {
  interface Window {
    /** Provided by the preload script in Electron, and by host-bridge.js in the headless host. */
    readonly kassa: KassaBridge;
  }
}
