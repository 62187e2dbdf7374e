/* The keypad's keys and what each does to the text it types into: pure, for the reducers that hold the text. */
export type KeypadKey =
  '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '00' | 'decimal' | 'back' | 'clear';

/** What a keypad key does to the text of the field it types into. */
export function applyKeypadKey(text: string, key: KeypadKey, decimalMark: string): string {
  switch (key) {
    case 'back':
      return text.slice(0, -1);
    case 'clear':
      return '';
    case 'decimal':
      return text.includes(decimalMark) ? text : (text === '' ? '0' : text) + decimalMark;
    default:
      return text + key;
  }
}
