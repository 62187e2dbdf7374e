/*
 * Field checks in the reader's language (issue 10.3). The IPC contract's zod schemas are shared by main and the
 * windows, and zod carries one string per issue; so a schema's `error` is `words(key, params)`, a catalog key
 * with its values packed into that string, and `issueWords` unpacks it again on the way out. An issue zod words
 * itself (a schema that sets no `error`) is mapped from its kind and bounds to a generic key (`input.*`): that
 * is the error map, and no window ever shows zod's English.
 */
import type { core } from 'zod';
import type { ErrorParams, ErrorWords } from '../errors.ts';
import { en, type MessageKey } from '../i18n/en.ts';

/**
 * A schema's message: the key, then its values as JSON (keys never contain a brace). A value whose name ends
 * in `Key` is itself a catalog key, said in the reader's language (`labelKey` fills `{label}`).
 */
export function words(key: MessageKey, params?: ErrorParams): string {
  return params === undefined ? key : `${key}${JSON.stringify(params)}`;
}

/** The key and values `words` packed, or undefined for any other text. */
export function unpackWords(text: string): (ErrorWords & { messageKey: MessageKey }) | undefined {
  const brace = text.indexOf('{');
  const key = brace < 0 ? text : text.slice(0, brace);
  if (!Object.hasOwn(en, key)) return undefined;
  if (brace < 0) return { messageKey: key as MessageKey };
  try {
    const params = JSON.parse(text.slice(brace)) as ErrorParams;
    return { messageKey: key as MessageKey, params };
  } catch {
    return undefined;
  }
}

/** The words for one zod issue: the schema's own, else a generic sentence from the issue's kind and bounds. */
export function issueWords(issue: core.$ZodIssue): ErrorWords & { messageKey: MessageKey } {
  const own = unpackWords(issue.message);
  if (own) return own;
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return { messageKey: 'input.tooLong', params: { max } };
    if (issue.origin === 'array' || issue.origin === 'set')
      return { messageKey: 'input.tooMany', params: { max } };
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
      return { messageKey: 'input.tooLarge', params: { max: String(issue.maximum) } };
  }
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'string')
      return min <= 1 ? { messageKey: 'input.empty' } : { messageKey: 'input.tooShort', params: { min } };
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
      return { messageKey: 'input.tooSmall', params: { min: String(issue.minimum) } };
  }
  return { messageKey: 'input.invalid' };
}
