import { describe, expect, it } from 'vitest';
import { canonicalForm, FormSyntaxError, parseForm } from '../../../src/sim/stripe/form.ts';

describe("Stripe's form encoding", () => {
  it('nests bracketed keys into hashes and arrays', () => {
    expect(
      parseForm(
        'amount=1200&metadata[order]=o%2042&expand[0]=latest_charge&line_items[0][price_data][currency]=eur',
      ),
    ).toEqual({
      amount: '1200',
      metadata: { order: 'o 42' },
      expand: ['latest_charge'],
      line_items: [{ price_data: { currency: 'eur' } }],
    });
  });

  it('appends `a[]` values in order and orders indexed values by index', () => {
    expect(parseForm('types[]=a&types[]=b')).toEqual({ types: ['a', 'b'] });
    expect(parseForm('x[1]=second&x[0]=first')).toEqual({ x: ['first', 'second'] });
    expect(parseForm('q=a+b&empty=')).toEqual({ q: 'a b', empty: '' });
  });

  it('refuses keys that are both a value and a hash, or badly bracketed', () => {
    expect(() => parseForm('a=1&a[b]=2')).toThrow(FormSyntaxError);
    expect(() => parseForm('a[b=1')).toThrow(FormSyntaxError);
  });

  it('compares parameter sets regardless of key order', () => {
    expect(canonicalForm(parseForm('a=1&b[c]=2'))).toBe(canonicalForm(parseForm('b[c]=2&a=1')));
    expect(canonicalForm(parseForm('a=1'))).not.toBe(canonicalForm(parseForm('a=2')));
  });
});
