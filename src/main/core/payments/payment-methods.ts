import type { Db } from '../db/connection.ts';
import type { PaymentMethod } from '../../../shared/ipc/store.ts';

export interface PaymentMethodRecord extends PaymentMethod {
  /** Reader or terminal serial number for terminal methods. */
  terminalRef: string | null;
  profileId: string | null;
  active: boolean;
}

interface Row {
  id: string;
  name: string;
  journal: 'cash' | 'bank';
  terminal: PaymentMethod['terminal'];
  terminal_ref: string | null;
  profile_id: string | null;
  identify_customer: number;
  active: number;
  position: number;
}

const toRecord = (r: Row): PaymentMethodRecord => ({
  id: r.id,
  name: r.name,
  journal: r.journal,
  terminal: r.terminal,
  terminalRef: r.terminal_ref,
  profileId: r.profile_id,
  identifyCustomer: r.identify_customer === 1,
  active: r.active === 1,
  position: r.position,
});

export const toPaymentMethod = (m: PaymentMethodRecord): PaymentMethod => ({
  id: m.id,
  name: m.name,
  journal: m.journal,
  terminal: m.terminal,
  identifyCustomer: m.identifyCustomer,
  position: m.position,
});

export function createPaymentMethodRepo(db: Db) {
  const active = db.prepare<[], Row>(
    'SELECT * FROM payment_methods WHERE active = 1 ORDER BY position, name',
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM payment_methods WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, profile_id, identify_customer, active, position)
     VALUES (@id, @name, @journal, @terminal, @terminalRef, @profileId, @identifyCustomer, @active, @position)`,
  );
  return {
    active: (): PaymentMethodRecord[] => active.all().map(toRecord),
    get(id: string): PaymentMethodRecord | null {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    insert: (m: PaymentMethodRecord) =>
      insert.run({ ...m, identifyCustomer: m.identifyCustomer ? 1 : 0, active: m.active ? 1 : 0 }),
  };
}

export type PaymentMethodRepo = ReturnType<typeof createPaymentMethodRepo>;
