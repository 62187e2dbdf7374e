import { useState } from 'react';
import { cartTotals, toCheckoutLines, type CartState } from '../../../shared/cart/cart-state.ts';
import { errorText, failureText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { KeptOrderView } from '../../../shared/ipc/kept-orders.ts';
import {
  guaranteeWays,
  prepaymentDue,
  waysKey,
  type GuaranteeRule,
  type KeptKind,
} from '../../../shared/orders/kept-order.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import type { OrderCustomerRef } from '../customers/order-customer.tsx';
import { useSavedCards } from '../payment/card-on-file.tsx';
import { useManagerApproval } from '../payment/use-manager-approval.tsx';
import { useTillSetup } from '../till-context.tsx';

/** The rule of one kind in words: "The shop asks for a card hold of at least €50.00 or a card on file." */
export function useRuleText(): (rule: GuaranteeRule, total: number) => string {
  const { format } = useTillSetup();
  return (rule, total) => {
    const key = waysKey(guaranteeWays(rule));
    if (key === null) return t('tabs.policyNone');
    const need = t(key, {
      hold: format.money(rule.holdAtLeast ?? 0),
      percent: rule.prepaymentPercent ?? 0,
      prepay: format.money(prepaymentDue(rule, total)),
    });
    return t('tabs.policy', { need });
  };
}

interface KeepOpenDialogProps {
  cart: CartState;
  customer: OrderCustomerRef | null;
  /** A manager's PIN that approved a discount on this sale: saving the order sends it. */
  discountPin: string | null;
  onAddCustomer: () => void;
  onKept: (kept: KeptOrderView) => void;
  onClose: () => void;
}

/**
 * Keep the cart open for its customer, as a tab or an order for later pickup (issue 13.3). The shop's guarantee
 * policy for the kind is said first (STO-8); a hold on the customer's saved card can be opened from here. Main
 * decides: when the order does not meet the policy, it says what is missing and a manager's PIN keeps it anyway.
 */
export function KeepOpenDialog({
  cart,
  customer,
  discountPin,
  onAddCustomer,
  onKept,
  onClose,
}: KeepOpenDialogProps) {
  const { store, methods, format } = useTillSetup();
  const [kind, setKind] = useState<KeptKind>('tab');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [held, setHeld] = useState<string | null>(null);
  const policies = useData(() => kassa.keptOrders.policies({}), 'policies');
  const cards = useSavedCards(customer?.id ?? null);
  const ruleText = useRuleText();
  const { withApproval, approvalDialog } = useManagerApproval();
  const total = cartTotals(cart, store.pricesIncludeTax).total;
  const rule = policies.data?.[kind] ?? null;
  const stripeMethod = methods.find((m) => m.terminal === 'stripe');
  const card = cards[0];
  const holdAmount = Math.max(rule?.holdAtLeast ?? 0, total);
  const cardText = card ? `${card.brand.toUpperCase()} •••• ${card.last4}` : '';
  const cashMethod = methods.find((m) => m.journal === 'cash' && m.terminal === 'none');
  const prepayAmount = rule !== null && rule.prepaymentPercent !== null ? prepaymentDue(rule, total) : 0;
  const [prepaid, setPrepaid] = useState<string | null>(null);

  /** Saves the order (as a payment saves it); saving it again with the same id is the same order. */
  const save = () =>
    kassa.orders.checkout({
      orderId: cart.orderId,
      lines: toCheckoutLines(cart),
      ...(cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {}),
      ...(customer ? { customerId: customer.id } : {}),
      ...(discountPin ? { managerPin: discountPin } : {}),
      payments: [],
    });

  const holdOnCard = async () => {
    if (!card || !stripeMethod) return;
    setBusy(t('tabs.holding', { amount: format.money(holdAmount), card: cardText }));
    setProblem(null);
    const saved = await save();
    if (!saved.ok) {
      setBusy(null);
      return setProblem(errorText(saved.error));
    }
    const hold = await kassa.holds.openOnCard({
      orderId: cart.orderId,
      methodId: stripeMethod.id,
      amount: holdAmount,
      paymentMethod: card.paymentMethod,
    });
    setBusy(null);
    if (!hold.ok) return setProblem(errorText(hold.error));
    if (hold.value.state !== 'held')
      return setProblem(failureText({ code: hold.value.failure ?? 'card_declined' }));
    setHeld(t('tabs.held', { amount: format.money(hold.value.amount), card: cardText }));
  };

  /** The prepayment the policy asks for, taken in cash: the order is saved with it, then kept. */
  const prepayInCash = async () => {
    if (!cashMethod || prepayAmount <= 0) return;
    const amount = format.money(prepayAmount);
    setBusy(t('tabs.prepaying', { amount }));
    setProblem(null);
    const saved = await kassa.orders.checkout({
      orderId: cart.orderId,
      lines: toCheckoutLines(cart),
      ...(cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {}),
      ...(customer ? { customerId: customer.id } : {}),
      ...(discountPin ? { managerPin: discountPin } : {}),
      payments: [
        { id: crypto.randomUUID(), methodId: cashMethod.id, amount: prepayAmount, tendered: prepayAmount },
      ],
    });
    setBusy(null);
    if (!saved.ok) return setProblem(errorText(saved.error));
    setPrepaid(t('tabs.prepaid', { amount }));
  };

  /**
   * The policy is asked first and the order saved only when it is met or a manager approved: while a manager
   * decides, the sale is not saved, so it never shows as an unfinished sale.
   */
  const keep = async () => {
    if (!customer) return;
    setBusy(t('tabs.keeping'));
    setProblem(null);
    const kept = await withApproval(async (managerPin) => {
      const pin = managerPin ? { managerPin } : {};
      const checked = await kassa.keptOrders.check({
        orderId: cart.orderId,
        kind,
        customerId: customer.id,
        total,
        ...pin,
      });
      if (!checked.ok) return checked;
      const saved = await save();
      if (!saved.ok) return saved;
      return kassa.keptOrders.keep({ orderId: cart.orderId, kind, ...pin });
    });
    setBusy(null);
    if (!kept.ok) return setProblem(errorText(kept.error));
    onKept(kept.value);
  };

  return (
    <Dialog title={t('tabs.keepTitle')} onClose={onClose} className="dialog--entry">
      <div className="keep" data-testid="keep-open">
        {customer ? (
          <p className="keep__for">{t('tabs.for', { name: customer.name, total: format.money(total) })}</p>
        ) : (
          <div className="keep__customer">
            <p className="field__error">{t('tabs.noCustomer')}</p>
            <button type="button" className="button" onClick={onAddCustomer}>
              {t('tabs.addCustomer')}
            </button>
          </div>
        )}
        <div className="segmented" role="radiogroup" aria-label={t('tabs.kind')}>
          {(['tab', 'pickup'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="radio"
              aria-checked={kind === k}
              data-testid={`keep-kind-${k}`}
              className={`segmented__option${kind === k ? ' segmented__option--on' : ''}`}
              onClick={() => setKind(k)}
            >
              {k === 'tab' ? t('tabs.kindTab') : t('tabs.kindPickup')}
            </button>
          ))}
        </div>
        <p className="keep__hint">{kind === 'tab' ? t('tabs.kindTabHint') : t('tabs.kindPickupHint')}</p>
        {rule ? (
          <p className="keep__policy" data-testid="keep-policy">
            {ruleText(rule, total)}
          </p>
        ) : null}
        {held ? (
          <p className="remote__sent" role="status" data-testid="keep-held">
            {held}
          </p>
        ) : null}
        {prepaid ? (
          <p className="remote__sent" role="status" data-testid="keep-prepaid">
            {prepaid}
          </p>
        ) : null}
        {busy ? <p role="status">{busy}</p> : null}
        {problem ? (
          <p className="field__error" role="alert" data-testid="keep-problem">
            {problem}
          </p>
        ) : null}
        <div className="entry__actions">
          {card && stripeMethod && rule !== null && rule.holdAtLeast !== null && held === null ? (
            <button
              type="button"
              className="button"
              disabled={busy !== null || !customer}
              data-testid="keep-hold-card"
              onClick={() => void holdOnCard()}
            >
              {t('tabs.holdOnCard', { amount: format.money(holdAmount), card: cardText })}
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              {t('tabs.cancel')}
            </button>
          )}
          {cashMethod && prepayAmount > 0 && prepaid === null && held === null ? (
            <button
              type="button"
              className="button"
              disabled={busy !== null || !customer}
              data-testid="keep-prepay-cash"
              onClick={() => void prepayInCash()}
            >
              {t('tabs.prepayCash', { amount: format.money(prepayAmount) })}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            disabled={busy !== null || !customer}
            data-testid="keep-confirm"
            onClick={() => void keep()}
          >
            {t('tabs.keep')}
          </button>
        </div>
      </div>
      {approvalDialog}
    </Dialog>
  );
}
