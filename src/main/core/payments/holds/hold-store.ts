import type { Db } from '../../db/connection.ts';

export type HoldState =
  'opening' | 'waiting' | 'held' | 'capturing' | 'captured' | 'releasing' | 'released' | 'expired' | 'failed';

/** Holds with provider work still to do, or money still held: recovery and the sweep look at these. */
export const openHoldStates: readonly HoldState[] = ['opening', 'waiting', 'held', 'capturing', 'releasing'];

export interface HoldRow {
  id: string;
  order_id: string;
  account: string;
  method_id: string;
  channel: 'reader' | 'card_on_file';
  reader: string | null;
  payment_method: string | null;
  customer_id: string | null;
  currency: string;
  amount: number;
  state: HoldState;
  idempotency_key: string;
  payment_intent: string | null;
  incremental: number;
  card_brand: string | null;
  card_last4: string | null;
  authorized_at: number | null;
  capture_before: number | null;
  increase_amount: number | null;
  increase_key: string | null;
  increases: number;
  capture_amount: number | null;
  capture_key: string | null;
  payment_line_id: string | null;
  release_key: string | null;
  failure: string | null;
  created_at: number;
  updated_at: number;
}

/** What a hold learns as it goes; the rest is fixed when it is written. */
export type HoldPatch = Partial<
  Pick<
    HoldRow,
    | 'state'
    | 'amount'
    | 'payment_intent'
    | 'incremental'
    | 'card_brand'
    | 'card_last4'
    | 'authorized_at'
    | 'capture_before'
    | 'increase_amount'
    | 'increase_key'
    | 'increases'
    | 'capture_amount'
    | 'capture_key'
    | 'payment_line_id'
    | 'release_key'
    | 'failure'
  >
>;

export type NewHold = Pick<
  HoldRow,
  | 'id'
  | 'order_id'
  | 'account'
  | 'method_id'
  | 'channel'
  | 'reader'
  | 'payment_method'
  | 'customer_id'
  | 'currency'
  | 'amount'
  | 'idempotency_key'
  | 'incremental'
>;

const open = `state IN (${openHoldStates.map((s) => `'${s}'`).join(', ')})`;

/** The one writer of the holds table (migration 25). Every provider call's key is in a row here before the call. */
export function createHoldStore(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO holds (id, order_id, account, method_id, channel, reader, payment_method, customer_id, currency,
       amount, state, idempotency_key, incremental, created_at, updated_at)
     VALUES (@id, @order_id, @account, @method_id, @channel, @reader, @payment_method, @customer_id, @currency,
       @amount, 'opening', @idempotency_key, @incremental, @at, @at)`,
  );
  const byId = db.prepare<[string], HoldRow>('SELECT * FROM holds WHERE id = ?');
  const byOrder = db.prepare<[string], HoldRow>('SELECT * FROM holds WHERE order_id = ? ORDER BY created_at');
  const openRows = db.prepare<[], HoldRow>(
    `SELECT * FROM holds INDEXED BY holds_open WHERE ${open} ORDER BY created_at`,
  );
  const updates = new Map<string, ReturnType<Db['prepare']>>();
  return {
    insert(row: NewHold): HoldRow {
      insert.run({ ...row, at: now() });
      return byId.get(row.id)!;
    },
    get: (id: string): HoldRow | undefined => byId.get(id),
    forOrder: (orderId: string): HoldRow[] => byOrder.all(orderId),
    /** Holds still open (work to do, or money held), oldest first. */
    open: (): HoldRow[] => openRows.all(),
    update(id: string, patch: HoldPatch): HoldRow {
      const keys = Object.keys(patch).sort();
      const shape = keys.join(',');
      let statement = updates.get(shape);
      if (!statement) {
        const sets = keys.map((k) => `${k} = @${k}`).concat('updated_at = @updated_at');
        statement = db.prepare(`UPDATE holds SET ${sets.join(', ')} WHERE id = @id`);
        updates.set(shape, statement);
      }
      statement.run({ ...patch, id, updated_at: now() });
      return byId.get(id)!;
    },
  };
}

export type HoldStore = ReturnType<typeof createHoldStore>;
