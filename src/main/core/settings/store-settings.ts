import { z } from 'zod';
import type { Db } from '../db/connection.ts';

/** The store's business settings. They live in SQLite (not electron-store) so they are part of every backup. */
export const storeSettings = z.object({
  name: z.string().min(1).max(80),
  country: z.string().regex(/^[A-Z]{2}$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
  locale: z.string().min(2).max(35),
  pricesIncludeTax: z.boolean(),
  cashRoundingIncrement: z.number().int().positive(),
});
export type StoreSettings = z.infer<typeof storeSettings>;

export function createSettingsRepo(db: Db) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM store_settings WHERE key = ?');
  const write = db.prepare<[string, string]>(
    'INSERT INTO store_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get<T>(key: string, schema: z.ZodType<T>): T | null {
      const row = read.get(key);
      return row ? schema.parse(JSON.parse(row.value)) : null;
    },
    set(key: string, value: unknown): void {
      write.run(key, JSON.stringify(value));
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
