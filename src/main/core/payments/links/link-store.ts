import type { Db } from '../../db/connection.ts';
import { withRelaxedSync } from '../../db/connection.ts';

export type LinkState =
  'creating' | 'open' | 'awaiting_settlement' | 'paid' | 'failed' | 'expired' | 'canceled';

/** The states in which a link still holds its order's amount (the one-live-link index uses the same list). */
export const liveStates: readonly LinkState[] = ['creating', 'open', 'awaiting_settlement'];

export interface LinkRow {
  id: string;
  order_id: string;
  payment_line_id: string;
  method_id: string;
  account: string;
  amount: number;
  currency: string;
  methods: string;
  state: LinkState;
  idempotency_key: string;
  session_id: string | null;
  url: string | null;
  expires_at: number;
  payment_intent: string | null;
  paid_with: string | null;
  failure: string | null;
  dispute: string | null;
  refunded: number;
  next_check_at: number;
  checks: number;
  created_at: number;
  updated_at: number;
}

/** What happens to a link after it is made (Stripe's answers, the watcher's looks); the rest is fixed at insert. */
type LinkProgress =
  | 'state'
  | 'session_id'
  | 'url'
  | 'payment_intent'
  | 'paid_with'
  | 'failure'
  | 'dispute'
  | 'refunded'
  | 'next_check_at'
  | 'checks';

export type LinkPatch = Partial<Pick<LinkRow, LinkProgress>>;

export interface RemoteOrderRow {
  order_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  fulfilment: 'pickup' | 'delivery' | 'phone';
  note: string | null;
  announced: number;
  created_at: number;
}

export type SeenOutcome = 'posted' | 'known' | 'unmatched' | 'ignored';

const live = `state IN ('creating', 'open', 'awaiting_settlement')`;

/**
 * The one writer of payment_links, remote_orders, link_settings, stripe_event_cursors and stripe_events_seen
 * (migration 16). Link rows are written with their idempotency key before Stripe is asked for a session.
 */
