import { errorText } from '../../../shared/i18n/errors.ts';
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type Dispatch,
  type ReactNode,
  type Ref,
} from 'react';
import { cartTotals, toCheckoutLines, type CartState } from '../../../shared/cart/cart-state.ts';
import { quickTenderAmounts } from '../../../shared/cart/tender.ts';
import { KassaError, type KassaErrorShape, type Result } from '../../../shared/errors.ts';
import type { AutopilotTaskView } from '../../../shared/ipc/autopilot.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order, PaymentInput, PaymentLine } from '../../../shared/ipc/orders.ts';
import type { PaymentMethod } from '../../../shared/ipc/store.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { EntryField } from '../../shared/entry.tsx';
import { BackIcon, CloseIcon } from '../../shared/icons.tsx';
import { Keypad, type KeypadKey } from '../../shared/keypad.tsx';
import { isTyping, useShortcuts } from '../../shared/use-shortcuts.ts';
import { OrderCustomer, type OrderCustomerRef } from '../customers/order-customer.tsx';
import { TotalsTable } from '../sell/totals-table.tsx';
import { useTillSetup } from '../till-context.tsx';
import { cardBrand, CardStatus, type CardAction } from './card-status.tsx';
import { useManagerApproval } from './use-manager-approval.tsx';
import { isLinkLive, LinkPanel } from './link-panel.tsx';
import { CardOnFilePicker, CardOnFileStatus, isCardOnFilePayment, useSavedCards } from './card-on-file.tsx';
import { OpenHoldDialog } from '../holds/open-hold.tsx';
import type { LinkChoice, PaymentLink } from '../../../shared/ipc/paylinks.ts';
import {
  dueBefore,
  dueOnOrder,
  planPayment,
  type PendingPayment,
  type PlannedPayment,
} from './payment-plan.ts';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import {
  currentMethod,
  initialPaymentState,
  isCardSettled,
  paymentReducer,
  type Field,
  type PaymentAction,
  type Problem,
} from './payment-state.ts';

interface PaymentScreenProps {
  cart: CartState;
  /** An unfinished sale taken up again: the screen starts from the saved order and its card payment. */
  resumed: Order | null;
  onBack: () => void;
  onPaid: (order: Order) => void;
  /** A saved, partly paid order was voided at the cashier's request. */
  onVoided: () => void;
  /** The saved order stays open for later (the sell screen offers to resume it) and a new sale starts. */
  onPark: () => void;
  /** Who the order is for: methods marked "identify customer" are offered only when there is one (TILL-5). */
  customer: OrderCustomerRef | null;
  onAddCustomer: () => void;
  onRemoveCustomer: () => void;
  /** A manager's PIN that approved the sale's discount when it was given. */
  discountPin: string | null;
}

/** Which field a core error belongs to: "payments.1.tendered" → the cash received field. */
function problemOf(error: KassaErrorShape | KassaError): Problem {
  const last = error.field?.split('.').at(-1);
  return { field: last === 'amount' || last === 'tendered' ? last : null, message: errorText(error) };
}

const toInput = (p: PendingPayment): PaymentInput =>
  p.tendered === null
    ? { id: p.id, methodId: p.method.id, amount: p.amount }
    : { id: p.id, methodId: p.method.id, amount: p.amount, tendered: p.tendered };

/**
 * Taking payment: one or more payment lines (split tender) until they cover the total. Lines are kept on
 * screen and sent together with the order when the last one covers it, so an abandoned payment leaves
 * nothing behind. If the core saves the order without it being paid (its prices moved since the cart was
 * rung up), further lines are added to the saved order one by one.
 */
