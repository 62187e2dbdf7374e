import { createContext, useContext } from 'react';
import type { Translator } from '../../shared/i18n/translate.ts';
import type { PaymentMethod, StoreInfo } from '../../shared/ipc/store.ts';
import type { Formatters } from '../shared/formatters.ts';

/** What every part of the till reads and never changes: the store, its payment methods, its formats. */
export interface TillSetup {
  store: StoreInfo;
  /** Active methods (cash, card on a reader, …) in the order of the payment screen. */
  methods: readonly PaymentMethod[];
  format: Formatters;
  /** The receipt's words: in the store's language (from its locale), whatever the screens speak. */
  receipt: Translator;
}

export const TillSetupContext = createContext<TillSetup | null>(null);

export function useTillSetup(): TillSetup {
  const setup = useContext(TillSetupContext);
  if (!setup) throw new Error('useTillSetup is used outside the till');
  return setup;
}
