import { describe, expect, it } from 'vitest';
import {
  decideCapture,
  type CaptureDecision,
  type CaptureFitInput,
} from '../../src/main/core/payments/holds/hold-capture-rule.ts';

/** A capture of 30.00 asked for; the order changed (or not) before it was recorded. */
const cases: [string, Omit<CaptureFitInput, 'asked'>, CaptureDecision][] = [
  [
    'order still owes it all',
    { orderStatus: 'open', available: 5_000, capturedAtStripe: false },
    { action: 'capture', amount: 3_000 },
  ],
  [
    'order owes exactly the amount',
    { orderStatus: 'open', available: 3_000, capturedAtStripe: false },
    { action: 'capture', amount: 3_000 },
  ],
  [
    'captured at Stripe and it fits',
    { orderStatus: 'open', available: 3_000, capturedAtStripe: true },
    { action: 'capture', amount: 3_000 },
  ],
  [
    'cash paid part meanwhile',
    { orderStatus: 'open', available: 1_200, capturedAtStripe: false },
    { action: 'captureLess', amount: 1_200 },
  ],
  [
    'cash paid it all, order still open',
    { orderStatus: 'open', available: 0, capturedAtStripe: false },
    { action: 'release' },
  ],
  [
    'cash paid it all, order paid',
    { orderStatus: 'paid', available: 0, capturedAtStripe: false },
    { action: 'release' },
  ],
  [
    'order voided',
    { orderStatus: 'voided', available: 3_000, capturedAtStripe: false },
    { action: 'release' },
  ],
  [
    'Stripe took it, then cash paid part',
    { orderStatus: 'open', available: 1_200, capturedAtStripe: true },
    { action: 'owner' },
  ],
  [
    'Stripe took it, then the order was paid',
    { orderStatus: 'paid', available: 0, capturedAtStripe: true },
    { action: 'owner' },
  ],
  [
    'Stripe took it, then the order was voided',
    { orderStatus: 'voided', available: 3_000, capturedAtStripe: true },
    { action: 'owner' },
  ],
];

describe('a capture that no longer fits its order', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(decideCapture({ asked: 3_000, ...input })).toEqual(expected);
  });
});
