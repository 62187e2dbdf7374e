/**
 * The two Electron IPC channel names between preload and main. Every contract channel travels through
 * `invoke` (its name is an argument), so main checks the sender in exactly one place; events from main
 * arrive on `event`. Preload and main both import these, so they cannot drift apart.
 */
export const wire = {
  invoke: 'kassa:invoke',
  event: 'kassa:event',
} as const;