export function PaymentScreen({
  cart,
  resumed,
  onBack,
  onPaid,
  onVoided,
  onPark,
  customer,
  onAddCustomer,
  onRemoveCustomer,
  discountPin,
}: PaymentScreenProps) {
  const { store, format } = useTillSetup();
  const allMethods = useMethods();
  const methods = useMemo(
    () => allMethods.filter((m) => !m.identifyCustomer || customer !== null),
    [allMethods, customer],
  );
  const totals = useMemo(() => cartTotals(cart, store.pricesIncludeTax), [cart, store.pricesIncludeTax]);
  const [state, dispatch] = useReducer(paymentReducer, resumed, initialPaymentState);
  const { lines, saved, problem, busy, confirm, bigTender, attempt, cardError, entry } = state;
  // A method that is no longer offered (its customer was taken off the order) gives way to the first one.
  const method = currentMethod(state, methods);
  const { withApproval, approvalDialog } = useManagerApproval();
  // The sale completes once, whether the last line's answer or the order's change event tells first.
  const paidRef = useRef(false);
  const onPaidRef = useRef(onPaid);
  useEffect(() => {
    onPaidRef.current = onPaid;
  }, [onPaid]);
  const finish = useCallback((order: Order) => {
    if (paidRef.current) return;
    paidRef.current = true;
    onPaidRef.current(order);
  }, []);
  const amountRef = useRef<HTMLInputElement>(null);
  const receivedRef = useRef<HTMLInputElement>(null);

  const total = saved ? saved.total : totals.total;
  const due = saved
    ? dueOnOrder(saved.remaining, store.cashRoundingIncrement)
    : dueBefore(totals.total, store.cashRoundingIncrement, lines);
  const isCash = method?.journal === 'cash';
  const isTerminal = method !== null && method.terminal !== 'none';

  useFollowSavedOrder(saved?.id ?? null, dispatch, finish);
  const paylink = usePaymentLink(saved?.id ?? null);
  const linkShown = paylink.link !== null;
  const [payoutsAsk, setPayoutsAsk] = useState(false);
  // "Card on file" (issue 13.4): offered when the order's customer has saved cards (card-on-file.tsx).
  const savedCards = useSavedCards(customer?.id ?? null);
  const [onFile, setOnFile] = useState(false);
  // "Hold an amount" (issue 13.2): a hold on a card for this order, captured later under Holds.
  const [holding, setHolding] = useState(false);
  const onFileShown = onFile || (attempt !== null && isCardOnFilePayment(attempt));
  useOrderCustomer(saved, customer?.id ?? null, dispatch);

  const cardBusy = attempt !== null && !isCardSettled(attempt);
  const prefill = isCash ? due.cashDue : due.remaining;
  const paidSoFar = saved ? saved.paid : lines.reduce((sum, l) => sum + l.amount, 0);

  // A new method or a new line: the amount starts at what is left, the cash received starts empty, and the
  // field the cashier types next (the note handed over, or the amount) has the focus.
  const entryKey = `${method?.id ?? ''}:${prefill}`;
  const startField: Field = isCash ? 'tendered' : 'amount';
  if (entry.key !== entryKey) {
    dispatch({
      type: 'startEntry',
      key: entryKey,
      amountText: prefill > 0 ? format.amountInput(prefill) : '',
      field: startField,
    });
  }
  const { amountText, receivedText, activeField } = entry;
  const fieldRef = (field: Field) => (field === 'tendered' ? receivedRef : amountRef);
  useEffect(() => {
    fieldRef(startField).current?.focus();
  }, [entryKey, startField, state.focusRequests]);
  // After a question or a refusal the focus goes back to the field concerned, once the dialog has handed it back.
  const focusWanted = bigTender === null ? (problem?.field ?? null) : null;
  const askedBigTender = useRef(false);
  useEffect(() => {
    if (bigTender) askedBigTender.current = true;
    else if (askedBigTender.current) {
      askedBigTender.current = false;
      receivedRef.current?.focus();
    }
  }, [bigTender]);
  useEffect(() => {
    if (focusWanted) fieldRef(focusWanted).current?.focus();
  }, [focusWanted]);

  const plan = (): PlannedPayment | KassaError => {
    if (!method) return translatedError('not_found', 'pay.noMethods');
    try {
      return planPayment({
        method,
        amountText,
        receivedText,
        due,
        currency: store.currency,
        cashRoundingIncrement: store.cashRoundingIncrement,
        money: format.money,
        parseAmount: format.parseAmount,
      });
    } catch (error) {
      if (error instanceof KassaError) return error;
      throw error;
    }
  };
  const preview = plan();

  /** The first save of the order; a discount over the cashier's limit asks for a manager's PIN first. */
  const saveOrder = (
    payments: readonly PendingPayment[],
    cardPayment?: { methodId: string; amount: number },
  ) =>
    withApproval((typed) => {
      const managerPin = typed ?? discountPin ?? undefined;
      return kassa.orders.checkout({
        orderId: cart.orderId,
        lines: toCheckoutLines(cart),
        ...(cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {}),
        ...(customer ? { customerId: customer.id } : {}),
        ...(managerPin ? { managerPin } : {}),
        payments: payments.map(toInput),
        // Main checks the card payment about to be sent before it saves the order (issue 15.16).
        ...(cardPayment ? { cardPayment } : {}),
      });
    });

  const failed = (error: KassaErrorShape) => dispatch({ type: 'callFailed', problem: problemOf(error) });

  /**
   * The order a card, link or saved-card payment pays: the one saved already, or this sale saved now with the
   * lines taken so far (and the card payment about to start, if any); null where saving failed (said on screen).
   */
  const orderToPay = async (cardPayment?: { methodId: string; amount: number }): Promise<Order | null> => {
    if (saved) return saved;
    const result = await saveOrder(lines, cardPayment);
    if (!result.ok) {
      failed(result.error);
      return null;
    }
    dispatch({ type: 'orderSaved', order: result.value });
    dispatch({ type: 'callStarted' });
    return result.value;
  };

  /** Saves the order with the lines taken so far (a card payment needs an order to pay), then asks the reader. */
  const sendToReader = async (planned: PlannedPayment) => {
    if (!method) return;
    dispatch({ type: 'callStarted' });
    const order = await orderToPay({ methodId: method.id, amount: planned.amount });
    if (!order) return;
    const started = await kassa.payments.start({
      orderId: order.id,
      methodId: method.id,
      amount: planned.amount,
      paymentLineId: crypto.randomUUID(),
    });
    if (!started.ok) return failed(started.error);
    dispatch({ type: 'cardShown', attempt: started.value });
  };

  /** Saves the order with the lines taken so far (a link needs an order to pay), then asks Stripe for a link. */
  const payByLink = async (payoutsUnderstood = false) => {
    if (!method) return;
    setPayoutsAsk(false);
    dispatch({ type: 'callStarted' });
    const order = await orderToPay();
    if (!order) return;
    const choice = await kassa.paylinks.choice({ orderId: order.id, methodId: method.id });
    const created = await kassa.paylinks.create({
      orderId: order.id,
      methodId: method.id,
      ...(payoutsUnderstood ? { payoutsUnderstood } : {}),
    });
    if (!created.ok) {
      // Before the first link: what Stripe still needs to pay out is said first; the cashier may go on anyway.
      setPayoutsAsk(created.error.field === 'payoutsUnderstood');
      return failed(created.error);
    }
    dispatch({ type: 'orderSaved', order });
    paylink.show(created.value, choice.ok ? choice.value : null);
  };

  // The amount typed for a card method, else what is still owed (cash rounding does not apply to a card).
  const onFileAmount = !isCash && !(preview instanceof KassaError) ? preview.amount : due.remaining;
  /** Saves the order if it is not yet, then charges the chosen saved card for the amount of this payment. */
  const chargeOnFile = async (paymentMethod: string, amount: number) => {
    dispatch({ type: 'callStarted' });
    const order = await orderToPay();
    if (!order) return;
    const started = await kassa.cards.charge({
      orderId: order.id,
      paymentMethod,
      amount,
      paymentLineId: crypto.randomUUID(),
    });
    if (!started.ok) return failed(started.error);
    setOnFile(false);
    dispatch({ type: 'cardShown', attempt: started.value });
  };

  /** Charge later: saves the order if it is not yet, then has the autopilot charge the saved card at `dueAt`. */
  const scheduleOnFile = async (
    paymentMethod: string,
    amount: number,
    dueAt: number,
  ): Promise<Result<AutopilotTaskView>> => {
    let order = saved;
    if (!order) {
      const result = await saveOrder(lines);
      if (!result.ok) return result;
      order = result.value;
      dispatch({ type: 'orderSaved', order });
    }
    return kassa.autopilot.scheduleCharge({ orderId: order.id, paymentMethod, amount, dueAt });
  };

  /** A hold needs a saved order: the order is saved with the lines taken so far, as for a payment link. */
  const orderForHold = async (): Promise<{ id: string } | null> => {
    if (saved) return saved;
    dispatch({ type: 'callStarted' });
    const result = await saveOrder(lines);
    if (!result.ok) {
      failed(result.error);
      setHolding(false);
      return null;
    }
    dispatch({ type: 'orderSaved', order: result.value });
    return result.value;
  };

  const cardAction = async (action: CardAction) => {
    if (!attempt) return;
    if (action === 'dismiss') {
      dispatch({ type: 'cardDismissed' });
      return;
    }
    const { attemptId } = attempt;
    dispatch({ type: 'callStarted' });
    const result =
      action === 'approve' || action === 'decline'
        ? await kassa.payments.simulateCard({ attemptId, card: action })
        : await kassa.payments[action]({ attemptId });
    if (!result.ok) dispatch({ type: 'cardCallFailed', message: errorText(result.error) });
    else dispatch({ type: 'cardShown', attempt: result.value });
  };

  const forceDone = async (managerPin: string) => {
    if (!attempt) return;
    dispatch({ type: 'callStarted' });
    const result = await kassa.payments.forceDone({ attemptId: attempt.attemptId, managerPin });
    if (!result.ok) dispatch({ type: 'cardCallFailed', message: errorText(result.error) });
    else dispatch({ type: 'cardShown', attempt: result.value });
  };

  const send = async (planned: PlannedPayment) => {
    if (!method) return;
    if (isTerminal) {
      await sendToReader(planned);
      return;
    }
    const line: PendingPayment = {
      id: crypto.randomUUID(),
      method,
      amount: planned.amount,
      tendered: planned.tendered,
    };
    if (!saved && !planned.covers) {
      dispatch({ type: 'takeLine', line });
      return;
    }
    dispatch({ type: 'callStarted' });
    const result = saved
      ? await kassa.orders.addPayment({ orderId: saved.id, payment: toInput(line) })
      : await saveOrder([...lines, line]);
    if (!result.ok) return failed(result.error);
    if (result.value.status === 'paid') {
      finish(result.value);
      return;
    }
    dispatch({ type: 'orderSaved', order: result.value });
  };

  const submit = () => {
    if (busy || cardBusy) return;
    const planned = plan();
    if (planned instanceof KassaError) {
      dispatch({ type: 'refuse', problem: problemOf(planned) });
      fieldRef(planned.field === 'tendered' ? 'tendered' : 'amount').current?.focus();
      return;
    }
    if (planned.confirmTendered) {
      dispatch({ type: 'askBigTender', planned });
      return;
    }
    void send(planned);
  };

  const leave = () => {
    if (cardBusy) return;
    if (saved) dispatch({ type: 'confirm', question: 'void' });
    else if (lines.length > 0) dispatch({ type: 'confirm', question: 'leave' });
    else onBack();
  };
  const closeConfirm = () => dispatch({ type: 'confirm', question: null });

  const voidSaved = async () => {
    if (!saved) return;
    dispatch({ type: 'callStarted' });
    const result = await kassa.orders.void({ orderId: saved.id, reason: t('pay.voidReason') });
    if (result.ok) {
      onVoided();
      return;
    }
    dispatch({ type: 'voidFailed', message: errorText(result.error) });
  };

  const typeKey = (key: KeypadKey) => dispatch({ type: 'typeKey', key, decimalMark: format.decimalMark });

  useShortcuts((event) => {
    if (event.key === 'Escape') {
      leave();
      return true;
    }
    // Number keys type into the amount being entered even when a method button has the focus.
    if (!isTyping(event) && !event.ctrlKey && !event.altKey && !event.metaKey) {
      const key: KeypadKey | null = /^\d$/.test(event.key)
        ? (event.key as KeypadKey)
        : event.key === '.' || event.key === ','
          ? 'decimal'
          : event.key === 'Backspace'
            ? 'back'
            : null;
      if (key) {
        typeKey(key);
        fieldRef(activeField).current?.focus();
        return true;
      }
    }
    return false;
  });

  const cashAmount = preview instanceof KassaError ? due.cashDue : preview.amount;
  const quickAmounts = isCash ? quickTenderAmounts(cashAmount, store.currency) : [];
  const covers = !(preview instanceof KassaError) && preview.covers;
  const fieldError = (field: Field) => (problem?.field === field ? problem.message : null);
  const generalError = problem && problem.field === null ? problem.message : null;

  return (
    <div className="pay">
      <section className="pay__summary" aria-label={t('pay.summary')}>
        <button
          type="button"
          className="button button--ghost pay__back"
          onClick={leave}
          disabled={busy || cardBusy}
        >
          <BackIcon />
          {saved ? t('pay.voidSale') : t('pay.back')}
          <kbd>Esc</kbd>
        </button>
        <div className="pay__due">
          <p className="pay__due-label">{t('pay.amountDue')}</p>
          <p className="pay__due-amount" data-testid="amount-due">
            {format.money(total)}
          </p>
        </div>
        <div className="pay__customer">
          <OrderCustomer
            customer={customer}
            disabled={busy || cardBusy}
            onAdd={onAddCustomer}
            onRemove={onRemoveCustomer}
          />
        </div>

        <h2 className="pay__heading">{t('pay.lines')}</h2>
        {lines.length === 0 && (saved?.payments.length ?? 0) === 0 ? (
          <p className="pay__none">{t('pay.noLines')}</p>
        ) : (
          <ul className="pay__lines" data-testid="payment-lines">
            {(saved?.payments ?? []).map((p) => (
              <li
                key={p.id}
                className={`pay__line pay__line--saved${p.status === 'failed' || p.status === 'voided' ? ' pay__line--void' : ''}`}
              >
                <span className="pay__line-method">{p.methodName}</span>
                <span className="pay__line-detail">
                  {savedLineDetail(p, format.money, paylink.link?.paymentLineId)}
                </span>
                <span className="pay__line-amount">{format.money(p.amount)}</span>
                <span />
              </li>
            ))}
            {lines.map((p) => (
              <li key={p.id} className="pay__line">
                <span className="pay__line-method">{p.method.name}</span>
                <span className="pay__line-detail">
                  {p.tendered !== null && p.tendered > p.amount
                    ? t('pay.received', {
                        tendered: format.money(p.tendered),
                        change: format.money(p.tendered - p.amount),
                      })
                    : ''}
                </span>
                <span className="pay__line-amount">{format.money(p.amount)}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('pay.removeLine', { method: p.method.name, amount: format.money(p.amount) })}
                  onClick={() => dispatch({ type: 'removeLine', id: p.id })}
                >
                  <CloseIcon />
                </button>
              </li>
            ))}
          </ul>
        )}
        <dl className="pay__progress">
          <div>
            <dt>{t('pay.paid')}</dt>
            <dd>{format.money(paidSoFar)}</dd>
          </div>
          <div className="pay__remaining">
            <dt>{t('pay.remaining')}</dt>
            <dd data-testid="remaining">{format.money(due.remaining)}</dd>
          </div>
        </dl>
        {saved ? (
          <p className="pay__saved" role="status">
            {t('pay.savedOpen')}
          </p>
        ) : (
          <div className="pay__totals">
            <TotalsTable
              subtotal={totals.subtotal}
              discountTotal={totals.discountTotal}
              taxBreakdown={totals.taxBreakdown}
              total={totals.total}
              showTotal={false}
            />
          </div>
        )}
      </section>

      <section className="pay__entry" aria-label={t('pay.entry')}>
        <div className="methods" role="radiogroup" aria-label={t('pay.method')}>
          {methods.map((m) => (
            <button
              key={m.id}
              type="button"
              role="radio"
              aria-checked={!onFileShown && method?.id === m.id}
              className={`methods__option${!onFileShown && method?.id === m.id ? ' methods__option--on' : ''}`}
              disabled={attempt !== null || linkShown}
              onClick={() => {
                setOnFile(false);
                dispatch({ type: 'pickMethod', methodId: m.id });
              }}
            >
              {m.name}
            </button>
          ))}
          {savedCards.length > 0 ? (
            <button
              type="button"
              role="radio"
              aria-checked={onFileShown}
              className={`methods__option${onFileShown ? ' methods__option--on' : ''}`}
              disabled={attempt !== null || linkShown}
              onClick={() => setOnFile(true)}
            >
              {t('offsession.method')}
            </button>
          ) : null}
        </div>
        {methods.length === 0 ? <p className="field__error">{t('pay.noMethods')}</p> : null}

        {paylink.link ? (
          <LinkPanel
            link={paylink.link}
            notOffered={paylink.choice?.notOffered ?? []}
            payouts={paylink.choice?.payouts ?? null}
            onChanged={paylink.update}
            onDismiss={paylink.dismiss}
            onNextSale={onPark}
          />
        ) : attempt && isCardOnFilePayment(attempt) ? (
          <CardOnFileStatus
            attempt={attempt}
            busy={busy}
            error={cardError}
            onAction={(action) => void cardAction(action)}
          />
        ) : onFile && customer ? (
          <CardOnFilePicker
            cards={savedCards}
            customerName={customer.name}
            amount={onFileAmount}
            busy={busy}
            error={problem?.message ?? null}
            onCharge={(pm) => void chargeOnFile(pm, onFileAmount)}
            onBack={() => setOnFile(false)}
            onSchedule={(pm, dueAt) => scheduleOnFile(pm, onFileAmount, dueAt)}
            onNextSale={onPark}
          />
        ) : attempt ? (
          <CardStatus
            attempt={attempt}
            busy={busy}
            error={cardError}
            onAction={(action) => void cardAction(action)}
            onForceDone={(pin) => void forceDone(pin)}
          />
        ) : (
          <form
            className="pay__form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <div className="pay__fields">
              <PayField
                id="pay-amount"
                field="amount"
                label={t('pay.amountBy', { method: method?.name ?? '' })}
                inputRef={amountRef}
                value={amountText}
                error={fieldError('amount')}
                dispatch={dispatch}
              />

              {isCash ? (
                <>
                  <PayField
                    id="pay-received"
                    field="tendered"
                    label={t('pay.cashReceived')}
                    inputRef={receivedRef}
                    placeholder={amountText}
                    value={receivedText}
                    error={fieldError('tendered')}
                    dispatch={dispatch}
                  />
                  <div
                    className="quick-tender"
                    role="group"
                    aria-label={t('pay.quickTender')}
                    title={t('pay.quickTenderHint')}
                  >
                    {quickAmounts.map((amount, index) => (
                      <button
                        key={amount}
                        type="button"
                        className={`quick-tender__amount${index === 0 ? ' quick-tender__amount--exact' : ''}`}
                        disabled={busy}
                        aria-pressed={receivedText === format.amountInput(amount)}
                        onClick={() => {
                          // A tap fills in the note handed over; Enter (Complete sale) takes it. A mistaken tap
                          // is only a wrong figure in a field, never a finished sale.
                          dispatch({ type: 'typeText', field: 'tendered', text: format.amountInput(amount) });
                          receivedRef.current?.focus();
                        }}
                      >
                        {index === 0 ? <span className="quick-tender__hint">{t('pay.exact')}</span> : null}
                        {format.money(amount)}
                      </button>
                    ))}
                  </div>
                  <div className="change" aria-live="polite">
                    <span className="change__label">{t('pay.changeDue')}</span>
                    <span className="change__amount" data-testid="change-due">
                      {preview instanceof KassaError ? '—' : format.money(preview.change)}
                    </span>
                  </div>
                </>
              ) : null}
            </div>

            <div className="pay__pad">
              <Keypad label={t('keypad.label')} decimalMark={format.decimalMark} onKey={typeKey} />
              {generalError ? (
                <p className="field__error" role="alert">
                  {generalError}
                </p>
              ) : null}
              <button
                type="submit"
                className="button button--pay"
                disabled={busy || !method}
                data-testid="take-payment"
              >
                <span>{isTerminal ? t('card.send') : covers ? t('pay.complete') : t('pay.addLine')}</span>
                <kbd>Enter</kbd>
              </button>
              {isTerminal ? <p className="pay__card-hint">{t('card.sendHint')}</p> : null}
              {method?.terminal === 'stripe' ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  title={t('paylink.buttonHint')}
                  onClick={() => void payByLink()}
                >
                  {t('paylink.button')}
                </button>
              ) : null}
              {method?.terminal === 'stripe' ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  title={t('holdtill.openHint')}
                  data-testid="open-hold-button"
                  onClick={() => setHolding(true)}
                >
                  {t('holdtill.open')}
                </button>
              ) : null}
              {payoutsAsk && method?.terminal === 'stripe' ? (
                <button type="button" className="button" disabled={busy} onClick={() => void payByLink(true)}>
                  {t('paylink.makeAnyway')}
                </button>
              ) : null}
            </div>
          </form>
        )}
      </section>

      {approvalDialog}
      {holding ? (
        <OpenHoldDialog
          suggested={due.remaining}
          cards={customer ? savedCards : []}
          ensureOrder={orderForHold}
          onClose={() => setHolding(false)}
        />
      ) : null}
      {bigTender && bigTender.tendered !== null ? (
        <Dialog
          title={t('pay.bigTenderTitle')}
          onClose={() => dispatch({ type: 'closeBigTender' })}
          className="dialog--confirm"
        >
          <p className="dialog__text">
            {t('pay.bigTenderText', {
              tendered: format.money(bigTender.tendered),
              amount: format.money(bigTender.amount),
              change: format.money(bigTender.change),
            })}
          </p>
          <div className="entry__actions">
            <button
              type="button"
              className="button"
              autoFocus
              onClick={() => dispatch({ type: 'closeBigTender' })}
            >
              {t('pay.bigTenderFix')} <kbd>Esc</kbd>
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const planned = bigTender;
                void send(planned);
              }}
            >
              {t('pay.bigTenderConfirm', { tendered: format.money(bigTender.tendered) })}
            </button>
          </div>
        </Dialog>
      ) : null}
      {confirm === 'leave' ? (
        <StayDialog title={t('pay.leaveTitle')} text={t('pay.leaveText')} onStay={closeConfirm}>
          <button type="button" className="button button--danger" onClick={onBack}>
            {t('pay.leave')}
          </button>
        </StayDialog>
      ) : null}
      {confirm === 'void' ? (
        <StayDialog title={t('pay.voidTitle')} text={t('pay.voidText')} onStay={closeConfirm}>
          <button type="button" className="button" disabled={busy} onClick={onPark}>
            {t('pay.keepOpen')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void voidSaved()}
          >
            {t('pay.voidConfirm')}
          </button>
        </StayDialog>
      ) : null}
    </div>
  );
}

