import type { ShiftReport, ZReportEntry } from '../../../shared/ipc/shifts.ts';
import type { ReceiptBlock, ReceiptDocument } from '../../../shared/receipts/receipt-document.ts';
import { heading, reportLines } from '../shifts/z-files.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Translator } from '../../../shared/i18n/translate.ts';

/**
 * A Z (or X) report as a document for the receipt printer: the same heading and lines as the report's PDF and
 * CSV (the shifts domain decides them, in `z-files.ts`), laid out as the roll's width allows: a section title
 * in bold, then each item with its count on the left and its amount on the right; the hash chain's two
 * hashes at the end, wrapped, so the printed Z can be checked against the stored one.
 */
export function zReportDocument(
  report: ShiftReport,
  entry: ZReportEntry | null,
  language: Language,
  tr: Translator,
): ReceiptDocument {
  const [title, ...details] = heading(report, entry, tr);
  // The heading's last two lines are the hashes when the report is a stored Z.
  const hashes = entry ? details.slice(-2) : [];
  const blocks: ReceiptBlock[] = [{ kind: 'heading', text: title! }];
  for (const d of details) if (!hashes.includes(d)) blocks.push({ kind: 'center', text: d });
  let section = '';
  for (const [sec, item, count, amount] of reportLines(report, tr)) {
    if (sec !== section) {
      section = sec;
      blocks.push({ kind: 'rule' }, { kind: 'row', label: sec, amount: '', strong: true });
    }
    blocks.push({ kind: 'row', label: count ? `${item} (${count})` : item, amount });
  }
  if (hashes.length > 0) {
    blocks.push({ kind: 'rule' });
    for (const h of hashes) blocks.push({ kind: 'text', text: h });
  }
  return { language, title: title!, blocks };
}
