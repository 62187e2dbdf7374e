import { useEffect, useMemo, useRef, useState } from 'react';
import { cartTotals, toCheckoutLines, type CartState } from '../../../shared/cart/cart-state.ts';
import { quickTenderAmounts } from '../../../shared/cart/tender.ts';
import { KassaError, type KassaErrorShape } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order, PaymentInput, PaymentLine } from '../../../shared/ipc/orders.ts';
import type { CardPayment } from '../../../shared/ipc/payments.ts';
import type { PaymentMethod } from '../../../shared/ipc/store.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { BackIcon, CloseIcon } from '../../shared/icons.tsx';
import { applyKeypadKey, Keypad, type KeypadKey } from '../../shared/keypad.tsx';
import { isTyping, useShortcuts } from '../../shared/use-shortcuts.ts';
import { OrderCustomer, type OrderCustomerRef } from '../customers/order-customer.tsx';
import { TotalsTable } from '../sell/totals-table.tsx';
import { useTillSetup } from '../till-context.tsx';
import { cardBrand, CardStatus, isCardSettled, type CardAction } from './card-status.tsx';
import { useManagerApproval } from './use-manager-approval.tsx';
import {
  dueBefore,
  dueOnOrder,
  planPayment,
  type PendingPayment,
  type PlannedPayment,
} from './payment-plan.ts';

type Field = 'amount' | 'tendered';
type Problem = { field: Field | null; message: string };

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
}

