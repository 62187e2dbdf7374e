/*
 * Errors in the reader's language. An error travels as a code, a catalog key and the values of its
 * placeholders (KassaErrorShape), with its English message alongside; each window says it in its own display
 * language when it shows it, and falls back to the English message for an error that has no key yet.
 */
import { KassaError, type ErrorCode, type ErrorParams, type ErrorWords } from '../errors.ts';
import { en } from './en.ts';
import { countryName } from '../geo/countries.ts';
import { currentTranslator, english, t, type MessageKey, type Translator } from './translate.ts';
import { failureWords, isKnownFailure } from '../payments/failure-words.ts';

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
    say(english, messageKey, params),
    field,
    params === undefined ? { messageKey } : { messageKey, params },
  );
}

/**
 * A message with its values, where a value named `…Key` is itself a catalog key said in the same language (with
 * the same values) and fills the placeholder without the suffix (`labelKey: 'label.storeName'` fills `{label}`):
 * a field's name or an operation's phrase inside a sentence, in the reader's language rather than in the
 * language of the sender. A value named `…Region` is a country code (ISO 3166), said as that country's name in
 * the reader's language (`countryRegion: 'BR'` fills `{country}`).
 */
export function say(
  translator: Pick<Translator, 't' | 'language'>,
  key: MessageKey,
  params?: ErrorParams,
): string {
  if (params === undefined) return translator.t(key);
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('Region') && typeof value === 'string')
      plain[name.slice(0, -6)] = countryName(value, translator.language);
    else if (!(name.endsWith('Key') && isMessageKey(value))) plain[name] = value;
  }
  const values: Record<string, string | number> = { ...plain };
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('Key') && isMessageKey(value)) values[name.slice(0, -3)] = translator.t(value, plain);
  }
  return translator.t(key, values);
}

/**
 * A mistake in how code called the core (an unknown channel, a malformed id, an impossible sum), which nobody
 * at the counter can cause or correct: the window says that something went wrong inside Kassa, in its own
 * language, while the English detail stays in the message for the log.
 */
export function developerError(code: ErrorCode, detail: string): KassaError {
  return new KassaError(code, detail, undefined, { messageKey: 'err.internal' });
}

/** The same error, now about another field of the form (its words unchanged). */
export function onField(error: KassaError, field: string): KassaError {
  return new KassaError(error.code, error.message, field, error.words);
}

/** What to show for an error: its words in the display language, or its English message when it has none. */
export function errorText(
  error: KassaError | { message: string; messageKey?: string | undefined; params?: ErrorParams | undefined },
): string {
  const words = error instanceof KassaError ? error.words : error;
  return words && isMessageKey(words.messageKey)
    ? say(currentTranslator(), words.messageKey, words.params)
    : error.message;
}

/** Why a card payment failed, in the display language, from its code (see payments/failure-words.ts). */
export function failureText(failure: { code: string } | null | undefined, state?: string): string {
  if (!failure) return '';
  const words = failureWords(failure.code, state);
  return t(words.messageKey, words.params);
}

/**
 * A payment provider's refusal crossing to a window: Kassa's own words for the provider's code where the
 * failure table has them (a reader offline, a declined card, a Mercado Pago API refusal, …), else the words the
 * provider client gave it (a timeout, a server problem, each with what was being done), else the provider's
 * own English sentence.
 */
export function providerError(
  code: ErrorCode,
  providerCode: string,
  message: string,
  words?: ErrorWords,
): KassaError {
  if (isKnownFailure(providerCode))
    return new KassaError(code, message, undefined, failureWords(providerCode));
  return new KassaError(code, message, undefined, words);
}
