import type {
  AttemptInfo,
  Observation,
  ProviderRecord,
  RefundResult,
  RequestJournal,
  TerminalProvider,
} from '../../terminal-provider.ts';
import { ProviderError } from '../../terminal-provider.ts';
import {
  checkMercadoPagoAmount,
  formatMercadoPagoMoney,
  fromMercadoPagoAmount,
  mercadoPagoCountries,
  mercadoPagoCountryForCurrency,
  toMercadoPagoAmount,
  type MercadoPagoCountry,
} from './amounts.ts';
import type { MercadoPagoClient } from './client.ts';
import { buildExternalReference } from './external-reference.ts';
import type { MercadoPagoResult } from './failures.ts';
import { buildPointOrderRequest } from './order-request.ts';
import { canceledFailure, isOpenOrder, observeOrder, paymentOf } from './order-outcome.ts';
import { toProviderError, valueOf } from './provider-errors.ts';
import {
  createTerminalDirectory,
  notIntegratedMessage,
  type MercadoPagoTerminalDirectory,
} from './terminal-directory.ts';
import { terminalSerial } from './terminals.ts';
import type { MercadoPagoOrder, MercadoPagoTerminal } from './wire.ts';
import { translatedError } from '../../../../../shared/i18n/errors.ts';

/** The device side of a simulated terminal, driven in-process in demo mode. */
export interface MercadoPagoTestTerminal {
  approve(orderId: string): void | Promise<void>;
  decline(orderId: string, statusDetail: string): void | Promise<void>;
}

export interface MercadoPagoTerminalOptions {
  client: MercadoPagoClient;
  /** Test access token or simulator: the demo buttons may present test cards. */
  simulated: boolean;
  /** How often an open order is read: Mercado Pago asks for 2–3 s, not a tight loop. */
  pollIntervalMs?: number;
  /** The account's country; without it the store currency decides which country's rules apply. */
  country?: MercadoPagoCountry['country'];
  directory?: MercadoPagoTerminalDirectory;
  /**
   * Orders this till's journal holds for a terminal (payment method ref and full terminal id), newest first.
   * A terminal answering 409 `already_queued_order_for_terminal` is blocked by one of them, or by someone else.
   */
  knownOrders?: (terminalRef: string, terminalId: string) => string[];
  /** Demo: the simulator's terminal; without it test cards go through Mercado Pago's test endpoint. */
  testTerminal?: MercadoPagoTestTerminal;
  /** Demo mode: a refusal of the demo shop's currency is worded for someone trying Kassa out. */
  demo?: boolean;
}

export interface MercadoPagoTerminalProvider extends TerminalProvider {
  readonly kind: 'mercadopago';
  readonly directory: MercadoPagoTerminalDirectory;
  /** A genuine notification named this order: it is checked at the next reconciliation. */
  heard(orderId: string): void;
}

const final = { retryable: false, maybeApplied: false } as const;

/** Test cards as the terminal reports them. */
const testDeclines = { decline: 'rejected_by_issuer', insufficient_funds: 'insufficient_amount' } as const;

/** Each try of an attempt is its own order: a retry after a decline must not replay the declined one. */
export const orderReference = (attempt: Pick<AttemptInfo, 'id' | 'tryNumber'>): string =>
  buildExternalReference(`${attempt.id}-${attempt.tryNumber}`);

/** `kassa-att_…-2` → `att_…`: our attempt id, for reconciliation. */
export function attemptIdOf(externalReference: string): string | null {
  return /^kassa-(.+)-\d+$/.exec(externalReference)?.[1] ?? null;
}

const sameDevice = (a: string, b: string): boolean =>
  terminalSerial(a).toUpperCase() === terminalSerial(b).toUpperCase();

type Sent<T> = { ok: true; value: T } | { ok: false; error: ProviderError };

/**
 * Sends a mutating request through the journal and hands back Mercado Pago's final refusals as values, so a
 * caller can act on one (`cannot_cancel_order`, …). Anything that may have reached Mercado Pago is thrown:
 * the orchestrator sends the same key again.
 */
async function sendThrough<T>(
  journal: RequestJournal,
  step: string,
  call: (idempotencyKey: string) => Promise<MercadoPagoResult<T>>,
): Promise<Sent<T>> {
  try {
    return { ok: true, value: await journal.send(step, async (key) => valueOf(await call(key))) };
  } catch (error) {
    if (error instanceof ProviderError && !error.retryable) return { ok: false, error };
    throw error;
  }
}

