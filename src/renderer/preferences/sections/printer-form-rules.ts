import { t, type MessageKey } from '../../../shared/i18n/translate.ts';
import { printerInput, type PrinterInput, type PrinterView } from '../../../shared/ipc/printing.ts';
import type { FormProblem } from '../../shared/form-errors.ts';

/** The longest printer name the core keeps (printerInput). */
export const nameMax = 60;

/** The character tables a thermal printer may use, named as the printers' manuals name them. */
const codepageNames: Record<PrinterInput['codepage'], string> = {
  auto: '',
  cp437: 'CP437 (USA)',
  cp850: 'CP850 (Western Europe)',
  cp858: 'CP858 (Western Europe, €)',
  cp852: 'CP852 (Central Europe)',
  cp866: 'CP866 (Cyrillic)',
  windows1252: 'Windows-1252',
  windows1251: 'Windows-1251',
};
export const codepages = printerInput.shape.codepage.options.map((value) => ({
  value,
  name: codepageNames[value],
}));

/** The paper widths, in the owner's words. */
export const paperWords = {
  58: 'prefs.printers.paper.58',
  80: 'prefs.printers.paper.80',
  210: 'prefs.printers.paper.210',
} as const satisfies Record<PrinterInput['paperMm'], MessageKey>;
export const paperWidths = [58, 80, 210] as const satisfies readonly PrinterInput['paperMm'][];

/** How a printer is, as its last status answer said. */
export const conditionWords = {
  ready: 'prefs.printers.condition.ready',
  offline: 'prefs.printers.condition.offline',
  paper_out: 'prefs.printers.condition.paper_out',
  cover_open: 'prefs.printers.condition.cover_open',
  unreachable: 'prefs.printers.condition.unreachable',
  unknown: 'prefs.printers.condition.unknown',
} as const satisfies Record<PrinterView['condition'], MessageKey>;
export const columnChoices = [32, 42, 48] as const satisfies readonly PrinterInput['columns'][];

interface PrinterFields {
  name: string;
  kind: PrinterInput['kind'];
  address: string;
}

/**
 * What the owner must fix before the printer is sent to the core, in their words: a name, and an address or
 * printer name. Whether a network address is well formed (host, port 1–65535) the core says (err.print.badAddress).
 */
export function printerFormProblem(values: PrinterFields): FormProblem | null {
  const name = values.name.trim();
  if (name === '') return { field: 'name', message: t('prefs.printers.error.name') };
  if ([...name].length > nameMax)
    return { field: 'name', message: t('prefs.printers.error.nameLong', { max: nameMax }) };
  if (values.address.trim() === '')
    return {
      field: 'address',
      message:
        values.kind === 'network' ? t('prefs.printers.error.address') : t('prefs.printers.error.systemName'),
    };
  return null;
}
