import type { Db } from '../../db/connection.ts';

export type SetupState =
  'creating' | 'waiting' | 'validating' | 'releasing' | 'saved' | 'refused' | 'failed' | 'canceled';

/** The states in which a setup still has provider work to finish (recovery resumes them). */
export const openSetupStates: readonly SetupState[] = ['creating', 'waiting', 'validating', 'releasing'];

export interface SetupRow {
  id: string;
  customer_id: string;
  account: string;
  channel: 'reader' | 'link';
  reader: string | null;
  state: SetupState;
  idempotency_key: string;
  setup_intent: string | null;
  session_id: string | null;
  url: string | null;
  payment_method: string | null;
  validation_key: string | null;
  validation_intent: string | null;
  failure: string | null;
  failure_brand: string | null;
  created_at: number;
  updated_at: number;
}

/** What a setup learns as it goes; the rest is fixed when it is written. */
type SetupProgress =
  | 'state'
  | 'setup_intent'
  | 'session_id'
  | 'url'
  | 'payment_method'
  | 'validation_key'
  | 'validation_intent'
  | 'failure'
  | 'failure_brand';

export type SetupPatch = Partial<Pick<SetupRow, SetupProgress>>;

export interface SavedCardRow {
  payment_method: string;
  customer_id: string;
  account: string;
  setup_id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  state: 'saved' | 'removing' | 'removed';
  detach_key: string | null;
  created_at: number;
  removed_at: number | null;
}

export interface CardSettings {
  /** Authorized when a card is saved and released at once; 0 saves without a validating hold. */
  validatingAmount: number;
  /**
   * Stripe's hosted page always asks for the security code (CVC), and a card at the reader has none to give (it
   * is read from its chip or tapped). So this means: a card saved on the hosted page is kept only when the bank
   * confirmed its code (`checks.cvc_check` is `pass`); at the reader it changes nothing.
   */
  requireCvc: boolean;
  /** The hosted page asks for the full billing address (else only what the card network needs). */
  billingAddress: boolean;
  /** Stripe's brand names (visa, mastercard, amex, …); a card of another brand is refused. */
  brands: string[];
}

const open = `state IN ('creating', 'waiting', 'validating', 'releasing')`;

/**
 * The one writer of stripe_customers, card_setups, saved_cards and card_settings (migration 17). Every provider
 * call's idempotency key is in a row here before the call is made.
 */
