/*
 * The windows' words. Every user-facing string lives in a dictionary keyed by the English one's key, so a
 * language is one more file of the same shape; `t` fills in `{name}` placeholders. Money, dates and numbers
 * are never baked into a sentence: the caller formats them for the store's locale and passes them in.
 */
import { en, type MessageKey } from './en.ts';

export type { MessageKey } from './en.ts';

/** A language: every key of the English dictionary, translated. */
export type Messages = Record<MessageKey, string>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible, so a missing one is noticed. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

let current: Messages = en;

/** Switches the language of every later `t` call (the windows do it once, from the store's settings). */
export function setMessages(messages: Messages): void {
  current = messages;
}

export function t(key: MessageKey, params?: MessageParams): string {
  return interpolate(current[key], params);
}
