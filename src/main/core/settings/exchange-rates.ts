import type { ExchangeRate } from '../../../shared/ipc/preferences.ts';
import type { Db } from '../db/connection.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

interface RateRow {
  currency: string;
  rate: string;
  date: string;
  updated_at: number;
}

const toRate = (r: RateRow): ExchangeRate => ({
  currency: r.currency,
  rate: r.rate,
  date: r.date,
  updatedAt: r.updated_at,
});

/** "001.50" and "1.5" are the same rate: stored without padding so comparisons and receipts read cleanly. */
export function normaliseRate(rate: string): string {
  const [whole = '0', fraction = ''] = rate.split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  return f === '' ? w : `${w}.${f}`;
}

/** Exchange rates (STO-3): units of a currency per one unit of the store currency, exact decimals. */
export function createExchangeRates(db: Db, audit: AuditLog, now: () => number, storeCurrency: () => string) {
  const all = db.prepare<[], RateRow>('SELECT * FROM exchange_rates ORDER BY date DESC, currency');
  const byCurrency = db.prepare<[string], RateRow>('SELECT * FROM exchange_rates WHERE currency = ?');
  const upsert = db.prepare<[string, string, string, number]>(
    `INSERT INTO exchange_rates (currency, rate, date, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (currency) DO UPDATE SET rate = excluded.rate, date = excluded.date, updated_at = excluded.updated_at`,
  );
  return {
    list: (): ExchangeRate[] => all.all().map(toRate),
    get(currency: string): ExchangeRate | null {
      const row = byCurrency.get(currency);
      return row ? toRate(row) : null;
    },
    save(input: { currency: string; rate: string; date: string }, actor: string | null): ExchangeRate {
      if (input.currency === storeCurrency())
        throw translatedError(
          'invalid_request',
          'err.rates.storeCurrency',
          { currency: input.currency },
          'currency',
        );
      return db.transaction(() => {
        const before = byCurrency.get(input.currency);
        upsert.run(input.currency, normaliseRate(input.rate), input.date, now());
        const after = toRate(byCurrency.get(input.currency)!);
        audit.record({
          action: 'settings.exchange_rate_saved',
          subject: input.currency,
          actor: actor ?? undefined,
          details: {
            old: before ? { rate: before.rate, date: before.date } : null,
            new: { rate: after.rate, date: after.date },
          },
        });
        return after;
      })();
    },
    remove(currency: string, actor: string): void {
      db.transaction(() => {
        const before = byCurrency.get(currency);
        if (!before) throw translatedError('not_found', 'err.rates.none', { currency }, 'currency');
        db.prepare('DELETE FROM exchange_rates WHERE currency = ?').run(currency);
        audit.record({
          action: 'settings.exchange_rate_removed',
          subject: currency,
          actor,
          details: { old: { rate: before.rate, date: before.date } },
        });
      })();
    },
  };
}

export type ExchangeRates = ReturnType<typeof createExchangeRates>;
