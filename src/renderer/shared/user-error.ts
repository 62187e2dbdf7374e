/*
 * What a person reads when a call to main fails. Main's own refusals are already written for people; a request
 * the contract refused (the dispatcher's `fromZod`: zod's sentence followed by " (field)") is not, so it is
 * rewritten here from what zod said into a sentence that says what to do. No window shows zod's words.
 */
import type { KassaErrorShape } from '../../shared/errors.ts';
import { t } from '../../shared/i18n/translate.ts';

const zodWording = /^(Invalid|Too (big|small)|Expected|Unrecognized)\b/;

/** The error as a person should read it: unchanged unless it is the contract's raw wording. */
export function inUserWords(error: KassaErrorShape): KassaErrorShape {
  if (error.code !== 'invalid_request') return error;
  // The dispatcher's signature of a contract refusal: the message ends with the field's path in brackets.
  const suffix = error.field === undefined ? '' : ` (${error.field})`;
  if (suffix !== '' && !error.message.endsWith(suffix)) return error;
  const said = error.message.slice(0, error.message.length - suffix.length);
  const withMessage = (message: string): KassaErrorShape =>
    error.field === undefined
      ? { code: error.code, message }
      : { code: error.code, message, field: error.field };
  // A schema's own sentence ("Type at least one character.") is kept, without the field's path.
  if (!zodWording.test(said)) return suffix === '' ? error : withMessage(said);
  const longest = /<=\s*(\d+) characters?/.exec(said);
  const shortest = />=?\s*(\d+) characters?/.exec(said);
  const most = /expected (?:number|int|bigint) to be <=?\s*([\d.]+)/.exec(said);
  const least = /expected (?:number|int|bigint) to be >=?\s*([\d.]+)/.exec(said);
  const tooLongItems = /expected array to have <=\s*(\d+) items?/.exec(said);
  let message: string;
  if (longest?.[1]) message = t('input.tooLong', { max: Number(longest[1]) });
  else if (shortest?.[1])
    message = Number(shortest[1]) <= 1 ? t('input.empty') : t('input.tooShort', { min: Number(shortest[1]) });
  else if (most?.[1]) message = t('input.tooLarge', { max: most[1] });
  else if (least?.[1]) message = t('input.tooSmall', { min: least[1] });
  else if (tooLongItems?.[1]) message = t('input.tooMany', { max: Number(tooLongItems[1]) });
  else message = t('input.invalid');
  return withMessage(message);
}