/** The payment methods as they are now: a card method appears once its provider has connected. */
function useMethods(): readonly PaymentMethod[] {
  const { methods: atStart } = useTillSetup();
  // Methods saved in the preferences reach the till as a new set: it is asked for again.
  const setKey = useMemo(() => JSON.stringify(atStart), [atStart]);
  const { data, dataKey } = useData(() => kassa.paymentMethods.list({}), setKey);
  return useMemo(
    () => (data && dataKey === setKey ? [...data].sort((a, b) => a.position - b.position) : atStart),
    [data, dataKey, setKey, atStart],
  );
}

/**
 * A saved order follows its card payment and its own changes: the reader's news shows in the status panel,
 * the order (its card line pending, paid, failed) is read again, and a paid order completes the sale.
 */
function useFollowSavedOrder(
  savedId: string | null,
  dispatch: Dispatch<PaymentAction>,
  finish: (order: Order) => void,
) {
  const order = useData(
    savedId === null ? null : () => kassa.orders.get({ orderId: savedId }),
    savedId ?? '',
    { refreshOn: ['orders.changed', 'payments.updated'] },
  );
  const attempts = useData(
    savedId === null ? null : () => kassa.payments.forOrder({ orderId: savedId }),
    savedId ?? '',
  );
  // Listening starts with the screen, not once the order is saved: a refusal that comes at once (a terminal in
  // standalone mode) can reach a busy till before it has rendered the saved order, and news nobody listened for
  // is gone. The reducer keeps the saved order's news only.
  useEffect(
    () => kassa.on('payments.updated', (update) => dispatch({ type: 'cardUpdated', attempt: update })),
    [dispatch],
  );
  const fresh = order.dataKey === savedId ? order.data : null;
  useEffect(() => {
    if (!fresh) return;
    // A resumed order may have been paid just before this screen began to listen.
    if (fresh.status === 'paid') finish(fresh);
    else dispatch({ type: 'orderChanged', order: fresh });
  }, [fresh, dispatch, finish]);
  const open =
    attempts.dataKey === savedId ? attempts.data?.filter((a) => !isCardSettled(a)).at(-1) : undefined;
  useEffect(() => {
    if (open) dispatch({ type: 'cardFound', attempt: open });
  }, [open, dispatch]);
}

