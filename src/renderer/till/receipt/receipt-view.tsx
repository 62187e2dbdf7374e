import { useMemo, type ReactNode } from 'react';
import { t as appT } from '../../../shared/i18n/translate.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import { useTillSetup } from '../till-context.tsx';
import { OrderStatusBadge } from '../history/order-status.tsx';
import type { Receipt } from '../../../shared/receipts/receipt.ts';
import {
  receiptDocument,
  type ReceiptBlock,
  type ReceiptPart,
} from '../../../shared/receipts/receipt-document.ts';
import { kassa } from '../../shared/kassa.ts';
import { QrCode } from '../../shared/qr-code.tsx';
import { useData } from '../../shared/use-data.ts';

/** The blocks a cashier's eye and the tests look for. */
const testIds: Partial<Record<ReceiptPart, string>> = {
  number: 'receipt-number',
  total: 'receipt-total',
  reference: 'receipt-reference',
};

/** One block of the paper as the screen shows it; `data-part` says what it is. */
function Block({ block, qrLabel }: { block: ReceiptBlock; qrLabel: string }): ReactNode {
  const part = block.part;
  const common = { 'data-part': part };
  switch (block.kind) {
    case 'heading':
      return <h2 className="receipt__store">{block.text}</h2>;
    case 'center':
      return (
        <p className={`receipt__center${block.strong ? ' receipt__strong' : ''}`} {...common}>
          {block.text}
        </p>
      );
    case 'text':
      return (
        <p
          className={part === 'paymentDetail' || part === 'reference' ? 'receipt__detail' : 'receipt__text'}
          data-testid={part ? testIds[part] : undefined}
          {...common}
        >
          {block.text}
        </p>
      );
    case 'rule':
      return <hr className="receipt__rule" />;
    case 'qr':
      return (
        <div className="receipt__qr">
          <QrCode text={block.payload} label={qrLabel} size={96} />
        </div>
      );
    case 'row':
      return (
        <div
          className={`receipt__row${block.strong ? ' receipt__strong' : ''}${block.detail ? ' receipt__detail' : ''}${part === 'total' ? ' receipt__total' : ''}`}
          {...common}
        >
          <span>{block.label}</span>
          <span data-testid={part ? testIds[part] : undefined}>{block.amount}</span>
        </div>
      );
  }
}

const isPayment = (block: ReceiptBlock) =>
  block.part === 'payment' ||
  block.part === 'paymentDetail' ||
  block.part === 'reference' ||
  block.part === 'change';

/**
 * The receipt: the paper the printer gets, laid out on screen. The core builds one receipt model for the order
 * (src/main/core/receipts) and the words come from the same `receiptDocument` the printers render, so the
 * screen cannot say anything the paper does not. Staff (`staffDetail`) see under it what the customer's paper
 * leaves out: every payment attempt, a failed card struck through.
 */
export function ReceiptView({ order, staffDetail = false }: { order: Order; staffDetail?: boolean }) {
  // A receipt is in the store's language, not the cashier's: it is the customer's paper.
  const { receipt, format } = useTillSetup();
  const { t } = receipt;
  const printed = useData<Receipt>(
    () => kassa.receipts.forOrder({ orderId: order.id }),
    `receipt-${order.id}-${order.status}-${order.payments.length}`,
  ).data;
  const doc = useMemo(() => (printed ? receiptDocument(printed, receipt) : null), [printed, receipt]);

  // The payments' blocks sit together in one group, as the paper prints them.
  const pieces: ReactNode[] = [];
  if (doc) {
    const blocks = doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      if (!isPayment(blocks[i]!)) {
        pieces.push(<Block key={i} block={blocks[i]!} qrLabel={t('paper.qr')} />);
        continue;
      }
      const start = i;
      while (i + 1 < blocks.length && isPayment(blocks[i + 1]!)) i++;
      pieces.push(
        <div key={start} className="receipt__payments" data-testid="receipt-payments">
          {blocks.slice(start, i + 1).map((block, j) => (
            <Block key={j} block={block} qrLabel={t('paper.qr')} />
          ))}
        </div>,
      );
    }
  }
  const attempts = order.payments.filter((p) => p.status !== 'paid' || p.needsReconciliation);

  return (
    <>
      <article
        className="receipt"
        lang={receipt.language}
        aria-label={t('receipt.label')}
        data-testid="receipt"
        aria-busy={doc ? undefined : true}
      >
        <div className="receipt__status">
          <OrderStatusBadge order={order} />
        </div>
        {pieces}
      </article>
      {staffDetail && attempts.length > 0 ? (
        <ul className="receipt__attempts" aria-label={appT('hardware.receipt.attempts')}>
          {attempts.map((p) => (
            <li key={p.id} className={p.status === 'paid' ? undefined : 'receipt__payment--void'}>
              <span>
                {p.methodName}
                {p.status === 'paid' ? null : ` · ${appT(`paymentStatus.${p.status}`)}`}
                {p.needsReconciliation ? ` · ${appT('card.needsReconciliation')}` : null}
              </span>
              <span>{format.money(p.amount, order.currency)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