const refused = (sent: Sent<unknown>, code: string): boolean => !sent.ok && sent.error.code === code;

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Mercado Pago Point through the Orders API: one order per try, sent to the terminal the payment method names
 * by serial, read every `pollIntervalMs` (sooner when a notification arrives) until it ends. Mercado Pago
 * captures by itself, so there is no hold to capture. Every request that changes something goes through the
 * journal with its idempotency key; after an ambiguous answer the orchestrator sends the same key again and
 * Mercado Pago answers with the order it already made.
 */
export function createMercadoPagoTerminal(options: MercadoPagoTerminalOptions): MercadoPagoTerminalProvider {
  const { client } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 2500;
  const directory = options.directory ?? createTerminalDirectory(client);
  const heardOrders = new Map<string, number>();
  const asyncCancelSent = new Set<string>();
  let slowDownUntil = 0;
  let penaltyMs = 0;

  /** Every read goes through here, so a 429 slows all of them down (the limit is per account). */
  async function readOrder(orderId: string): Promise<MercadoPagoResult<MercadoPagoOrder>> {
    const wait = slowDownUntil - Date.now();
    if (wait > 0) await sleep(wait);
    const result = await client.getOrder(orderId);
    if (!result.ok && result.error.status === 429) {
      penaltyMs = Math.min(Math.max(penaltyMs * 2, pollIntervalMs), 30_000);
      slowDownUntil = Date.now() + penaltyMs;
    } else if (result.ok) {
      penaltyMs = 0;
    }
    return result;
  }

  const getOrder = async (orderId: string) => valueOf(await readOrder(orderId));

  async function integratedTerminal(terminalRef: string): Promise<MercadoPagoTerminal> {
    let terminal = await directory.resolve(terminalRef);
    // The owner may have switched it since it was cached: look again before refusing.
    if (terminal.operating_mode !== 'PDV') terminal = await directory.resolve(terminalRef, { fresh: true });
    if (terminal.operating_mode !== 'PDV') {
      throw new ProviderError('terminal_unsupported_mode', notIntegratedMessage(terminal), final);
    }
    return terminal;
  }

  function busy(message: string): ProviderError {
    return new ProviderError('terminal_busy', message, final);
  }

  /**
   * Finds what keeps the terminal busy. An order of this very try is adopted (its answer was lost); an order
   * of an earlier Kassa payment that never reached the customer is canceled, so the new one can go; anything
   * else is the cashier's to finish on the terminal, and they are told so in words.
   */
  async function clearBlockingOrder(
    attempt: AttemptInfo,
    terminal: MercadoPagoTerminal,
    journal: RequestJournal,
  ): Promise<MercadoPagoOrder | null> {
    const serial = terminalSerial(terminal.id);
    const candidates = options.knownOrders?.(attempt.terminalRef, terminal.id) ?? [];
    for (const orderId of candidates.slice(0, 20)) {
      const result = await readOrder(orderId);
      if (!result.ok) {
        if (toProviderError(result.error).retryable) throw toProviderError(result.error);
        continue;
      }
      const order = result.value;
      if (!isOpenOrder(order) || !sameDevice(order.config.point.terminal_id, terminal.id)) continue;
      if (order.external_reference === orderReference(attempt)) return order;
      const payment = paymentOf(order);
      const amount = payment ? ` of ${describeAmount(payment.amount, attempt.currency)}` : '';
      if (order.status === 'at_terminal') {
        throw busy(
          `Terminal ${serial} is still showing an earlier payment${amount} from Kassa. Finish or cancel it on the terminal, then send this payment again.`,
        );
      }
      const canceled = await sendThrough(journal, `clear_${order.id.slice(-12)}`, (key) =>
        client.cancelOrder(order.id, { idempotencyKey: key }),
      );
      if (refused(canceled, 'cannot_cancel_order')) {
        throw busy(
          `Terminal ${serial} just took up an earlier payment${amount} from Kassa. Finish or cancel it on the terminal, then send this payment again.`,
        );
      }
      if (!canceled.ok && !refused(canceled, 'order_already_canceled')) throw canceled.error;
      return null;
    }
    throw busy(
      `Terminal ${serial} is busy with a payment that this till did not send (another till, or the Mercado Pago app). Finish or cancel it on the terminal, then send this payment again.`,
    );
  }

  function describeAmount(wire: string, currency: string): string {
    try {
      return formatMercadoPagoMoney(
        fromMercadoPagoAmount(wire, currency),
        mercadoPagoCountryForCurrency(currency),
      );
    } catch {
      return `${wire} ${currency}`;
    }
  }

  async function createOrder(attempt: AttemptInfo, journal: RequestJournal): Promise<MercadoPagoOrder> {
    const terminal = await integratedTerminal(attempt.terminalRef);
    const step = `create_order_${attempt.tryNumber}`;
    const body = buildPointOrderRequest({
      externalReference: orderReference(attempt),
      terminalId: terminal.id,
      amountMinor: attempt.amount,
      currency: attempt.currency,
      description: attempt.description,
    });
    const send = () => journal.send(step, async (key) => valueOf(await client.createOrder(body, key)));
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      if (error.code === 'terminal_not_in_pdv_mode') {
        const fresh = await directory.resolve(attempt.terminalRef, { fresh: true });
        throw new ProviderError(
          'terminal_unsupported_mode',
          fresh.operating_mode === 'PDV'
            ? `Terminal ${terminalSerial(fresh.id)} was switched to integrated (PDV) mode but has not been restarted yet. Restart the terminal, then send the payment again.`
            : notIntegratedMessage(fresh),
          final,
        );
      }
      if (error.code !== 'already_queued_order_for_terminal') throw error;
    }
    const ours = await clearBlockingOrder(attempt, terminal, journal);
    if (ours) return ours;
    // The 409 proved that the request did not take effect: the next one may carry a fresh key.
    journal.renew(step);
    try {
      return await send();
    } catch (error) {
      if (error instanceof ProviderError && error.code === 'already_queued_order_for_terminal') {
        throw busy(
          `Terminal ${terminalSerial(terminal.id)} is still busy with another payment. Finish or cancel it on the terminal, then send this payment again.`,
        );
      }
      throw error;
    }
  }

  /**
   * The order of the attempt's current try. When its id was never recorded (the answer was lost, or Kassa
   * stopped in between), the create request is sent again under the same key: Mercado Pago then answers with
   * the order it already made, or makes it now so that it can be canceled.
   */
  async function currentOrder(attempt: AttemptInfo, journal: RequestJournal): Promise<MercadoPagoOrder> {
    if (attempt.providerRef) {
      const known = await readOrder(attempt.providerRef);
      if (known.ok && known.value.external_reference === orderReference(attempt)) return known.value;
      if (!known.ok && toProviderError(known.error).retryable) throw toProviderError(known.error);
    }
    const order = await createOrder(attempt, journal);
    journal.remember(order.id);
    return order;
  }

  async function observe(attempt: AttemptInfo): Promise<Observation> {
    if (!attempt.providerRef) return { phase: 'not_found' };
    const result = await readOrder(attempt.providerRef);
    if (!result.ok && result.error.status === 404) return { phase: 'not_found' };
    return observeOrder(valueOf(result));
  }

  function amountCheck(amount: number, currency: string): void {
    const code = currency.toUpperCase();
    const account = options.country ? mercadoPagoCountries[options.country] : null;
    if (account && account.currency !== code) {
      throw translatedError(
        'unknown_currency',
        options.demo ? 'err.mp.demoCurrency' : 'err.mp.accountCurrency',
        // The country is said in the reader's language (i18n/errors.ts).
        { countryRegion: account.country, accepted: account.currency, currency: code },
        'currency',
      );
    }
    checkMercadoPagoAmount(amount, code);
  }

  return {
    kind: 'mercadopago',
    pollIntervalMs,
    directory,
    checkAmount: amountCheck,

    heard(orderId) {
      heardOrders.set(orderId, Date.now());
    },

    // No request follows the create here, so the order id reaches the journal with the observation.
    start: async (attempt, journal) => observeOrder(await createOrder(attempt, journal)),

    observe,
    // Mercado Pago captures by itself: there is never a hold to take.
    capture: observe,

    async cancel(attempt, journal) {
      const order = await currentOrder(attempt, journal);
      if (order.status === 'failed') {
        // The cashier gave up after a decline: nothing is on the terminal any more.
        return { phase: 'canceled', providerRef: order.id, failure: canceledFailure('canceled_by_api') };
      }
      if (!isOpenOrder(order)) {
        asyncCancelSent.delete(order.id);
        return observeOrder(order);
      }
      if (order.status === 'created') {
        const canceled = await sendThrough(journal, `cancel_${attempt.tryNumber}`, (key) =>
          client.cancelOrder(order.id, { idempotencyKey: key }),
        );
        if (canceled.ok) return observeOrder(canceled.value.order ?? (await getOrder(order.id)));
        if (refused(canceled, 'order_already_canceled')) return observeOrder(await getOrder(order.id));
        if (!refused(canceled, 'cannot_cancel_order')) throw canceled.error;
        // The terminal took it up in the meantime: from here only the terminal can stop it.
        const now = await getOrder(order.id);
        if (!isOpenOrder(now)) return observeOrder(now);
      }
      if (asyncCancelSent.has(order.id)) return { phase: 'waiting_for_card', providerRef: order.id };
      const requested = await sendThrough(journal, `cancel_async_${attempt.tryNumber}`, (key) =>
        client.cancelOrder(order.id, { idempotencyKey: key, allowAtTerminal: true }),
      );
      if (requested.ok) {
        if (requested.value.state === 'canceled' && requested.value.order)
          return observeOrder(requested.value.order);
        // 202: the terminal confirms within seconds; the order is read until it says how it ended.
        asyncCancelSent.add(order.id);
        return { phase: 'waiting_for_card', providerRef: order.id };
      }
      if (refused(requested, 'cannot_cancel_order')) {
        const now = await getOrder(order.id);
        if (!isOpenOrder(now)) return observeOrder(now);
        throw new ProviderError(
          'cancel_on_terminal',
          'This terminal cannot be stopped from Kassa: cancel the payment on the terminal itself. Kassa keeps following the payment until it ends.',
          final,
        );
      }
      if (refused(requested, 'order_already_canceled')) return observeOrder(await getOrder(order.id));
      throw requested.error;
    },

    async refund(attempt, refund, journal): Promise<RefundResult> {
      const orderId = attempt.providerRef;
      if (!orderId) {
        throw new ProviderError(
          'not_found',
          'This card payment never reached Mercado Pago, so there is nothing to refund.',
          final,
        );
      }
      const order = await getOrder(orderId);
      const payment = paymentOf(order);
      if (!payment)
        throw new ProviderError(
          'not_found',
          'Mercado Pago shows no card payment in this order to refund.',
          final,
        );
      // Decided from the attempt alone, so a resend after a crash carries exactly the same body.
      const whole = refund.amount === attempt.amount;
      const transactions = whole
        ? undefined
        : [{ id: payment.id, amount: toMercadoPagoAmount(refund.amount, attempt.currency) }];
      const refunded = await journal.send('refund', async (key) =>
        valueOf(
          await client.refundOrder(orderId, {
            idempotencyKey: key,
            ...(transactions ? { transactions } : {}),
          }),
        ),
      );
      const entries = refunded.transactions.refunds ?? [];
      const ours = [...entries]
        .reverse()
        .find((r) => fromMercadoPagoAmount(r.amount, attempt.currency) === refund.amount);
      const settled = ours ? ours.status === 'processed' : !entries.some((r) => r.status !== 'processed');
      return { providerRef: ours?.id ?? refunded.id, state: settled ? 'succeeded' : 'pending' };
    },

    /**
     * The Orders API offers no search for Point orders, so reconciliation looks at the orders Mercado Pago
     * told Kassa about through notifications. Each is reported until it has ended; reconcile() skips the ones
     * the journal knows, by attempt id or order id.
     */
    async listRecent(sinceMs) {
      const records: ProviderRecord[] = [];
      for (const [orderId, heardAt] of heardOrders) {
        if (heardAt < sinceMs) {
          heardOrders.delete(orderId);
          continue;
        }
        const result = await readOrder(orderId);
        if (!result.ok) {
          if (toProviderError(result.error).retryable) throw toProviderError(result.error);
          heardOrders.delete(orderId);
          continue;
        }
        const order = result.value;
        if (!isOpenOrder(order)) heardOrders.delete(orderId);
        // Orders made outside Kassa (the Mercado Pago app, another system) are not this till's business.
        const attemptId = attemptIdOf(order.external_reference);
        const payment = paymentOf(order);
        if (!attemptId || !payment) continue;
        const country = order.country_code ?? options.country;
        const currency =
          country !== undefined && country in mercadoPagoCountries
            ? mercadoPagoCountries[country as MercadoPagoCountry['country']].currency
            : null;
        if (!currency) continue;
        records.push({
          providerRef: order.id,
          attemptId,
          tillId: null,
          amount: fromMercadoPagoAmount(payment.amount, currency),
          currency,
          phase: observeOrder(order).phase,
          created: order.created_date ? Date.parse(order.created_date) : heardAt,
        });
      }
      return records;
    },

    async simulateCard(attempt, card) {
      const orderId = attempt.providerRef;
      if (!orderId) throw translatedError('conflict', 'err.mp.noPaymentToPresent');
      const device = options.testTerminal;
      if (device) {
        await (card === 'approve' ? device.approve(orderId) : device.decline(orderId, testDeclines[card]));
        return;
      }
      const forced =
        card === 'approve'
          ? await client.forceOrderStatus(orderId, 'processed')
          : await client.forceOrderStatus(orderId, 'failed', { status_detail: testDeclines[card] });
      valueOf(forced);
    },
  };
}