/** Which field a core error belongs to: "payments.1.tendered" → the cash received field. */
function fieldOf(error: KassaErrorShape): Field | null {
  const last = error.field?.split('.').at(-1);
  return last === 'amount' || last === 'tendered' ? last : null;
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
}: PaymentScreenProps) {
  const { store, format } = useTillSetup();
  const allMethods = useMethods();
  const methods = useMemo(
    () => allMethods.filter((m) => !m.identifyCustomer || customer !== null),
    [allMethods, customer],
  );
  const totals = useMemo(() => cartTotals(cart, store.pricesIncludeTax), [cart, store.pricesIncludeTax]);
  const [lines, setLines] = useState<PendingPayment[]>([]);
  const [saved, setSaved] = useState<Order | null>(resumed);
  const [picked, setMethod] = useState<PaymentMethod | null>(methods[0] ?? null);
  // A method that is no longer offered (its customer was taken off the order) gives way to the first one.
  const method = (picked && methods.find((m) => m.id === picked.id)) ?? methods[0] ?? null;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<'leave' | 'void' | null>(null);
  const [attempt, setAttempt] = useState<CardPayment | null>(null);
  const [cardError, setCardError] = useState<string | null>(null);
  const { withApproval, approvalDialog } = useManagerApproval();
  // The sale completes once, whether the last line's answer or the order's change event tells first.
  const paidRef = useRef(false);
  const onPaidRef = useRef(onPaid);
  useEffect(() => {
    onPaidRef.current = onPaid;
  }, [onPaid]);
  const finish = (order: Order) => {
    if (paidRef.current) return;
    paidRef.current = true;
    onPaidRef.current(order);
  };
  const amountRef = useRef<HTMLInputElement>(null);
  const receivedRef = useRef<HTMLInputElement>(null);

  const total = saved ? saved.total : totals.total;
  const due = saved
    ? dueOnOrder(saved.remaining, store.cashRoundingIncrement)
    : dueBefore(totals.total, store.cashRoundingIncrement, lines);
  const isCash = method?.journal === 'cash';
  const isTerminal = method !== null && method.terminal !== 'none';
  const savedId = saved?.id ?? null;

  // A card payment runs on the reader: its state comes as events, and the order follows once it is paid.
  useEffect(() => {
    if (!savedId) return;
    let live = true;
    const refreshOrder = async () => {
      const result = await window.kassa.orders.get({ orderId: savedId });
      if (!live || !result.ok) return;
      if (result.value.status !== 'paid') setSaved(result.value);
      else if (!paidRef.current) {
        paidRef.current = true;
        onPaidRef.current(result.value);
      }
    };
    const stopPayments = window.kassa.on('payments.updated', (update) => {
      if (update.orderId !== savedId) return;
      setAttempt((shown) => followAttempt(shown, update));
      // The card line on the order (pending, paid with its card, failed) follows its payment.
      void refreshOrder();
    });
    const stopOrders = window.kassa.on('orders.changed', (change) => {
      if (change.orderId === savedId) void refreshOrder();
    });
    // A resumed order may have been paid just before this screen began to listen.
    void refreshOrder();
    void window.kassa.payments.forOrder({ orderId: savedId }).then((result) => {
      if (!live || !result.ok) return;
      const open = result.value.filter((a) => !isCardSettled(a)).at(-1);
      // Updates may have arrived before this listener: keep whichever view of the attempt is newer.
      if (open) {
        setAttempt((shown) =>
          shown === null || (shown.attemptId === open.attemptId && open.updatedAt > shown.updatedAt)
            ? open
            : shown,
        );
      }
    });
    return () => {
      live = false;
      stopPayments();
      stopOrders();
    };
  }, [savedId]);
  // A saved order follows the customer chosen on screen: it is put on (or taken off) the order itself.
  const wantedCustomer = customer?.id ?? null;
  const savedCustomer = saved === null ? null : (saved.customer?.id ?? null);
  useEffect(() => {
    if (savedId === null || savedCustomer === wantedCustomer) return;
    let live = true;
    void window.kassa.customers
      .attachToOrder({ orderId: savedId, customerId: wantedCustomer })
      .then((result) => {
        if (!live) return;
        if (result.ok) setSaved(result.value);
        else setProblem({ field: null, message: result.error.message });
      });
    return () => {
      live = false;
    };
  }, [savedId, savedCustomer, wantedCustomer]);
  const cardBusy = attempt !== null && !isCardSettled(attempt);
  const prefill = isCash ? due.cashDue : due.remaining;
  const paidSoFar = saved ? saved.paid : lines.reduce((sum, l) => sum + l.amount, 0);

  // A new method or a new line: the amount starts at what is left, the cash received starts empty, and the
  // field the cashier types next (the note handed over, or the amount) has the focus.
  const entryKey = `${method?.id ?? ''}:${prefill}`;
  const startField: Field = isCash ? 'tendered' : 'amount';
  const startAmount = prefill > 0 ? format.amountInput(prefill) : '';
  const [entryFor, setEntryFor] = useState(entryKey);
  const [amountText, setAmountText] = useState(startAmount);
  const [receivedText, setReceivedText] = useState('');
  const [activeField, setActiveField] = useState<Field>(startField);
  if (entryFor !== entryKey) {
    setEntryFor(entryKey);
    setAmountText(startAmount);
    setReceivedText('');
    setActiveField(startField);
    setProblem(null);
  }
  useEffect(() => {
    (startField === 'tendered' ? receivedRef : amountRef).current?.focus();
  }, [entryKey, startField]);

  const plan = (received = receivedText): PlannedPayment | KassaError => {
    if (!method) return new KassaError('not_found', t('pay.noMethods'));
    try {
      return planPayment({
        method,
        amountText,
        receivedText: received,
        due,
        currency: store.currency,
        cashRoundingIncrement: store.cashRoundingIncrement,
        money: format.money,
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
    withApproval((managerPin) =>
      window.kassa.orders.checkout({
        orderId: cart.orderId,
        lines: toCheckoutLines(cart),
        ...(cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {}),
        ...(customer ? { customerId: customer.id } : {}),
        ...(managerPin ? { managerPin } : {}),
        payments: payments.map(toInput),
        // Main checks the card payment about to be sent before it saves the order (issue 15.16).
        ...(cardPayment ? { cardPayment } : {}),
      }),
    );

  /** Saves the order with the lines taken so far (a card payment needs an order to pay), then asks the reader. */
  const sendToReader = async (planned: PlannedPayment) => {
    if (!method) return;
    setBusy(true);
    setCardError(null);
    let order = saved;
    if (!order) {
      const result = await saveOrder(lines, { methodId: method.id, amount: planned.amount });
      if (!result.ok) {
        setBusy(false);
        setProblem({ field: fieldOf(result.error), message: result.error.message });
        return;
      }
      order = result.value;
      setLines([]);
      setSaved(order);
    }
    const started = await window.kassa.payments.start({
      orderId: order.id,
      methodId: method.id,
      amount: planned.amount,
      paymentLineId: crypto.randomUUID(),
    });
    setBusy(false);
    if (!started.ok) {
      setProblem({ field: fieldOf(started.error), message: started.error.message });
      return;
    }
    setAttempt((shown) =>
      shown?.attemptId === started.value.attemptId ? newer(shown, started.value) : started.value,
    );
  };

  const cardAction = async (action: CardAction) => {
    if (!attempt) return;
    if (action === 'dismiss') {
      setAttempt(null);
      setCardError(null);
      return;
    }
    const { attemptId } = attempt;
    setBusy(true);
    setCardError(null);
    const result =
      action === 'approve' || action === 'decline'
        ? await window.kassa.payments.simulateCard({ attemptId, card: action })
        : await window.kassa.payments[action]({ attemptId });
    setBusy(false);
    if (!result.ok) setCardError(result.error.message);
    else setAttempt((shown) => (shown ? newer(shown, result.value) : result.value));
  };

  const forceDone = async (managerPin: string) => {
    if (!attempt) return;
    setBusy(true);
    const result = await window.kassa.payments.forceDone({ attemptId: attempt.attemptId, managerPin });
    setBusy(false);
    if (!result.ok) setCardError(result.error.message);
    else setAttempt(result.value);
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
      setLines((taken) => [...taken, line]);
      return;
    }
    setBusy(true);
    const result = saved
      ? await window.kassa.orders.addPayment({ orderId: saved.id, payment: toInput(line) })
      : await saveOrder([...lines, line]);
    setBusy(false);
    if (!result.ok) {
      // Nothing was recorded: the screen stays as it was, with the reason next to the field it concerns.
      setProblem({ field: fieldOf(result.error), message: result.error.message });
      return;
    }
    if (result.value.status === 'paid') {
      finish(result.value);
      return;
    }
    setLines([]);
    setSaved(result.value);
  };

  const submit = (received?: string) => {
    if (busy || cardBusy) return;
    const planned = plan(received);
    if (planned instanceof KassaError) {
      setProblem({ field: (planned.field as Field | undefined) ?? null, message: planned.message });
      (planned.field === 'tendered' ? receivedRef : amountRef).current?.focus();
      return;
    }
    void send(planned);
  };

  const leave = () => {
    if (cardBusy) return;
    if (saved) setConfirm('void');
    else if (lines.length > 0) setConfirm('leave');
    else onBack();
  };

  const voidSaved = async () => {
    if (!saved) return;
    setBusy(true);
    const result = await window.kassa.orders.void({ orderId: saved.id, reason: t('pay.voidReason') });
    setBusy(false);
    setConfirm(null);
    if (result.ok) {
      onVoided();
      return;
    }
    // The reason shows with the entry form, where the cashier takes the rest: a finished card panel gives way.
    setAttempt((shown) => (shown && isCardSettled(shown) ? null : shown));
    setProblem({ field: null, message: result.error.message });
  };

  const typeKey = (key: KeypadKey) => {
    const setText = activeField === 'amount' ? setAmountText : setReceivedText;
    setText((text) => applyKeypadKey(text, key, format.decimalMark));
    setProblem(null);
  };

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
        (activeField === 'amount' ? amountRef : receivedRef).current?.focus();
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
                <span className="pay__line-detail">{savedLineDetail(p, format.money)}</span>
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
                  onClick={() => setLines((taken) => taken.filter((l) => l.id !== p.id))}
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
              aria-checked={method?.id === m.id}
              className={`methods__option${method?.id === m.id ? ' methods__option--on' : ''}`}
              disabled={attempt !== null}
              onClick={() => setMethod(m)}
            >
              {m.name}
            </button>
          ))}
        </div>
        {methods.length === 0 ? <p className="field__error">{t('pay.noMethods')}</p> : null}

        {attempt ? (
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
              <div className="field">
                <label className="field__label" htmlFor="pay-amount">
                  {t('pay.amountBy', { method: method?.name ?? '' })}
                </label>
                <input
                  id="pay-amount"
                  ref={amountRef}
                  className={`field__input field__input--big${fieldError('amount') ? ' field__input--invalid' : ''}`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={amountText}
                  aria-invalid={fieldError('amount') !== null}
                  aria-describedby={fieldError('amount') ? 'pay-amount-error' : undefined}
                  onFocus={() => setActiveField('amount')}
                  onChange={(event) => {
                    setAmountText(event.target.value);
                    setProblem(null);
                  }}
                />
                {fieldError('amount') ? (
                  <p id="pay-amount-error" className="field__error" role="alert">
                    {fieldError('amount')}
                  </p>
                ) : null}
              </div>

              {isCash ? (
                <>
                  <div className="field">
                    <label className="field__label" htmlFor="pay-received">
                      {t('pay.cashReceived')}
                    </label>
                    <input
                      id="pay-received"
                      ref={receivedRef}
                      className={`field__input field__input--big${fieldError('tendered') ? ' field__input--invalid' : ''}`}
                      inputMode="decimal"
                      autoComplete="off"
                      placeholder={amountText}
                      value={receivedText}
                      aria-invalid={fieldError('tendered') !== null}
                      aria-describedby={fieldError('tendered') ? 'pay-received-error' : undefined}
                      onFocus={() => setActiveField('tendered')}
                      onChange={(event) => {
                        setReceivedText(event.target.value);
                        setProblem(null);
                      }}
                    />
                    {fieldError('tendered') ? (
                      <p id="pay-received-error" className="field__error" role="alert">
                        {fieldError('tendered')}
                      </p>
                    ) : null}
                  </div>
                  <div className="quick-tender" role="group" aria-label={t('pay.quickTender')}>
                    {quickAmounts.map((amount, index) => (
                      <button
                        key={amount}
                        type="button"
                        className={`quick-tender__amount${index === 0 ? ' quick-tender__amount--exact' : ''}`}
                        disabled={busy}
                        onClick={() => {
                          const text = format.amountInput(amount);
                          setReceivedText(text);
                          submit(text);
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
            </div>
          </form>
        )}
      </section>

      {approvalDialog}
      {confirm === 'leave' ? (
        <Dialog title={t('pay.leaveTitle')} onClose={() => setConfirm(null)} className="dialog--confirm">
          <p className="dialog__text">{t('pay.leaveText')}</p>
          <div className="entry__actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirm(null)}>
              {t('pay.stay')} <kbd>Esc</kbd>
            </button>
            <button type="button" className="button button--danger" onClick={onBack}>
              {t('pay.leave')}
            </button>
          </div>
        </Dialog>
      ) : null}
      {confirm === 'void' ? (
        <Dialog title={t('pay.voidTitle')} onClose={() => setConfirm(null)} className="dialog--confirm">
          <p className="dialog__text">{t('pay.voidText')}</p>
          <div className="entry__actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirm(null)}>
              {t('pay.stay')} <kbd>Esc</kbd>
            </button>
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
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

/** The payment methods as they are now: a card method appears once its provider has connected. */
function useMethods(): readonly PaymentMethod[] {
  const { methods: atStart } = useTillSetup();
  const [fetched, setFetched] = useState<{
    from: readonly PaymentMethod[];
    methods: readonly PaymentMethod[];
  }>();
  useEffect(() => {
    let live = true;
    void window.kassa.paymentMethods.list({}).then((result) => {
      if (live && result.ok)
        setFetched({ from: atStart, methods: [...result.value].sort((a, b) => a.position - b.position) });
    });
    return () => {
      live = false;
    };
  }, [atStart]);
  // Methods saved in the preferences reach the till as a new set: an answer asked before that is out of date.
  return fetched?.from === atStart ? fetched.methods : atStart;
}

/** What a recorded line says next to its method: the change given, the card used, or where it stands. */
function savedLineDetail(line: PaymentLine, money: (minor: number) => string): string {
  if (line.needsReconciliation) return t('card.needsReconciliation');
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

const newer = (a: CardPayment, b: CardPayment) => (a.updatedAt > b.updatedAt ? a : b);

/**
 * Which card payment the status panel shows after an event: news of the one shown, or a payment that has just
 * started; late news of one the cashier already put aside does not come back.
 */
function followAttempt(shown: CardPayment | null, update: CardPayment): CardPayment | null {
  if (shown?.attemptId === update.attemptId) return newer(shown, update);
  if (shown === null && !isCardSettled(update) && update.state !== 'declined') return update;
  return shown;
}
