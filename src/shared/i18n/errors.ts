/*
 * Errors in the reader's language. An error travels as a code, a catalog key and the values of its
 * placeholders (KassaErrorShape), with its English message alongside; each window says it in its own display
 * language when it shows it, and falls back to the English message for an error that has no key yet.
 */
import { KassaError, type ErrorCode, type ErrorParams, type KassaErrorShape } from '../errors.ts';
import { en } from './en.ts';
import { english, t, type MessageKey } from './translate.ts';

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}

/** An error whose words come from the catalogs: its message is the English text, its key goes with it. */
export function translatedError(
  code: ErrorCode,
  messageKey: MessageKey,
  params?: ErrorParams,
  field?: string,
): KassaError {
  return new KassaError(
    code,
    english.t(messageKey, params),
    field,
    params === undefined ? { messageKey } : { messageKey, params },
  );
}

/** The same error, now about another field of the form (its words unchanged). */
export function onField(error: KassaError, field: string): KassaError {
  return new KassaError(error.code, error.message, field, error.words);
}

/** What to show for an error: its words in the display language, or its English message when it has none. */
export function errorText(
  error: KassaError | Pick<KassaErrorShape, 'message' | 'messageKey' | 'params'>,
): string {
  const words = error instanceof KassaError ? error.words : error;
  return words && isMessageKey(words.messageKey) ? t(words.messageKey, words.params) : error.message;
}
