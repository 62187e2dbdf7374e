import { describe, expect, it } from 'vitest';
import {
  guaranteeMet,
  guaranteeWays,
  keptStateOf,
  keptStep,
  prepaymentDue,
  waysKey,
  waysMet,
  type GuaranteeRule,
  type KeptEvent,
  type KeptState,
} from '../../../src/shared/orders/kept-order.ts';
import { en } from '../../../src/shared/i18n/en.ts';

describe('the kept order state machine', () => {
  const events: KeptEvent['type'][] = ['keep', 'addLines', 'paid', 'voided'];
  // state → [keep, addLines, paid, voided]: the next state, or the refusal's key.
  const table: Record<KeptState, string[]> = {
    none: ['kept', 'err.tabs.notKept', 'err.tabs.notKept', 'err.tabs.notKept'],
    kept: ['err.tabs.alreadyKept', 'kept', 'settled', 'voided'],
    settled: ['err.tabs.closed', 'err.tabs.closed', 'err.tabs.closed', 'err.tabs.closed'],
    voided: ['err.tabs.closed', 'err.tabs.closed', 'err.tabs.closed', 'err.tabs.closed'],
  };
  for (const [state, row] of Object.entries(table) as [KeptState, string[]][]) {
    events.forEach((type, i) => {
      it(`${state} + ${type} → ${row[i]}`, () => {
        const step = keptStep(state, { type } as KeptEvent);
        expect(step.ok ? step.state : step.refusal).toBe(row[i]);
      });
    });
  }

  it.each([
    [false, 'open', 'none'],
    [true, 'open', 'kept'],
    [true, 'paid', 'settled'],
    [true, 'voided', 'voided'],
    [false, 'paid', 'none'],
  ] as const)('kept %s with the order %s is %s', (kept, status, state) => {
    expect(keptStateOf(kept, status)).toBe(state);
  });
});

describe('guarantee rules', () => {
  const rule = (r: Partial<GuaranteeRule>): GuaranteeRule => ({
    holdAtLeast: null,
    cardOnFile: false,
    prepaymentPercent: null,
    ...r,
  });
  const facts = { total: 899, held: 0, paid: 0, cardsOnFile: 0 };

  it.each([
    ['no rule asks nothing', rule({}), facts, true],
    ['a hold below the minimum', rule({ holdAtLeast: 5_000 }), { ...facts, held: 4_999 }, false],
    ['a hold at the minimum', rule({ holdAtLeast: 5_000 }), { ...facts, held: 5_000 }, true],
    ['a card on file is enough', rule({ cardOnFile: true }), { ...facts, cardsOnFile: 1 }, true],
    ['no card on file', rule({ cardOnFile: true }), facts, false],
    ['half paid, 50 % asked (rounded up)', rule({ prepaymentPercent: 50 }), { ...facts, paid: 450 }, true],
    ['a cent short of 50 %', rule({ prepaymentPercent: 50 }), { ...facts, paid: 449 }, false],
    [
      'any one way of several',
      rule({ holdAtLeast: 5_000, cardOnFile: true }),
      { ...facts, cardsOnFile: 2 },
      true,
    ],
  ])('%s', (_name, r, f, met) => {
    expect(guaranteeMet(r, f)).toBe(met);
  });

  it('lists its ways in a fixed order, says each combination with a catalog key, and rounds the prepayment up', () => {
    const all = rule({ holdAtLeast: 1, cardOnFile: true, prepaymentPercent: 10 });
    expect(guaranteeWays(all)).toEqual(['hold', 'card', 'prepay']);
    expect(waysMet(all, { ...facts, cardsOnFile: 1, paid: 90 })).toEqual(['card', 'prepay']);
    expect(prepaymentDue(all, 899)).toBe(90);
    expect(waysKey([])).toBeNull();
    const combos = [
      ['hold'],
      ['card'],
      ['prepay'],
      ['hold', 'card'],
      ['hold', 'prepay'],
      ['card', 'prepay'],
      ['hold', 'card', 'prepay'],
    ] as const;
    for (const ways of combos) expect(Object.hasOwn(en, waysKey(ways)!)).toBe(true);
  });
});
