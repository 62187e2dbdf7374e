/*
 * Why a card payment did not go through, in the cashier's language (issue 10.3). A failure travels from the
 * provider to the window as its code (Stripe's `decline_code` or error `code`, Mercado Pago's `status_detail`
 * or error code, or Kassa's own) with an English sentence for the log; the window looks the code up here.
 * A code this table does not know still gets a sentence in the cashier's language, with the raw code in it
 * so support can look it up.
 */
import type { ErrorWords } from '../errors.ts';
import type { MessageKey } from '../i18n/translate.ts';

const failureKeys: Readonly<Record<string, MessageKey>> = {
  // Stripe decline codes (https://docs.stripe.com/declines/codes) and Mercado Pago's status_detail, by meaning.
  card_declined: 'decline.issuer',
  generic_decline: 'decline.issuer',
  do_not_honor: 'decline.issuer',
  do_not_try_again: 'decline.issuer',
  call_issuer: 'decline.callIssuer',
  not_permitted: 'decline.notAllowed',
  transaction_not_allowed: 'decline.notAllowed',
  service_not_allowed: 'decline.notAllowed',
  restricted_card: 'decline.notAllowed',
  no_action_taken: 'decline.issuer',
  revocation_of_authorization: 'decline.issuer',
  revocation_of_all_authorizations: 'decline.issuer',
  rejected_by_issuer: 'decline.issuer',
  cc_rejected_other_reason: 'decline.issuer',
  insufficient_funds: 'decline.insufficientFunds',
  insufficient_amount: 'decline.insufficientFunds',
  cc_rejected_insufficient_amount: 'decline.insufficientFunds',
  card_velocity_exceeded: 'decline.limit',
  withdrawal_count_limit_exceeded: 'decline.limit',
  amount_limit_exceeded: 'decline.limit',
  expired_card: 'decline.expired',
  cc_rejected_bad_filled_date: 'decline.expired',
  incorrect_cvc: 'decline.cvc',
  invalid_cvc: 'decline.cvc',
  cc_rejected_bad_filled_security_code: 'decline.cvc',
  incorrect_pin: 'decline.wrongPin',
  invalid_pin: 'decline.wrongPin',
  pin_try_exceeded: 'decline.pinTries',
  max_attempts_exceeded: 'decline.pinTries',
  cc_rejected_max_attempts: 'decline.pinTries',
  offline_pin_required: 'decline.pinRequired',
  online_or_offline_pin_required: 'decline.pinRequired',
  processing_error: 'decline.processing',
  reenter_transaction: 'decline.processing',
  try_again_later: 'decline.processing',
  issuer_not_available: 'decline.processing',
  cc_rejected_card_error: 'decline.processing',
  lost_card: 'decline.bankRefused',
  stolen_card: 'decline.bankRefused',
  pickup_card: 'decline.bankRefused',
  fraudulent: 'decline.bankRefused',
  merchant_blacklist: 'decline.bankRefused',
  security_violation: 'decline.bankRefused',
  cc_rejected_blacklist: 'decline.bankRefused',
  high_risk: 'decline.highRisk',
  cc_rejected_high_risk: 'decline.highRisk',
  incorrect_number: 'decline.cardUnreadable',
  invalid_number: 'decline.cardUnreadable',
  invalid_account: 'decline.cardUnreadable',
  bad_filled_card_data: 'decline.cardUnreadable',
  cc_rejected_bad_filled_card_number: 'decline.cardUnreadable',
  cc_rejected_bad_filled_other: 'decline.cardUnreadable',
  card_disabled: 'decline.cardDisabled',
  cc_rejected_card_disabled: 'decline.cardDisabled',
  required_call_for_authorize: 'decline.callIssuer',
  cc_rejected_call_for_authorize: 'decline.callIssuer',
  card_not_supported: 'decline.notSupported',
  currency_not_supported: 'decline.notSupported',
  invalid_installments: 'decline.installments',
  cc_rejected_invalid_installments: 'decline.installments',
  duplicate_transaction: 'decline.duplicate',
  cc_rejected_duplicated_payment: 'decline.duplicate',
  invalid_amount: 'decline.amount',
  testmode_decline: 'decline.testCard',
  customer_canceled: 'payFailure.customerCanceled',
  // A charge on a card on file (issue 13.4): the bank wants the customer, or they did not confirm.
  authentication_required: 'decline.authRequired',
  payment_intent_authentication_failure: 'decline.authFailed',
  card_not_on_file: 'err.offsession.noCard',
  // What the readers and terminals report (Stripe Terminal error codes, Mercado Pago order outcomes).
  terminal_reader_offline: 'payFailure.readerOffline',
  terminal_unsupported_mode: 'payFailure.terminalStandalone',
  terminal_reader_busy: 'payFailure.readerBusy',
  terminal_reader_timeout: 'payFailure.readerTimeout',
  intent_invalid_state: 'payFailure.intentInvalid',
  amount_too_small: 'payFailure.amountTooSmall',
  amount_too_large: 'payFailure.amountTooLarge',
  resource_missing: 'payFailure.resourceMissing',
  canceled: 'payFailure.canceled',
  canceled_by_api: 'payFailure.canceled',
  canceled_on_terminal: 'payFailure.canceledOnTerminal',
  expired: 'payFailure.expired',
  action_required: 'payFailure.actionRequired',
  cancel_too_late: 'payFailure.cancelTooLate',
  cancel_on_terminal: 'payFailure.cancelOnTerminal',
  // Mercado Pago API refusals (error codes of the Orders, Terminals and Refunds APIs).
  unauthorized: 'err.mp.credentials',
  user_not_authorized: 'err.mp.credentials',
  forbidden_checking_terminal_owner: 'err.mp.notTerminalOwner',
  already_queued_order_for_terminal: 'err.mp.terminalQueued',
  terminal_not_in_pdv_mode: 'err.mp.standalone',
  terminal_not_allowed_action: 'err.mp.modeNotAllowed',
  store_pos_not_found: 'err.mp.noStorePos',
  idempotency_key_already_used: 'err.mp.idempotencyUsed',
  cannot_cancel_order: 'err.mp.cannotCancel',
  order_already_canceled: 'err.mp.alreadyCanceled',
  order_not_found: 'err.mp.orderNotFound',
  transaction_not_found: 'err.mp.transactionNotFound',
  refund_amount_exceeds: 'err.mp.refundExceeds',
  refund_in_progress: 'err.mp.refundInProgress',
  movement_operations_pending: 'err.mp.settling',
  order_payment_not_yet_enabled_for_refund: 'err.mp.refundNotYet',
  order_already_refunded: 'err.mp.alreadyRefunded',
  cannot_refund_order: 'err.mp.cannotRefund',
  refund_period_exceeded: 'err.mp.refundPeriod',
  partial_refund_forbidden_with_tips: 'err.mp.tipFullRefund',
  unsupported_partially_refunds: 'err.mp.noPartialRefund',
  insufficient_money_for_refund: 'err.mp.refundFunds',
  // Why a refund failed (Stripe's refund failure_reason) or a pre-authorization was not released.
  lost_or_stolen_card: 'refundFailure.lostOrStolen',
  expired_or_canceled_card: 'refundFailure.expiredOrCanceled',
  charge_for_pending_refund_disputed: 'refundFailure.disputed',
  release_failed: 'refundFailure.release',
  // Kassa's own.
  bank_debit_failed: 'payFailure.bankDebitFailed',
  not_found: 'payFailure.noRecord',
  connection: 'payFailure.connection',
  rate_limited: 'payFailure.connection',
  provider_error: 'payFailure.connection',
  authentication: 'payFailure.authentication',
};

