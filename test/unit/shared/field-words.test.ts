import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZod } from '../../../src/main/core/ipc/dispatcher.ts';
import { catalogChannels } from '../../../src/shared/ipc/catalog.ts';
import { preferenceChannels } from '../../../src/shared/ipc/preferences.ts';
import { staffChannels } from '../../../src/shared/ipc/staff.ts';
import { errorText } from '../../../src/shared/i18n/errors.ts';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';
import { english, setTranslator } from '../../../src/shared/i18n/translate.ts';
import type { Language } from '../../../src/shared/i18n/languages.ts';

/** What main answers when the contract refuses a request, as the window receives it. */
function refusal(schema: z.ZodType, request: unknown) {
  const parsed = schema.safeParse(request);
  if (parsed.success) throw new Error('expected the contract to refuse the request');
  return fromZod(parsed.error).toShape();
}

async function shownIn(language: Language, error: ReturnType<typeof refusal>): Promise<string> {
  setTranslator(await loadTranslator(language));
  return errorText(error);
}

afterEach(() => setTranslator(english));

describe('a refused field is said in the window’s language, never in zod’s words', () => {
  it('a schema’s own check travels as its key and is said in each language', async () => {
    const error = refusal(staffChannels['session.login'].request, { staffId: 'owner', pin: '12' });
    expect(error).toMatchObject({ code: 'invalid_request', field: 'pin', messageKey: 'check.pin48Digits' });
    expect(error.message).toBe('A PIN is 4 to 8 digits.');
    expect(await shownIn('it', error)).toBe('Un PIN ha da 4 a 8 cifre.');
    expect(await shownIn('zh-CN', error)).toBe('PIN 码为 4 到 8 位数字。');
  });

  it('a field’s name inside the sentence is in the same language as the sentence', async () => {
    const error = refusal(preferenceChannels['storeSettings.save'].request, {
      name: '   ',
      country: 'DE',
      currency: 'EUR',
      locale: 'de-DE',
      pricesIncludeTax: true,
    });
    expect(error).toMatchObject({ field: 'name', messageKey: 'check.labelRequired' });
    expect(error.params).toEqual({ labelKey: 'label.storeName' });
    expect(error.message).toBe('The store name is required.');
    expect(await shownIn('bg', error)).toBe('Име на магазина: задължително поле.');
    expect(await shownIn('es', error)).toBe('Nombre de la tienda: campo obligatorio.');
  });

  it('a check zod words itself is mapped from its kind and bound (the error map)', async () => {
    const long = refusal(catalogChannels['catalog.search'].request, { query: 'x'.repeat(500), limit: 60 });
    expect(long).toMatchObject({ field: 'query', messageKey: 'input.tooLong', params: { max: 100 } });
    expect(await shownIn('pt-BR', long)).toBe('Isso é longo demais: use no máximo 100 caracteres.');
    setTranslator(english);
    const large = refusal(z.object({ limit: z.number().int().max(200) }), { limit: 500 });
    expect(errorText(large)).toBe('That number is too large: use at most 200.');
    const wrongType = refusal(z.object({ limit: z.number().int().max(200) }), { limit: 'many' });
    expect(errorText(wrongType)).toBe('Kassa could not take what was typed here: check it and try again.');
  });
});