export function createLinkStore(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO payment_links (id, order_id, payment_line_id, method_id, account, amount, currency, methods, state,
       idempotency_key, expires_at, next_check_at, created_at, updated_at)
     VALUES (@id, @order_id, @payment_line_id, @method_id, @account, @amount, @currency, @methods, 'creating',
       @idempotency_key, @expires_at, @at, @at, @at)`,
  );
  const byId = db.prepare<[string], LinkRow>('SELECT * FROM payment_links WHERE id = ?');
  const bySession = db.prepare<[string], LinkRow>('SELECT * FROM payment_links WHERE session_id = ?');
  const byIntent = db.prepare<[string], LinkRow>('SELECT * FROM payment_links WHERE payment_intent = ?');
  const forOrder = db.prepare<[string], LinkRow>(
    'SELECT * FROM payment_links WHERE order_id = ? ORDER BY created_at, rowid',
  );
  const liveOfOrder = db.prepare<[string], LinkRow>(
    `SELECT * FROM payment_links WHERE order_id = ? AND ${live}`,
  );
  const allLive = db.prepare<[], LinkRow>(`SELECT * FROM payment_links WHERE ${live} ORDER BY next_check_at`);
  const updates = new Map<string, ReturnType<Db['prepare']>>();
  const remoteInsert = db.prepare(
    `INSERT INTO remote_orders (order_id, name, email, phone, fulfilment, note, created_at)
     VALUES (@order_id, @name, @email, @phone, @fulfilment, @note, @created_at)
     ON CONFLICT (order_id) DO UPDATE SET name = excluded.name, email = excluded.email, phone = excluded.phone,
       fulfilment = excluded.fulfilment, note = excluded.note`,
  );
  const keyRenew = db.prepare<[string, number, string]>(
    `UPDATE payment_links SET idempotency_key = ?, updated_at = ? WHERE id = ? AND state = 'creating'`,
  );
  const linksOfAccount = db
    .prepare<[string], number>('SELECT count(*) FROM payment_links WHERE account = ?')
    .pluck();
  const remoteGet = db.prepare<[string], RemoteOrderRow>('SELECT * FROM remote_orders WHERE order_id = ?');
  const remoteAll = db.prepare<[number], RemoteOrderRow>(
    'SELECT * FROM remote_orders WHERE created_at >= ? ORDER BY created_at DESC',
  );
  const remoteAnnounce = db.prepare<[string]>(
    'UPDATE remote_orders SET announced = 1 WHERE order_id = ? AND announced = 0',
  );
  const settingsGet = db.prepare<[string], { methods: string; expiry_minutes: number }>(
    'SELECT methods, expiry_minutes FROM link_settings WHERE account = ?',
  );
  const settingsPut = db.prepare(
    `INSERT INTO link_settings (account, methods, expiry_minutes) VALUES (@account, @methods, @expiry)
     ON CONFLICT (account) DO UPDATE SET methods = excluded.methods, expiry_minutes = excluded.expiry_minutes`,
  );
  const cursorGet = db.prepare<[string], { last_event_id: string | null; last_created: number }>(
    'SELECT last_event_id, last_created FROM stripe_event_cursors WHERE account = ?',
  );
  const cursorPut = db.prepare(
    `INSERT INTO stripe_event_cursors (account, last_event_id, last_created, swept_at)
     VALUES (@account, @id, @created, @at)
     ON CONFLICT (account) DO UPDATE SET last_event_id = excluded.last_event_id,
       last_created = excluded.last_created, swept_at = excluded.swept_at`,
  );
  const seenInsert = db.prepare<[string, string, string, SeenOutcome, number]>(
    `INSERT INTO stripe_events_seen (account, event_id, type, outcome, created) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const seenBefore = db
    .prepare<[string, string], number>(
      'SELECT count(*) FROM stripe_events_seen WHERE account = ? AND event_id = ?',
    )
    .pluck();
  const seenCount = db
    .prepare<[string, string], number>(
      'SELECT count(*) FROM stripe_events_seen WHERE account = ? AND outcome = ?',
    )
    .pluck();
  const seenPrune = db.prepare<[number]>('DELETE FROM stripe_events_seen WHERE created < ?');

  return {
    insert(row: Omit<LinkRow, LinkProgress | 'created_at' | 'updated_at'>): LinkRow {
      insert.run({ ...row, at: now() });
      return byId.get(row.id)!;
    },
    get: (id: string): LinkRow | undefined => byId.get(id),
    bySession: (sessionId: string): LinkRow | undefined => bySession.get(sessionId),
    byIntent: (paymentIntent: string): LinkRow | undefined => byIntent.get(paymentIntent),
    forOrder: (orderId: string): LinkRow[] => forOrder.all(orderId),
    liveOf: (orderId: string): LinkRow | undefined => liveOfOrder.get(orderId),
    live: (): LinkRow[] => allLive.all(),
    update(id: string, patch: LinkPatch): LinkRow {
      const keys = Object.keys(patch).sort();
      const shape = keys.join(',');
      let statement = updates.get(shape);
      if (!statement) {
        const sets = keys.map((k) => `${k} = @${k}`).concat('updated_at = @updated_at');
        // The row as written comes back from the update itself: one statement, not an update and a read.
        statement = db.prepare(`UPDATE payment_links SET ${sets.join(', ')} WHERE id = @id RETURNING *`);
        updates.set(shape, statement);
      }
      return statement.get({ ...patch, id, updated_at: now() }) as LinkRow;
    },
    /** A create Stripe answered with a 5xx and did not carry out: the next try goes under a fresh key. */
    renewKey(id: string, key: string): void {
      keyRenew.run(key, now(), id);
    },
    /** When to look at a live link next: relaxed durability, it is only a schedule. */
    schedule(id: string, nextCheckAt: number, checks: number): void {
      withRelaxedSync(db, () => this.update(id, { next_check_at: nextCheckAt, checks }));
    },
    /** How many links were ever made on an account (the first one says what Stripe still needs for payouts). */
    linkCount: (account: string): number => linksOfAccount.get(account)!,
    /** A new remote order, or its contact corrected (the announcement flag and creation time stay). */
    saveRemote(row: Omit<RemoteOrderRow, 'announced'>): void {
      remoteInsert.run(row);
    },
    remote: (orderId: string): RemoteOrderRow | undefined => remoteGet.get(orderId),
    remoteSince: (since: number): RemoteOrderRow[] => remoteAll.all(since),
    /** True the first time only: a paid remote order is announced once. */
    markAnnounced: (orderId: string): boolean => remoteAnnounce.run(orderId).changes === 1,
    settings(account: string): { methods: string[]; expiryMinutes: number } | null {
      const row = settingsGet.get(account);
      return row ? { methods: JSON.parse(row.methods) as string[], expiryMinutes: row.expiry_minutes } : null;
    },
    saveSettings(account: string, methods: readonly string[], expiryMinutes: number): void {
      settingsPut.run({ account, methods: JSON.stringify(methods), expiry: expiryMinutes });
    },
    cursor: (account: string) => cursorGet.get(account) ?? null,
    moveCursor(account: string, eventId: string, created: number): void {
      cursorPut.run({ account, id: eventId, created, at: now() });
    },
    /** Whether an event was handled before (a sweep cut short and run again). */
    seen: (account: string, eventId: string): boolean => seenBefore.get(account, eventId)! > 0,
    /** Remembers an event as handled, in the transaction of its effect. */
    markSeen: (account: string, eventId: string, type: string, outcome: SeenOutcome, created: number): void =>
      void seenInsert.run(account, eventId, type, outcome, created),
    seenCount: (account: string, outcome: SeenOutcome): number => seenCount.get(account, outcome)!,
    /** Stripe keeps events 30 days; what we remember of them need not be kept longer. */
    pruneSeen: (olderThanSeconds: number): number => seenPrune.run(olderThanSeconds).changes,
  };
}

export type LinkStore = ReturnType<typeof createLinkStore>;
