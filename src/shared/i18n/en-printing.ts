/** Printed receipts, printers, the print queue and the cash drawer (TILL-7, TILL-9, PREF-1): English. */
export const enPrinting = {
  'print.receipt.taxId': 'Tax ID {taxId}',
  'print.receipt.copy': '*** COPY ***',
  'print.receipt.refundTitle': 'REFUND',
  'print.receipt.refundOf': 'Refund for order {number}',
  'print.receipt.till': 'Till: {till}',
  'print.receipt.cashier': 'Served by {name}',
  'print.receipt.customer': 'Customer: {name}',
  'print.receipt.reason': 'Reason: {reason}',
  'print.receipt.paidBack': 'Back to {method}',
  'print.receipt.tendered': 'Cash given',
  'print.receipt.card': '{brand} ending {last4}',
  'print.receipt.reference': 'Ref. {reference}',
  'print.receipt.voucher': 'Voucher code {code}',
  'err.receipt.notPaid': 'Only a paid order has a receipt to print. Finish the payment first.',
  'err.receipt.noFont':
    'This computer has no font for the receipt’s language. Install Noto Sans CJK (or set KASSA_RECEIPT_FONT) and print again.',
};