/**
 * The payment link of the saved order, if it has one: shown while it is live (a resumed order shows its open
 * link again), followed through its updates, and put aside by the cashier once it ended.
 */
function usePaymentLink(savedId: string | null) {
  const [shown, setShown] = useState<PaymentLink | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [choice, setChoice] = useState<LinkChoice | null>(null);
  const found = useData(
    savedId === null ? null : () => kassa.paylinks.forOrder({ orderId: savedId }),
    savedId ?? '',
  );
  const live = found.dataKey === savedId ? found.data?.find(isLinkLive) : undefined;
  const link = shown ?? (live && live.id !== dismissed ? live : null);
  const update = useCallback((next: PaymentLink) => setShown(next), []);
  return {
    link,
    choice,
    update,
    show: (next: PaymentLink, reasons: LinkChoice | null) => {
      setChoice(reasons);
      setShown(next);
    },
    dismiss: () => {
      setDismissed(link?.id ?? null);
      setShown(null);
    },
  };
}

/** A saved order follows the customer chosen on screen: it is put on (or taken off) the order itself. */
function useOrderCustomer(saved: Order | null, wanted: string | null, dispatch: Dispatch<PaymentAction>) {
  const savedId = saved?.id ?? null;
  const onOrder = saved === null ? null : (saved.customer?.id ?? null);
  useEffect(() => {
    if (savedId === null || onOrder === wanted) return;
    // An answer for a customer changed again meanwhile is put right by the next run of this effect.
    void kassa.customers
      .attachToOrder({ orderId: savedId, customerId: wanted })
      .then((result) =>
        dispatch(
          result.ok
            ? { type: 'orderChanged', order: result.value }
            : { type: 'refuse', problem: { field: null, message: errorText(result.error) } },
        ),
      );
  }, [savedId, onOrder, wanted, dispatch]);
}

