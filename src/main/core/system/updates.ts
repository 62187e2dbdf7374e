import type { UpdateBlocker, UpdateStatus } from '../../../shared/ipc/system.ts';

/**
 * Something that must be finished before Kassa may install an update: answers why not now (a code the
 * till's header words in its language after "waits until"), or null. Card payments register one; a shift (when there
 * are shifts) registers its own: an update never installs in the middle of either.
 */
export type InstallBlocker = () => UpdateBlocker | null;

/**
 * What the app's updater found, and whether it may install now. The updater itself lives in the Electron
 * app (electron-updater); the core decides when installing is safe, because only the core knows the till's
 * state, and tells every till window through `updates.changed`.
 */
export function createUpdates(emit: (status: UpdateStatus) => void) {
  const blockers = new Map<string, InstallBlocker>();
  let found: Pick<UpdateStatus, 'state' | 'version'> = { state: 'none', version: null };
  const waitingFor = (): UpdateBlocker[] =>
    [...blockers.values()]
      .map((blocker) => blocker())
      .filter((reason): reason is UpdateBlocker => reason !== null);
  const status = (): UpdateStatus => ({ ...found, waitingFor: found.state === 'none' ? [] : waitingFor() });
  return {
    /** Registers a blocker; returns the function that removes it. */
    addBlocker(name: string, blocker: InstallBlocker): () => void {
      blockers.set(name, blocker);
      return () => void blockers.delete(name);
    },
    /** True when nothing in progress stands in the way of installing. */
    mayInstall: (): boolean => waitingFor().length === 0,
    status,
    /** The app's updater reports what it found: nothing, a download under way, or one ready to install. */
    found(state: UpdateStatus['state'], version: string | null): void {
      found = { state, version: state === 'none' ? null : version };
      emit(status());
    },
    /** Something a blocker looks at changed (a payment started or ended): the header follows. */
    refresh(): void {
      if (found.state !== 'none') emit(status());
    },
  };
}

export type Updates = ReturnType<typeof createUpdates>;
