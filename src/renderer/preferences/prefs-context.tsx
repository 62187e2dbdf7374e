import { createContext, useContext } from 'react';
import type { SignedIn } from '../../shared/ipc/staff.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import type { Formatters } from '../shared/formatters.ts';
import type { SectionId } from './sections.ts';

/** What every section reads: the store, its formats, the owner who unlocked the window, and the way around. */
export interface PrefsSetup {
  store: StoreInfo;
  format: Formatters;
  owner: SignedIn;
  /** Opens another section, e.g. "change the currency in Store". */
  go: (section: SectionId) => void;
  /** Saved store settings change the formats: read the store again. */
  reloadStore: () => void;
}

export const PrefsContext = createContext<PrefsSetup | null>(null);

export function usePrefs(): PrefsSetup {
  const setup = useContext(PrefsContext);
  if (!setup) throw new Error('usePrefs is used outside the preferences window');
  return setup;
}
