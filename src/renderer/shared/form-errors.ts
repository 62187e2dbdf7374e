import { errorText } from '../../shared/i18n/errors.ts';
import type { KassaErrorShape, Result } from '../../shared/errors.ts';

/** A refusal as a form shows it: the message next to the field it names, or above the buttons. */
export interface FormProblem {
  /** The form field the message belongs to, or null for a message about the whole form. */
  field: string | null;
  message: string;
}

/**
 * Which of a form's fields an error names. Main reports the field as zod's path ("secretKey",
 * "config.paymentMethods.0.journal"); a form knows its own field names, so the last known segment wins.
 */
export function problemOf(error: KassaErrorShape, fields: readonly string[]): FormProblem {
  // The dispatcher appends the path to schema messages ("… (secretKey)"); next to the field it is noise.
  const text = errorText(error);
  const message = error.field === undefined ? text : text.replace(` (${error.field})`, '');
  const segments = error.field?.split('.') ?? [];
  const field = [...segments].reverse().find((s) => fields.includes(s)) ?? null;
  return { field, message: field === null ? text : message };
}

/** The value of a successful call, or the problem to show. */
export function outcomeOf<T>(
  result: Result<T>,
  fields: readonly string[],
): { ok: true; value: T } | { ok: false; problem: FormProblem } {
  return result.ok ? result : { ok: false, problem: problemOf(result.error, fields) };
}
