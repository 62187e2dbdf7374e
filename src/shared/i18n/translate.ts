/*
 * The windows' words. Every user-facing string lives in a catalog keyed like the English one (en.ts); a message
 * is ICU MessageFormat, read by FormatJS's intl-messageformat: `{name}` placeholders, and plurals as
 * `{count, plural, one {# item} other {# items}}` with the CLDR categories of each language (Intl.PluralRules).
 * Money, dates and percentages are never baked into a sentence: the caller formats them for the store's locale
 * and passes them in as strings. English is bundled; the other catalogs load when first chosen (catalogs.ts).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en.ts';
import type { Language } from './languages.ts';

export type { MessageKey } from './en.ts';

/** A language: every key of the English catalog, translated. A missing key does not compile. */
export type Messages = Record<MessageKey, string>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Translates into one language, compiling each message once, the first time it is shown. */
export class Translator {
  readonly language: Language;
  readonly #messages: Readonly<Partial<Messages>>;
  readonly #compiled = new Map<MessageKey, IntlMessageFormat>();

  constructor(language: Language, messages: Readonly<Partial<Messages>>) {
    this.language = language;
    this.#messages = messages;
  }

  #compile(key: MessageKey): IntlMessageFormat {
    let compiled = this.#compiled.get(key);
    if (!compiled) {
      // A key the catalog lacks (a string added after the translation) shows in English rather than as a key.
      const own = this.#messages[key];
      compiled = new IntlMessageFormat(own ?? en[key], own === undefined ? 'en' : this.language, undefined, {
        ignoreTag: true,
      });
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }

  /** The keys said so far in this language: what the window has shown. */
  usedKeys(): MessageKey[] {
    return [...this.#compiled.keys()];
  }

  /** Compiles these messages ahead of their first showing (a language about to be chosen). */
  prepare(keys: Iterable<MessageKey>): void {
    for (const key of keys) this.#compile(key);
  }

  readonly t = (key: MessageKey, params?: MessageParams): string => {
    const compiled = this.#compile(key);
    try {
      return String(compiled.format(params));
    } catch {
      // A value the caller forgot: the message stays readable with its placeholder visible, so it is noticed.
      return this.#messages[key] ?? en[key];
    }
  };
}

export const english = new Translator('en', en);

let current: Translator = english;
const listeners = new Set<() => void>();

/**
 * Switches the language of every later `t` call and tells whoever listens (a window's root re-renders, see
 * display-language.tsx); switching to the language already spoken tells nobody.
 */
export function setTranslator(translator: Translator): void {
  if (translator === current) return;
  current = translator;
  for (const listener of [...listeners]) listener();
}

/** Hears each later switch; returns the way to stop (the shape `useSyncExternalStore` subscribes with). */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The translator the windows speak with now. */
export function currentTranslator(): Translator {
  return current;
}

/** The display language the windows speak now. */
export function currentLanguage(): Language {
  return current.language;
}

export function t(key: MessageKey, params?: MessageParams): string {
  return current.t(key, params);
}