/** The words for a failure code; an unknown code keeps its raw value in a generic sentence. */
export function failureWords(code: string, state?: string): ErrorWords & { messageKey: MessageKey } {
  if (code === 'checked_on_terminal')
    return {
      messageKey: state === 'succeeded' ? 'payFailure.checkedPaid' : 'payFailure.checkedNotPaid',
    };
  const messageKey = Object.hasOwn(failureKeys, code) ? failureKeys[code] : undefined;
  return messageKey ? { messageKey } : { messageKey: 'decline.unknown', params: { code: code || '—' } };
}

/** Stripe's refund failure reasons that share a name with a decline code but not its meaning. */
const refundOnlyReasons: ReadonlySet<string> = new Set([
  'insufficient_funds',
  'declined',
  'merchant_request',
  'unknown',
]);

/**
 * Why a refund failed, in the reader's language: a provider refusal or Kassa's own code has its words, and any
 * other code names the bank's refusal with the raw code in it.
 */
export function refundFailureWords(code: string): ErrorWords & { messageKey: MessageKey } {
  return isKnownFailure(code) && !refundOnlyReasons.has(code)
    ? failureWords(code)
    : { messageKey: 'refundFailure.other', params: { code: code || '—' } };
}

/** Whether Kassa has its own words for this code (an unknown one shows the generic sentence). */
export const isKnownFailure = (code: string): boolean =>
  code === 'checked_on_terminal' || Object.hasOwn(failureKeys, code);
