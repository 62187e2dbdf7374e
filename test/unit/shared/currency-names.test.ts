/** Currencies are listed by their names in the owner's display language, not the ISO table's English (issue 15). */
import { describe, expect, it } from 'vitest';
import { currencyLabel, currencyName, currencyOptions } from '../../../src/shared/money/currency-names.ts';
import { languages } from '../../../src/shared/i18n/languages.ts';

describe('currency names', () => {
  it.each([
    ['en', 'EUR — Euro', 'BRL — Brazilian Real'],
    ['bg', 'EUR — Евро', 'BRL — Бразилски реал'],
    ['zh-CN', 'EUR — 欧元', 'BRL — 巴西雷亚尔'],
    ['it', 'EUR — euro', 'BRL — real brasiliano'],
    ['es', 'EUR — euro', 'BRL — real brasileño'],
    ['pt-BR', 'EUR — Euro', 'BRL — Real brasileiro'],
  ])('in %s', (language, eur, brl) => {
    expect(currencyLabel('EUR', language)).toBe(eur);
    expect(currencyLabel('BRL', language)).toBe(brl);
  });

  it('offers every currency once, by code, each with a name in every display language', () => {
    for (const language of languages) {
      const options = currencyOptions(language);
      expect(options.length).toBeGreaterThan(150);
      expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
      expect(options.map((o) => o.code)).toEqual([...options.map((o) => o.code)].sort());
      for (const o of options) expect(o.label.startsWith(`${o.code} — `)).toBe(true);
    }
    // Chinese names, not the English table's.
    expect(currencyOptions('zh-CN').find((o) => o.code === 'CHF')?.label).toBe('CHF — 瑞士法郎');
  });

  it('falls back to the table’s name where the runtime has none, and to the code for an unknown one', () => {
    expect(currencyName('EUR', 'not a language tag!')).toBe('Euro');
    expect(currencyLabel('QQQ', 'en')).toBe('QQQ');
  });
});
