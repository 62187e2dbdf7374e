import type Stripe from 'stripe';
import { invalidParam, noSuch } from './errors.ts';
import type { Params } from './params.ts';

/** Parameters every list endpoint accepts besides its own filters. */
export const listParams = ['limit', 'starting_after', 'ending_before', 'expand'] as const;

/**
 * Stripe's cursor pagination over items already in list order (newest first). `starting_after` pages towards older
 * items, `ending_before` towards newer ones; either way the page itself stays newest first.
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  params: Params,
  url: string,
  kind: string,
): Stripe.ApiList<T> {
  const limit = readLimit(params);
  const after = params.string('starting_after');
  const before = params.string('ending_before');
  if (after !== undefined && before !== undefined) {
    throw invalidParam(
      'You may only specify one of these parameters: ending_before, starting_after.',
      'ending_before',
      'parameters_exclusive',
    );
  }
  if (before !== undefined) {
    const index = items.findIndex((item) => item.id === before);
    if (index === -1) throw noSuch(kind, before, 'ending_before');
    const start = Math.max(0, index - limit);
    return { object: 'list', data: items.slice(start, index), has_more: start > 0, url };
  }
  let start = 0;
  if (after !== undefined) {
    const index = items.findIndex((item) => item.id === after);
    if (index === -1) throw noSuch(kind, after, 'starting_after');
    start = index + 1;
  }
  const data = items.slice(start, start + limit);
  return { object: 'list', data, has_more: start + limit < items.length, url };
}

export function readLimit(params: Params): number {
  const limit = params.integer('limit') ?? 10;
  if (limit < 1) {
    throw invalidParam(
      'This value must be greater than or equal to 1.',
      'limit',
      'parameter_invalid_integer',
    );
  }
  if (limit > 100) {
    throw invalidParam('This value must be less than or equal to 100.', 'limit', 'parameter_invalid_integer');
  }
  return limit;
}

/** Map values in list order: newest first. */
export function newestFirst<T>(values: Iterable<T>): T[] {
  return [...values].reverse();
}
