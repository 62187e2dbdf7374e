import { t } from '../../../shared/i18n/translate.ts';
import { useTillSetup } from '../till-context.tsx';

interface TotalsTableProps {
  subtotal: number;
  discountTotal: number;
  taxBreakdown: readonly { rateBp: number; tax: number }[];
  total: number;
  /** The big line at the bottom; the payment screen shows the amount due instead. */
  showTotal?: boolean;
  /** "−10 %" when the whole order is discounted, shown beside the discounts. */
  orderDiscount?: string | null;
}

/**
 * Subtotal, discounts, tax per rate and the total, as the receipt will print them. With tax-inclusive prices
 * the tax rows are "of which" rows; with tax-exclusive prices they are added to reach the total.
 */
export function TotalsTable({
  subtotal,
  discountTotal,
  taxBreakdown,
  total,
  showTotal = true,
  orderDiscount = null,
}: TotalsTableProps) {
  const { store, format } = useTillSetup();
  return (
    <dl className="totals">
      <div className="totals__row">
        <dt>{t('totals.subtotal')}</dt>
        <dd>{format.money(subtotal)}</dd>
      </div>
      {discountTotal > 0 ? (
        <div className="totals__row totals__row--discount">
          <dt>
            {t('totals.discounts')}
            {orderDiscount ? (
              <span className="badge badge--discount">
                {t('totals.orderDiscount', { discount: orderDiscount })}
              </span>
            ) : null}
          </dt>
          <dd>−{format.money(discountTotal)}</dd>
        </div>
      ) : null}
      {taxBreakdown.map((row) => (
        <div key={row.rateBp} className="totals__row totals__row--tax" data-testid={`tax-${row.rateBp}`}>
          <dt>
            {store.pricesIncludeTax
              ? t('totals.taxIncluded', { rate: format.taxRate(row.rateBp) })
              : format.taxRate(row.rateBp)}
          </dt>
          <dd>{format.money(row.tax)}</dd>
        </div>
      ))}
      {showTotal ? (
        <div className="totals__row totals__row--total">
          <dt>{t('totals.total')}</dt>
          <dd data-testid="cart-total">{format.money(total)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
