import type { Db } from '../db/connection.ts';
import type { PaymentMethod } from '../../../shared/ipc/store.ts';
import type { PaymentMethodConfig } from '../../../shared/ipc/payment-methods.ts';
import { defaultAccounts } from '../../../shared/ipc/constants.ts';
import { builtInProfileId } from '../../../shared/ipc/constants.ts';

export interface PaymentMethodRecord extends PaymentMethod {
  /** Reader or terminal serial number for terminal methods. */
  terminalRef: string | null;
  /** Stripe methods: the profile taking the payment; null is the built-in connection (demo or environment key). */
  profileId: string | null;
  active: boolean;
  /** Paid with a voucher (gift card): a return gives this money back as a voucher credit. */
  voucher: boolean;
  outstandingAccount?: string | null;
  intermediaryAccount?: string | null;
}

interface Row {
  id: string;
  name: string;
  journal: 'cash' | 'bank';
  terminal: PaymentMethod['terminal'];
  terminal_ref: string | null;
  profile_id: string | null;
  identify_customer: number;
  voucher: number;
  outstanding_account: string | null;
  intermediary_account: string | null;
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
  voucher: r.voucher === 1,
  active: r.active === 1,
  position: r.position,
  outstandingAccount: r.outstanding_account,
  intermediaryAccount: r.intermediary_account,
});

export const toPaymentMethod = (m: PaymentMethodRecord): PaymentMethod => ({
  id: m.id,
  name: m.name,
  journal: m.journal,
  terminal: m.terminal,
  identifyCustomer: m.identifyCustomer,
  position: m.position,
});

/** The accounts a payment by this method is posted to: its own, or the documented defaults (PREF-2). */
export function accountsOf(m: PaymentMethodRecord): PaymentMethodConfig['accounts'] {
  const outstanding = m.outstandingAccount ?? null;
  const intermediary = m.intermediaryAccount ?? null;
  return {
    outstanding: outstanding
      ? { code: outstanding, isDefault: false }
      : { code: defaultAccounts.outstanding[m.journal], isDefault: true },
    intermediary: intermediary
      ? { code: intermediary, isDefault: false }
      : { code: defaultAccounts.intermediary, isDefault: true },
  };
}

export const toPaymentMethodConfig = (m: PaymentMethodRecord): PaymentMethodConfig => ({
  id: m.id,
  name: m.name,
  journal: m.journal,
  terminal: m.terminal,
  terminalRef: m.terminalRef,
  profileId: m.terminal === 'stripe' ? (m.profileId ?? builtInProfileId) : null,
  identifyCustomer: m.identifyCustomer,
  voucher: m.voucher,
  outstandingAccount: m.outstandingAccount ?? null,
  intermediaryAccount: m.intermediaryAccount ?? null,
  accounts: accountsOf(m),
  active: m.active,
  position: m.position,
});

export function createPaymentMethodRepo(db: Db) {
  const active = db.prepare<[], Row>(
    'SELECT * FROM payment_methods WHERE active = 1 ORDER BY position, name',
  );
  const all = db.prepare<[], Row>('SELECT * FROM payment_methods ORDER BY position, name');
  const byId = db.prepare<[string], Row>('SELECT * FROM payment_methods WHERE id = ?');
  const byTerminalRef = db.prepare<[string], Row>('SELECT * FROM payment_methods WHERE terminal_ref = ?');
  const insert = db.prepare(
    `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, profile_id, identify_customer, voucher,
       outstanding_account, intermediary_account, active, position)
     VALUES (@id, @name, @journal, @terminal, @terminalRef, @profileId, @identifyCustomer, @voucher,
       @outstandingAccount, @intermediaryAccount, @active, @position)`,
  );
  const update = db.prepare(
    `UPDATE payment_methods SET name = @name, journal = @journal, terminal = @terminal, terminal_ref = @terminalRef,
       profile_id = @profileId, identify_customer = @identifyCustomer, voucher = @voucher, outstanding_account = @outstandingAccount,
       intermediary_account = @intermediaryAccount, active = @active
     WHERE id = @id`,
  );
  const setPosition = db.prepare<[number, string]>('UPDATE payment_methods SET position = ? WHERE id = ?');
  const upsertDemo = db.prepare<{ id: string; name: string; terminal: string; serial: string }>(
    `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position)
     VALUES (@id, @name, 'bank', @terminal, @serial, 1)
     ON CONFLICT (id) DO UPDATE SET terminal_ref = excluded.terminal_ref`,
  );
  const columns = (m: PaymentMethodRecord) => ({
    ...m,
    identifyCustomer: m.identifyCustomer ? 1 : 0,
    voucher: m.voucher ? 1 : 0,
    active: m.active ? 1 : 0,
    outstandingAccount: m.outstandingAccount ?? null,
    intermediaryAccount: m.intermediaryAccount ?? null,
  });
  return {
    active: (): PaymentMethodRecord[] => active.all().map(toRecord),
    all: (): PaymentMethodRecord[] => all.all().map(toRecord),
    get(id: string): PaymentMethodRecord | null {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    byTerminalRef(serial: string): PaymentMethodRecord | null {
      const row = byTerminalRef.get(serial);
      return row ? toRecord(row) : null;
    },
    nextPosition: (): number =>
      db.prepare('SELECT coalesce(max(position), -1) + 1 FROM payment_methods').pluck().get() as number,
    insert: (m: PaymentMethodRecord) => insert.run(columns(m)),
    /** Everything but the position, which only reorder changes. */
    update: (m: PaymentMethodRecord) => update.run(columns(m)),
    setPosition: (id: string, position: number) => setPosition.run(position, id),
    /** The id of the method a terminal of `terminal` with this serial serves, if any. */
    idOfTerminal(terminal: 'stripe' | 'mercadopago', serial: string): string | null {
      const row = byTerminalRef.get(serial);
      return row?.terminal === terminal ? row.id : null;
    },
    /**
     * The demo's card method, pointed at this run's simulated reader or terminal (a simulator starts empty
     * with each run): created on the first demo start, its serial replaced on later ones.
     */
    pointDemoMethodAt(
      method: { id: string; name: string },
      terminal: 'stripe' | 'mercadopago',
      serial: string,
    ): void {
      upsertDemo.run({ ...method, terminal, serial });
    },
  };
}

export type PaymentMethodRepo = ReturnType<typeof createPaymentMethodRepo>;
