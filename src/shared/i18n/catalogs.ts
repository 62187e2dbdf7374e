/*
 * Loads a language's catalog when it is first chosen: each is its own chunk of the renderer bundle (a dynamic
 * import per language), so a till that only speaks Italian never downloads or parses the other five.
 */
import { english, Translator, type Messages } from './translate.ts';
import type { Language } from './languages.ts';

const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Partial<Messages>>>> = {
  'zh-CN': () => import('./locales/zh-CN.ts').then((m) => m.messages),
  bg: () => import('./locales/bg.ts').then((m) => m.messages),
  it: () => import('./locales/it.ts').then((m) => m.messages),
  es: () => import('./locales/es.ts').then((m) => m.messages),
  'pt-BR': () => import('./locales/pt-BR.ts').then((m) => m.messages),
};

const loaded = new Map<Language, Promise<Translator>>([['en', Promise.resolve(english)]]);
/** The catalogs already here: a switch to one of them needs no wait, not even a promise's turn. */
const ready = new Map<Language, Translator>([['en', english]]);

/** The translator of a language whose catalog has loaded, or undefined while it has not. */
export function readyTranslator(language: Language): Translator | undefined {
  return ready.get(language);
}

/** The translator of a language, loading its catalog once; a failed load is tried again next time. */
export function loadTranslator(language: Language): Promise<Translator> {
  let translator = loaded.get(language);
  if (!translator) {
    translator = loaders[language as Exclude<Language, 'en'>]().then((messages) => {
      const made = new Translator(language, messages);
      ready.set(language, made);
      return made;
    });
    translator.catch(() => loaded.delete(language));
    loaded.set(language, translator);
  }
  return translator;
}