export function createCardStore(db: Db, now: () => number) {
  const customerGet = db.prepare<
    [string, string],
    { idempotency_key: string; stripe_customer: string | null }
  >('SELECT idempotency_key, stripe_customer FROM stripe_customers WHERE customer_id = ? AND account = ?');
  const customerInsert = db.prepare<[string, string, string, number]>(
    `INSERT INTO stripe_customers (customer_id, account, idempotency_key, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const customerSet = db.prepare<[string, string, string]>(
    'UPDATE stripe_customers SET stripe_customer = ? WHERE customer_id = ? AND account = ?',
  );
  const setupInsert = db.prepare(
    `INSERT INTO card_setups (id, customer_id, account, channel, reader, state, idempotency_key, created_at, updated_at)
     VALUES (@id, @customer_id, @account, @channel, @reader, 'creating', @idempotency_key, @at, @at)`,
  );
  const setupGet = db.prepare<[string], SetupRow>('SELECT * FROM card_setups WHERE id = ?');
  const setupsOpen = db.prepare<[], SetupRow>(`SELECT * FROM card_setups WHERE ${open} ORDER BY created_at`);
  const updates = new Map<string, ReturnType<Db['prepare']>>();
  const cardInsert = db.prepare(
    `INSERT INTO saved_cards (payment_method, customer_id, account, setup_id, brand, last4, exp_month, exp_year, state, created_at)
     VALUES (@payment_method, @customer_id, @account, @setup_id, @brand, @last4, @exp_month, @exp_year, 'saved', @at)`,
  );
  const cardGet = db.prepare<[string], SavedCardRow>('SELECT * FROM saved_cards WHERE payment_method = ?');
  const cardsOf = db.prepare<[string], SavedCardRow>(
    `SELECT * FROM saved_cards WHERE customer_id = ? AND state = 'saved' ORDER BY created_at, payment_method`,
  );
  const cardsRemoving = db.prepare<[], SavedCardRow>(`SELECT * FROM saved_cards WHERE state = 'removing'`);
  const cardRemoving = db.prepare<[string, string]>(
    `UPDATE saved_cards SET state = 'removing', detach_key = ? WHERE payment_method = ? AND state = 'saved'`,
  );
  const cardRemoved = db.prepare<[number, string]>(
    `UPDATE saved_cards SET state = 'removed', removed_at = ? WHERE payment_method = ? AND state = 'removing'`,
  );
  const settingsGet = db.prepare<
    [string],
    { validating_amount: number; require_cvc: number; billing_address: number; brands: string }
  >('SELECT validating_amount, require_cvc, billing_address, brands FROM card_settings WHERE account = ?');
  const settingsPut = db.prepare(
    `INSERT INTO card_settings (account, validating_amount, require_cvc, billing_address, brands)
     VALUES (@account, @validating_amount, @require_cvc, @billing_address, @brands)
     ON CONFLICT (account) DO UPDATE SET validating_amount = excluded.validating_amount,
       require_cvc = excluded.require_cvc, billing_address = excluded.billing_address, brands = excluded.brands`,
  );

  return {
    stripeCustomer: (customerId: string, account: string) => customerGet.get(customerId, account),
    /** Writes the key a Customer is created with, once per customer and account; answers the row. */
    reserveCustomer(customerId: string, account: string, key: string) {
      customerInsert.run(customerId, account, key, now());
      return customerGet.get(customerId, account)!;
    },
    setStripeCustomer(customerId: string, account: string, stripeCustomer: string): void {
      customerSet.run(stripeCustomer, customerId, account);
    },
    insertSetup(
      row: Pick<SetupRow, 'id' | 'customer_id' | 'account' | 'channel' | 'reader' | 'idempotency_key'>,
    ) {
      setupInsert.run({ ...row, at: now() });
      return setupGet.get(row.id)!;
    },
    setup: (id: string): SetupRow | undefined => setupGet.get(id),
    openSetups: (): SetupRow[] => setupsOpen.all(),
    updateSetup(id: string, patch: SetupPatch): SetupRow {
      const keys = Object.keys(patch).sort();
      const shape = keys.join(',');
      let statement = updates.get(shape);
      if (!statement) {
        const sets = keys.map((k) => `${k} = @${k}`).concat('updated_at = @updated_at');
        statement = db.prepare(`UPDATE card_setups SET ${sets.join(', ')} WHERE id = @id`);
        updates.set(shape, statement);
      }
      statement.run({ ...patch, id, updated_at: now() });
      return setupGet.get(id)!;
    },
    insertCard(row: Omit<SavedCardRow, 'state' | 'detach_key' | 'created_at' | 'removed_at'>): void {
      cardInsert.run({ ...row, at: now() });
    },
    card: (paymentMethod: string): SavedCardRow | undefined => cardGet.get(paymentMethod),
    cardsOf: (customerId: string): SavedCardRow[] => cardsOf.all(customerId),
    removingCards: (): SavedCardRow[] => cardsRemoving.all(),
    /** True when the card was saved and now carries its detach key. */
    markRemoving: (paymentMethod: string, key: string): boolean =>
      cardRemoving.run(key, paymentMethod).changes === 1,
    markRemoved: (paymentMethod: string): void => void cardRemoved.run(now(), paymentMethod),
    settings(account: string): CardSettings | null {
      const row = settingsGet.get(account);
      return row
        ? {
            validatingAmount: row.validating_amount,
            requireCvc: row.require_cvc === 1,
            billingAddress: row.billing_address === 1,
            brands: JSON.parse(row.brands) as string[],
          }
        : null;
    },
    saveSettings(account: string, settings: CardSettings): void {
      settingsPut.run({
        account,
        validating_amount: settings.validatingAmount,
        require_cvc: settings.requireCvc ? 1 : 0,
        billing_address: settings.billingAddress ? 1 : 0,
        brands: JSON.stringify(settings.brands),
      });
    },
  };
}

export type CardStore = ReturnType<typeof createCardStore>;
