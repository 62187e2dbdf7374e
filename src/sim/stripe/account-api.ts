import type Stripe from 'stripe';
import type { ModeState } from './state.ts';

export function retrieveAccount(state: ModeState): Stripe.Account {
  const { account } = state;
  return {
    id: account.id,
    object: 'account',
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: '5499',
      minority_owned_business_designation: null,
      name: account.businessName,
      support_address: null,
      support_email: account.email,
      support_phone: null,
      specified_commercial_transactions_act_url: null,
      support_url: null,
      url: null,
    },
    business_type: 'company',
    capabilities: { card_payments: account.chargesEnabled ? 'active' : 'inactive', transfers: 'active' },
    charges_enabled: account.chargesEnabled,
    country: account.country,
    created: 1_700_000_000,
    default_currency: account.defaultCurrency,
    details_submitted: true,
    email: account.email,
    payouts_enabled: account.chargesEnabled && account.bankAccount && account.currentlyDue.length === 0,
    requirements: {
      alternatives: [],
      current_deadline: null,
      currently_due: [...account.currentlyDue],
      disabled_reason: null,
      errors: [],
      eventually_due: [...account.currentlyDue],
      past_due: [],
      pending_verification: [],
    },
    external_accounts: {
      object: 'list',
      data: account.bankAccount
        ? [
            {
              id: `ba_${account.id.slice(5)}`,
              object: 'bank_account',
              account: account.id,
              account_holder_name: account.businessName,
              account_holder_type: 'company',
              account_type: null,
              bank_name: 'STRIPE TEST BANK',
              country: account.country,
              currency: account.defaultCurrency,
              default_for_currency: true,
              fingerprint: null,
              routing_number: '110000000',
              status: 'new',
              last4: '6789',
              metadata: {},
            },
          ]
        : [],
      has_more: false,
      url: `/v1/accounts/${account.id}/external_accounts`,
    },
    type: 'standard',
  };
}

/**
 * Captured card money, less refunds, sits in `pending` per currency (it becomes available only after a payout
 * schedule the simulator does not model). `livemode` here is how an integration tells test keys from live ones.
 */
export function retrieveBalance(state: ModeState): Stripe.Balance {
  const pending = new Map<string, number>([[state.account.defaultCurrency, 0]]);
  for (const charge of state.charges.values()) {
    if (!charge.captured) continue;
    pending.set(
      charge.currency,
      (pending.get(charge.currency) ?? 0) + charge.amount - charge.amount_refunded,
    );
  }
  return {
    object: 'balance',
    available: [{ amount: 0, currency: state.account.defaultCurrency, source_types: { card: 0 } }],
    livemode: state.livemode,
    pending: [...pending].map(([currency, amount]) => ({ amount, currency, source_types: { card: amount } })),
  };
}
