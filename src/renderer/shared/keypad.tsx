import { t } from '../../shared/i18n/translate.ts';

import type { KeypadKey } from './keypad-keys.ts';

export { applyKeypadKey, type KeypadKey } from './keypad-keys.ts';

const rows: KeypadKey[][] = [
  ['7', '8', '9'],
  ['4', '5', '6'],
  ['1', '2', '3'],
];

interface KeypadProps {
  onKey: (key: KeypadKey) => void;
  decimalMark: string;
  /** Whole numbers only (quantities): no decimal key; "clear" takes its place. */
  wholeNumbers?: boolean;
  label: string;
}

/**
 * An on-screen number pad for touch screens. Its buttons never take the focus, so the field being typed
 * into stays focused and the physical keyboard keeps working alongside.
 */
export function Keypad({ onKey, decimalMark, wholeNumbers = false, label }: KeypadProps) {
  const key = (k: KeypadKey, text: string, name: string, className = '') => (
    <button
      key={k}
      type="button"
      className={`keypad__key ${className}`}
      aria-label={name}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onKey(k)}
    >
      {text}
    </button>
  );
  return (
    <div className="keypad" role="group" aria-label={label}>
      {rows.map((row) => row.map((k) => key(k, k, k)))}
      {wholeNumbers
        ? key('clear', 'C', t('keypad.clear'), 'keypad__key--muted')
        : key('decimal', decimalMark, t('keypad.decimal'))}
      {key('0', '0', '0')}
      {key('00', '00', '00')}
      {key(
        'back',
        '⌫',
        t('keypad.back'),
        wholeNumbers ? 'keypad__key--muted keypad__key--row' : 'keypad__key--muted keypad__key--wide',
      )}
      {wholeNumbers ? null : key('clear', 'C', t('keypad.clear'), 'keypad__key--muted')}
    </div>
  );
}
