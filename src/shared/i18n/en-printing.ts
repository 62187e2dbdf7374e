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
  'err.print.unknownJob': 'That print job is not in the queue any more.',
  'err.print.unknownPrinter': 'That printer is not set up on this till. Pick another one.',
  'err.print.notPaid': 'Only a paid order has a receipt to print again.',
  'err.print.noReceiptPrinter':
    'No receipt printer is set up. Add one in Preferences → Printers and receipt.',
  'err.print.noDecisionPending': 'This print job is not waiting for a decision any more.',
  'err.print.alreadyPrinting': 'This job has already printed or is printing now.',
  'err.print.noDrawer':
    'No cash drawer is set up. Choose the drawer pin of the receipt printer in Preferences → Printers and receipt.',
  'err.print.badAddress':
    '“{address}” is not a printer address. Write it as host or host:port, with a port from 1 to 65535 (for example 192.168.1.50:9100).',
};
