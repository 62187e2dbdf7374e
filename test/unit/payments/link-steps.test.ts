import { describe, expect, it } from 'vitest';
import {
  checkDelayMs,
  nextStep,
  type SessionView,
} from '../../../src/main/core/payments/links/link-steps.ts';
import type { LinkState } from '../../../src/main/core/payments/links/link-store.ts';
import { chooseLinkMethods } from '../../../src/shared/payments/link-methods.ts';

const view = (v: Partial<SessionView>): SessionView => ({
  status: 'open',
  paymentStatus: 'unpaid',
  paymentIntent: null,
  intentStatus: null,
  ...v,
});

describe('what Stripe says about a link session does to the link', () => {
  const cases: [LinkState, Partial<SessionView>, ReturnType<typeof nextStep>][] = [
    ['open', {}, null],
    ['creating', { status: 'open' }, null],
    ['open', { status: 'complete', paymentStatus: 'paid' }, { state: 'paid', line: 'paid' }],
    ['creating', { status: 'complete', paymentStatus: 'paid' }, { state: 'paid', line: 'paid' }],
    [
      'open',
      { status: 'complete', paymentStatus: 'unpaid', intentStatus: 'processing' },
      { state: 'awaiting_settlement', line: 'pending' },
    ],
    [
      'awaiting_settlement',
      { status: 'complete', paymentStatus: 'unpaid', intentStatus: 'processing' },
      null,
    ],
    ['awaiting_settlement', { status: 'complete', paymentStatus: 'paid' }, { state: 'paid', line: 'paid' }],
    [
      'awaiting_settlement',
      { status: 'complete', intentStatus: 'requires_payment_method' },
      { state: 'failed', line: 'failed' },
    ],
    ['open', { status: 'expired' }, { state: 'expired', line: 'failed' }],
    ['awaiting_settlement', { status: 'expired' }, null],
    ['paid', { status: 'expired' }, null],
    ['canceled', { status: 'complete', paymentStatus: 'paid' }, null],
    ['expired', { status: 'complete', paymentStatus: 'paid' }, null],
  ];
  it.each(cases)('%s + %o → %o', (state, v, expected) => {
    expect(nextStep(state, view(v))).toEqual(expected);
  });

  it('looks every second for the first minute, then slower, and rarely at a debit awaiting settlement', () => {
    expect(checkDelayMs(0, 'open')).toBe(1_000);
    expect(checkDelayMs(59, 'open')).toBe(1_000);
    expect(checkDelayMs(60, 'open')).toBeGreaterThan(1_000);
    expect(checkDelayMs(1_000, 'open')).toBe(30_000);
    expect(checkDelayMs(0, 'awaiting_settlement')).toBe(300_000);
  });
});

describe('the ways to pay a link offers', () => {
  it('offers what fits the currency and explains the rest', () => {
    expect(chooseLinkMethods(['card', 'ideal', 'p24'], 'PLN', true)).toEqual({
      offered: ['card', 'p24'],
      notOffered: [{ method: 'ideal', reason: 'currency' }],
    });
  });
  it('needs the publishable key for anything but card (the seed’s rule)', () => {
    expect(chooseLinkMethods(['card', 'ideal', 'bancontact'], 'EUR', false)).toEqual({
      offered: ['card'],
      notOffered: [
        { method: 'ideal', reason: 'publishable_key' },
        { method: 'bancontact', reason: 'publishable_key' },
      ],
    });
  });
});