/** What a recorded line says next to its method: the change given, the card used, or where it stands. */
function savedLineDetail(
  line: PaymentLine,
  money: (minor: number) => string,
  linkLineId: string | undefined,
): string {
  if (line.needsReconciliation) return t('card.needsReconciliation');
  if (line.status === 'pending' && line.id === linkLineId) return t('paylink.linePending');
  if (line.status === 'pending') return t('card.linePending');
  if (line.status === 'failed') return t('card.lineFailed');
  if (line.cardBrand && line.cardLast4) {
    return t('card.paidWith', { brand: cardBrand(line.cardBrand), last4: line.cardLast4 });
  }
  if (line.tendered !== null && line.change > 0) {
    return t('pay.received', { tendered: money(line.tendered), change: money(line.change) });
  }
  return t('pay.recorded');
}

/** One of the payment form's big amount fields: its error under it, read out with it; focusing it points the pad at it. */
function PayField({
  id,
  field,
  label,
  inputRef,
  placeholder,
  value,
  error,
  dispatch,
}: {
  id: string;
  field: Field;
  label: string;
  inputRef: Ref<HTMLInputElement>;
  placeholder?: string;
  value: string;
  error: string | null;
  dispatch: Dispatch<PaymentAction>;
}) {
  return (
    <EntryField
      name={id}
      id={id}
      label={label}
      error={error}
      inputMode="decimal"
      autoFocus={false}
      inputRef={inputRef}
      {...(placeholder === undefined ? {} : { placeholder })}
      value={value}
      onFocus={() => dispatch({ type: 'focusField', field })}
      onChange={(event) => dispatch({ type: 'typeText', field, text: event.target.value })}
    />
  );
}

/** Asks before the payment screen lets go of a sale: Stay (Esc) first, then what the screen would do instead. */
function StayDialog({
  title,
  text,
  onStay,
  children,
}: {
  title: string;
  text: string;
  onStay: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog title={title} onClose={onStay} className="dialog--confirm">
      <p className="dialog__text">{text}</p>
      <div className="entry__actions">
        <button type="button" className="button" autoFocus onClick={onStay}>
          {t('pay.stay')} <kbd>Esc</kbd>
        </button>
        {children}
      </div>
    </Dialog>
  );
}
