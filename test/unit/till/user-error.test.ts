import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZod } from '../../../src/main/core/ipc/dispatcher.ts';
import { catalogChannels } from '../../../src/shared/ipc/catalog.ts';
import { inUserWords } from '../../../src/renderer/shared/user-error.ts';

/** What main answers when the contract refuses a request, as the window receives it. */
function refusal(schema: z.ZodType, request: unknown) {
  const parsed = schema.safeParse(request);
  if (parsed.success) throw new Error('expected the contract to refuse the request');
  return fromZod(parsed.error).toShape();
}

describe('no window shows zod’s words', () => {
  it('a search pasted past the limit says how long it may be', () => {
    const error = refusal(catalogChannels['catalog.search'].request, { query: 'x'.repeat(500), limit: 60 });
    expect(error.message).toMatch(/Too big/);
    expect(inUserWords(error)).toEqual({
      code: 'invalid_request',
      message: 'That is too long: use at most 100 characters.',
      field: 'query',
    });
  });

  it('any other contract refusal becomes a sentence that says what to do', () => {
    const error = refusal(z.object({ limit: z.number().int().max(200) }), { limit: 'many' });
    expect(inUserWords(error).message).toBe(
      'Kassa could not take what was typed here: check it and try again.',
    );
    const large = refusal(z.object({ limit: z.number().int().max(200) }), { limit: 500 });
    expect(inUserWords(large).message).toBe('That number is too large: use at most 200.');
  });

  it('main’s own refusals, already in the user’s words, are left as they are', () => {
    const own = {
      code: 'invalid_request' as const,
      message: 'The order number is a whole number, such as 42.',
      field: 'number',
    };
    expect(inUserWords(own)).toBe(own);
    const other = { code: 'not_found' as const, message: 'No such order.' };
    expect(inUserWords(other)).toBe(other);
  });
});
