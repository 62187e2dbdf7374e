import type { ReceiptDocument } from '../../../shared/receipts/receipt-document.ts';
import { documentOf } from '../receipts/receipt-source.ts';
import type { Services } from '../services.ts';
import { renderReceiptHtml } from '../receipts/render-html.ts';
import { renderReceiptPdf } from '../receipts/render-pdf.ts';
import { qrSvgDataUrl } from '../receipts/qr-code.ts';
import type { OutgoingMail } from './mail-outbox-store.ts';

const columns = 42;

/** The receipt as plain text, for mail programs that do not show HTML: the same lines as on paper. */
export function receiptText(doc: ReceiptDocument): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'center':
      case 'text':
        lines.push(block.text);
        break;
      case 'row': {
        const label = block.detail ? `  ${block.label}` : block.label;
        const gap = Math.max(1, columns - label.length - block.amount.length);
        lines.push(`${label}${' '.repeat(gap)}${block.amount}`);
        break;
      }
      case 'rule':
        lines.push('-'.repeat(columns));
        break;
      case 'qr':
        lines.push(block.payload);
        break;
    }
  }
  return lines.join('\n') + '\n';
}

/** "Receipt 12 – Kassa Demo Shop" → "Receipt-12-Kassa-Demo-Shop.pdf": a file name every mail program accepts. */
export function pdfName(title: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'receipt'}.pdf`;
}

/**
 * The e-mail receipt of a paid order (issue 11.4), built from the one receipt model and its renderers: the
 * HTML receipt as the body, the same lines as text, and the PDF attached. In the store's language, like paper.
 */
export async function receiptMail(
  services: Pick<Services, 'receipts'>,
  orderId: string,
  to: string,
): Promise<Omit<OutgoingMail, 'messageId'>> {
  const doc = await documentOf(services.receipts.forOrder(orderId));
  const pdf = await renderReceiptPdf(doc, { paperWidthMm: 80 });
  return {
    to,
    subject: doc.title,
    text: receiptText(doc),
    html: renderReceiptHtml(doc, { qrImage: qrSvgDataUrl }),
    attachments: [{ filename: pdfName(doc.title), contentType: 'application/pdf', content: pdf }],
  };
}
