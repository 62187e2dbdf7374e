import type * as ContractModule from '../../../shared/ipc/contract.ts';

export type Contract = typeof ContractModule;

let loaded: Contract | undefined;
let loading: Promise<Contract> | undefined;

/**
 * The IPC contract, loaded the first time a window calls (or when the core, once started, has a moment).
 * Its modules build a few thousand zod schemas; building them at import was most of the core's cold start
 * (bench `cold_start`), and none is needed before the till's first call. Validation is unchanged: the
 * dispatcher awaits this before it looks at a payload, so a channel's first call is checked like any other.
 * In the bundled main process this `import()` is a chunk of its own, evaluated only here.
 */
export function loadContract(): Promise<Contract> {
  return (loading ??= import('../../../shared/ipc/contract.ts').then((module) => (loaded = module)));
}

/** The contract if it is loaded already: for code that runs only after a call was validated. */
export function loadedContract(): Contract {
  if (!loaded) throw new Error('The IPC contract is read before any call was dispatched.');
  return loaded;
}
