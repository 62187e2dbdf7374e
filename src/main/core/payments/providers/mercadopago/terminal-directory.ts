import { ProviderError } from '../../terminal-provider.ts';
import type { MercadoPagoClient } from './client.ts';
import { valueOf } from './provider-errors.ts';
import { matchTerminal, terminalSerial } from './terminals.ts';
import type { MercadoPagoTerminal } from './wire.ts';

/**
 * The account's Point terminals as Kassa knows them (MP-2, MP-3). Payment methods name a terminal by the
 * serial on its label; the full id is looked up once and cached, together with its operating mode, so a
 * payment costs no extra request. The list is read again whenever the cached answer could be stale: a
 * terminal not found, not in PDV mode, or refused by Mercado Pago for its mode.
 */
export interface MercadoPagoTerminalDirectory {
  /** Every terminal of the account, read fresh. */
  list(): Promise<MercadoPagoTerminal[]>;
  /** The terminal for a serial (or full id), from the cache unless `fresh`. Throws a ProviderError. */
  resolve(serialOrId: string, options?: { fresh?: boolean }): Promise<MercadoPagoTerminal>;
  /** PATCH setup to PDV. The terminal must be restarted before it takes payments from Kassa. */
  setIntegratedMode(terminalId: string): Promise<MercadoPagoTerminal>;
}

export function createTerminalDirectory(client: MercadoPagoClient): MercadoPagoTerminalDirectory {
  let cached: MercadoPagoTerminal[] | null = null;

  async function list(): Promise<MercadoPagoTerminal[]> {
    cached = valueOf(await client.listAllTerminals());
    return cached;
  }

  return {
    list,
    async resolve(serialOrId, options = {}) {
      const fromCache = !options.fresh && cached !== null ? matchTerminal(cached, serialOrId) : null;
      if (fromCache?.ok) return fromCache.value;
      const matched = matchTerminal(await list(), serialOrId);
      if (!matched.ok) {
        throw new ProviderError('terminal_not_found', matched.error.message, {
          retryable: false,
          maybeApplied: false,
        });
      }
      return matched.value;
    },
    async setIntegratedMode(terminalId) {
      const changed = valueOf(await client.setOperatingMode(terminalId, 'PDV'));
      const terminals = cached ?? (await list());
      const known = terminals.find((t) => t.id === changed.id);
      if (known) known.operating_mode = changed.operating_mode;
      return known ?? { id: changed.id, operating_mode: changed.operating_mode };
    },
  };
}

/** Plain words for a terminal that cannot take payments from Kassa in its current mode. */
export function notIntegratedMessage(terminal: MercadoPagoTerminal): string {
  const serial = terminalSerial(terminal.id);
  return terminal.operating_mode === 'STANDALONE'
    ? `Terminal ${serial} is in standalone mode. Switch it to integrated (PDV) mode in Kassa, then restart the terminal.`
    : `Mercado Pago does not know which mode terminal ${serial} is in. Switch it to integrated (PDV) mode in Kassa, then restart the terminal.`;
}
