import { percentOf } from '../../../shared/cart/tax.ts';
import { cardBrand } from '../payment/card-status.tsx';
import type { Order, OrderLine } from '../../../shared/ipc/orders.ts';
import { useDiscountLabel } from '../sell/cart-pane.tsx';
import { useTillSetup } from '../till-context.tsx';
import { OrderStatusBadge } from '../history/order-status.tsx';
import type { Receipt } from '../../../shared/receipts/receipt.ts';
import { kassa } from '../../shared/kassa.ts';
import { QrCode } from '../../shared/qr-code.tsx';
import { useData } from '../../shared/use-data.ts';

/** The line's own discount; the rest of its discountTotal is its share of the order discount. */
function lineDiscountOf(line: OrderLine): number {
  if (!line.discount) return 0;
  return line.discount.kind === 'percent'
    ? percentOf(line.gross, line.discount.basisPoints)
    : line.discount.amount;
}

/**
 * The receipt. The customer's copy (`staffDetail` false) lists only the payments that were made; staff see in
 * the order detail every attempt, a failed card or a voided line struck through.
 */
export function ReceiptView({ order, staffDetail = false }: { order: Order; staffDetail?: boolean }) {
  // A receipt is in the store's language, not the cashier's: it is the customer's paper.
  const { store, format, receipt } = useTillSetup();
  const { t } = receipt;
  // A paid order's receipt as the core builds it for the printer (src/shared/receipts): what the owner set for
  // every receipt (lines under the name, tax id, footer, QR code), who served and the providers' references
  // appear here as they do on the paper.
  const printed = useData<Receipt>(
    order.status === 'paid' ? () => kassa.receipts.forOrder({ orderId: order.id }) : null,
    `receipt-${order.id}-${order.status}`,
  ).data;
  const referenceOf = (index: number) => printed?.payments[index]?.reference ?? null;
  // Every amount in the order's own currency, whatever the store's currency is today.
  const money = (minor: number) => format.money(minor, order.currency);
  const discountLabel = useDiscountLabel(order.currency);
  const lineDiscounts = order.lines.map(lineDiscountOf);
  const lineDiscountTotal = lineDiscounts.reduce((a, b) => a + b, 0);
  const orderDiscountTotal = order.discountTotal - lineDiscountTotal;
  const at = order.paidAt ?? order.createdAt;
  const change = order.payments.reduce((sum, p) => sum + (p.status === 'paid' ? p.change : 0), 0);
  // The model lists the paid payments in the order's order: the n-th paid line is its n-th payment.
  const paidPayments = order.payments.filter((p) => p.status === 'paid');

  return (
    <article
      className="receipt"
      lang={receipt.language}
      aria-label={t('receipt.label')}
      data-testid="receipt"
    >
      <header className="receipt__head">
        <h2 className="receipt__store">{printed?.shop.name ?? store.name}</h2>
        {printed?.shop.address.map((line, index) => (
          <p key={index} className="receipt__shop-line">
            {line}
          </p>
        ))}
        {printed?.shop.taxId ? (
          <p className="receipt__shop-line">{t('print.receipt.taxId', { taxId: printed.shop.taxId })}</p>
        ) : null}
        <p className="receipt__meta">
          <span data-testid="receipt-number">
            {order.number === null ? t('receipt.notNumbered') : t('receipt.number', { number: order.number })}
          </span>
          <span>{format.dateTime(at)}</span>
        </p>
        <p className="receipt__meta">
          <span>{store.till.name}</span>
          <OrderStatusBadge order={order} />
        </p>
        {printed?.cashier ? (
          <p className="receipt__meta">{t('print.receipt.cashier', { name: printed.cashier })}</p>
        ) : null}
      </header>

      <table className="receipt__lines">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('receipt.item')}</th>
            <th scope="col">{t('receipt.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <ReceiptLine
              key={line.position}
              line={line}
              lineDiscount={lineDiscounts[index] ?? 0}
              label={discountLabel}
              currency={order.currency}
            />
          ))}
        </tbody>
      </table>

      <dl className="receipt__sums">
        <div>
          <dt>{t('totals.subtotal')}</dt>
          <dd>{money(order.subtotal)}</dd>
        </div>
        {lineDiscountTotal > 0 ? (
          <div>
            <dt>{t('receipt.lineDiscounts')}</dt>
            <dd>−{money(lineDiscountTotal)}</dd>
          </div>
        ) : null}
        {orderDiscountTotal > 0 && order.orderDiscount ? (
          <div>
            <dt>{t('receipt.orderDiscount', { discount: discountLabel(order.orderDiscount) })}</dt>
            <dd>−{money(orderDiscountTotal)}</dd>
          </div>
        ) : null}
        {store.pricesIncludeTax
          ? null
          : order.taxBreakdown.map((row) => (
              <div key={row.rateBp}>
                <dt>{format.taxRate(row.rateBp)}</dt>
                <dd>{money(row.tax)}</dd>
              </div>
            ))}
        <div className="receipt__total">
          <dt>{t('totals.total')}</dt>
          <dd data-testid="receipt-total">{money(order.total)}</dd>
        </div>
        {order.cashRounding !== 0 ? (
          <div>
            <dt>{t('receipt.cashRounding')}</dt>
            <dd>{money(order.cashRounding)}</dd>
          </div>
        ) : null}
      </dl>

      <table className="receipt__tax">
        <caption className="receipt__caption">{t('receipt.taxCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('receipt.taxRate')}</th>
            <th scope="col">{t('receipt.taxNet')}</th>
            <th scope="col">{t('receipt.taxAmount')}</th>
            <th scope="col">{t('receipt.taxGross')}</th>
          </tr>
        </thead>
        <tbody>
          {order.taxBreakdown.map((row) => (
            <tr key={row.rateBp}>
              <th scope="row">{format.taxRate(row.rateBp)}</th>
              <td>{money(row.base)}</td>
              <td>{money(row.tax)}</td>
              <td>{money(row.base + row.tax)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <dl className="receipt__payments" data-testid="receipt-payments">
        {order.payments
          .filter((p) => staffDetail || p.status === 'paid')
          .map((p) => ({ p, reference: referenceOf(paidPayments.indexOf(p)) }))
          .map(({ p, reference }) => (
            <div key={p.id} className={p.status === 'paid' ? undefined : 'receipt__payment--void'}>
              <dt>
                {p.methodName}
                {p.tendered !== null && p.tendered !== p.amount ? (
                  <span className="receipt__tendered">
                    {t('receipt.tendered', { amount: money(p.tendered) })}
                  </span>
                ) : null}
                {p.cardBrand ? (
                  <span className="receipt__tendered" data-testid="receipt-card">
                    {p.cardLast4
                      ? t('card.paidWith', { brand: cardBrand(p.cardBrand), last4: p.cardLast4 })
                      : cardBrand(p.cardBrand)}
                  </span>
                ) : null}
                {reference ? (
                  <span className="receipt__tendered" data-testid="receipt-reference">
                    {t('print.receipt.reference', { reference })}
                  </span>
                ) : null}
                {p.needsReconciliation ? (
                  <span className="receipt__tendered">{t('card.needsReconciliation')}</span>
                ) : null}
                {p.status !== 'paid' ? (
                  <span className="receipt__tendered">{t(`paymentStatus.${p.status}`)}</span>
                ) : null}
              </dt>
              <dd>{money(p.amount)}</dd>
            </div>
          ))}
        {change > 0 ? (
          <div className="receipt__change">
            <dt>{t('receipt.change')}</dt>
            <dd>{money(change)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="receipt__thanks">
        {(printed?.footer ?? t('receipt.thanks')).split('\n').map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
      {printed?.qr ? (
        <div className="receipt__qr">
          <QrCode text={printed.qr} label={t('paper.qr')} size={96} />
        </div>
      ) : null}
    </article>
  );
}

function ReceiptLine({
  line,
  lineDiscount,
  label,
  currency,
}: {
  line: OrderLine;
  lineDiscount: number;
  label: ReturnType<typeof useDiscountLabel>;
  currency: string;
}) {
  const { format, receipt } = useTillSetup();
  const { t } = receipt;
  const money = (minor: number) => format.money(minor, currency);
  return (
    <>
      <tr className="receipt__line">
        <td>
          <span className="receipt__item">{line.name}</span>
          <span className="receipt__qty">
            {t('receipt.quantityTimes', { quantity: line.quantity, price: money(line.unitPrice) })}
            {' · '}
            {format.taxRate(line.taxRateBp)}
          </span>
        </td>
        <td>{money(line.gross)}</td>
      </tr>
      {lineDiscount > 0 && line.discount ? (
        <tr className="receipt__discount">
          <td>{t('receipt.discount', { discount: label(line.discount) })}</td>
          <td>−{money(lineDiscount)}</td>
        </tr>
      ) : null}
    </>
  );
}
