import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCatalogs, checkLanguage, unusedKeys } from '../../../scripts/i18n/check.ts';
import { KassaError } from '../../../src/shared/errors.ts';
import { loadTranslator, readyTranslator } from '../../../src/shared/i18n/catalogs.ts';
import { errorText, translatedError } from '../../../src/shared/i18n/errors.ts';
import { languageForLocale, languages } from '../../../src/shared/i18n/languages.ts';
import {
  currentLanguage,
  english,
  onLanguageChange,
  setTranslator,
  t,
  Translator,
  type Messages,
} from '../../../src/shared/i18n/translate.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the catalogs', () => {
  it('are complete in every language: keys, CLDR plural categories, placeholders, no unused key', async () => {
    expect(await checkCatalogs(root)).toEqual([]);
  });

  it('catch a missing key, a lost placeholder, a missing plural category and a stray one', async () => {
    const { messages: spanish } = await import('../../../src/shared/i18n/locales/es.ts');
    const broken: Partial<Messages> = { ...spanish };
    delete broken['cart.title'];
    broken['cart.each'] = 'cada uno';
    broken['cart.itemCount'] = '{count, plural, one {# artículo} other {# artículos}}';
    broken['prefs.export.done'] = '{file}: {count, plural, one {#} few {#} many {#} other {#}}';
    const problems = checkLanguage('es', broken)
      .map((p) => `${p.key}: ${p.problem}`)
      .sort();
    expect(problems).toEqual([
      'cart.each: has placeholders {}, English has {price}',
      'cart.itemCount: plural {count} lacks the categories many',
      'cart.title: is missing',
      'prefs.export.done: plural {count} has categories es never uses: few',
    ]);
  });

  it('find no unused key in the source as it is', () => {
    expect(unusedKeys(root)).toEqual([]);
  });
});

describe('t', () => {
  it('speaks the chosen language, with its own plural forms', async () => {
    try {
      setTranslator(await loadTranslator('bg'));
      expect(t('cart.itemCount', { count: 1 })).toBe('1 артикул');
      expect(t('cart.itemCount', { count: 3 })).toBe('3 артикула');
      setTranslator(await loadTranslator('it'));
      expect(t('cart.itemCount', { count: 1_000_000 })).toBe('1.000.000 di articoli');
      expect(t('cart.itemCount', { count: 2 })).toBe('2 articoli');
      setTranslator(await loadTranslator('zh-CN'));
      expect(t('cart.itemCount', { count: 1 })).toBe('1 件商品');
      expect(t('cart.each', { price: '¥5.00' })).toBe('每件 ¥5.00');
    } finally {
      setTranslator(english);
    }
    expect(t('cart.itemCount', { count: 1 })).toBe('1 item');
    expect(t('cart.itemCount', { count: 1234 })).toBe('1,234 items');
  });

  it('tells its listeners of a switch once, and not of a switch to the language already spoken', async () => {
    const heard: string[] = [];
    const stop = onLanguageChange(() => heard.push(currentLanguage()));
    try {
      const spanish = await loadTranslator('es');
      // Once loaded, a catalog is at hand without a promise's turn: the menu's tap applies it at once.
      expect(readyTranslator('es')).toBe(spanish);
      setTranslator(spanish);
      setTranslator(spanish);
      setTranslator(english);
      stop();
      setTranslator(spanish);
    } finally {
      setTranslator(english);
    }
    expect(heard).toEqual(['es', 'en']);
  });

  it('keeps a placeholder the caller forgot visible rather than dropping it', () => {
    expect(t('cart.each')).toBe('{price} each');
  });

  it('gets a language ready with the messages the window has shown, which then read as before', async () => {
    const shown = new Translator('en', {});
    shown.t('cart.each', { price: '€1.00' });
    shown.t('catalog.all');
    expect(shown.usedKeys()).toEqual(['cart.each', 'catalog.all']);
    const italian = new Translator('it', (await import('../../../src/shared/i18n/locales/it.ts')).messages);
    italian.prepare(shown.usedKeys());
    expect(italian.usedKeys()).toEqual(['cart.each', 'catalog.all']);
    expect(italian.t('catalog.all')).toBe((await loadTranslator('it')).t('catalog.all'));
    expect(italian.t('cart.each')).toMatch(/\{price\}/); // a forgotten value still shows its placeholder
  });

  it('loads every language', async () => {
    for (const language of languages) {
      const translator = await loadTranslator(language);
      expect(translator.t('cart.pay')).not.toBe('');
      expect(translator.language).toBe(language);
    }
  });

  it('picks the display language that fits a store locale', () => {
    expect(languageForLocale('it-IT')).toBe('it');
    expect(languageForLocale('pt-PT')).toBe('pt-BR');
    expect(languageForLocale('zh-TW')).toBe('zh-CN');
    expect(languageForLocale('es-MX')).toBe('es');
    expect(languageForLocale('de-DE')).toBe('en');
    expect(languageForLocale('not a locale')).toBe('en');
  });
});

describe('errors in the reader’s language', () => {
  it('travel as a key with parameters and an English message, and read in the display language', async () => {
    const error = translatedError('amount_invalid', 'pay.moreThanDue', {
      amount: '5,00 €',
      remaining: '3,00 €',
    });
    expect(error.message).toBe('5,00 € is more than the 3,00 € still due. Enter at most 3,00 €.');
    const shape = error.toShape();
    expect(shape).toEqual({
      code: 'amount_invalid',
      message: error.message,
      messageKey: 'pay.moreThanDue',
      params: { amount: '5,00 €', remaining: '3,00 €' },
    });
    try {
      setTranslator(await loadTranslator('it'));
      expect(errorText(shape)).toBe('5,00 € è più dei 3,00 € ancora dovuti. Scrivi al massimo 3,00 €.');
      expect(errorText(error)).toBe(errorText(shape));
      // An error without a key yet (the core's English messages) shows its message as it is.
      expect(errorText(new KassaError('not_found', 'No such order.').toShape())).toBe('No such order.');
    } finally {
      setTranslator(english);
    }
  });
});
