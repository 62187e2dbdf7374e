import type Database from 'better-sqlite3';
import { initialSchema } from './001-initial-schema.ts';
import { paymentAttempts } from './002-payment-attempts.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Append only. Each migration has its own test in test/integration/db. */
export const migrations: readonly Migration[] = [initialSchema, paymentAttempts];
