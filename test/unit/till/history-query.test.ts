import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import { dayNotation, localDay, toSearchRequest } from '../../../src/renderer/till/history/history-query.ts';
import { parseAmount } from '../../../src/shared/money/parse-amount.ts';

const euros = (text: string) => parseAmount(text, 'EUR', 'en-DE');

describe('History’s filters in the store’s notation', () => {
  it.each([
    ['en-DE', '01/12/2026'],
    ['en-US', '12/01/2026'],
    ['de-DE', '01.12.2026'],
    ['ja-JP', '2026/12/01'],
  ])('%s writes a day as %s', (locale, example) => {
    expect(dayNotation(locale).example).toBe(example);
  });

  it('reads a day in the locale’s order, whatever marks separate it', () => {
    expect(localDay('1.12.2026', 'de-DE', 'from')).toBe(new Date(2026, 11, 1).getTime());
    expect(localDay('12/1/2026', 'en-US', 'from')).toBe(new Date(2026, 11, 1).getTime());
    expect(localDay('01/12/2026', 'en-DE', 'to', 1)).toBe(new Date(2026, 11, 2).getTime());
  });

  it.each(['31/02/2026', '2026-12-01', '1/12', 'tomorrow', '01/13/2026'])(
    'refuses %j instead of moving it',
    (text) => {
      let error: unknown;
      try {
        localDay(text, 'en-DE', 'from');
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(KassaError);
      expect((error as KassaError).message).toBe(
        'Type the day as 01/12/2026 (day, month and year in this order).',
      );
      expect((error as KassaError).field).toBe('from');
    },
  );

  it('builds the search: the To day includes the whole day; a reversed range is refused', () => {
    const request = toSearchRequest(
      { number: '#7', from: '01/12/2026', to: '01/12/2026', amount: '3.89' },
      euros,
      'en-DE',
    );
    expect(request).toEqual({
      limit: 30,
      number: 7,
      from: new Date(2026, 11, 1).getTime(),
      to: new Date(2026, 11, 2).getTime() - 1,
      amount: 389,
    });
    expect(() =>
      toSearchRequest({ number: '', from: '02/12/2026', to: '01/12/2026', amount: '' }, euros, 'en-DE'),
    ).toThrow('The start date must be on or before the end date.');
  });
});
