/*
 * The languages Kassa's windows speak. A display language is a BCP 47 tag that is also the name of its catalog
 * file (locales/<tag>.ts) and the locale its plural rules come from (Intl.PluralRules, CLDR).
 */
export const languages = ['en', 'zh-CN', 'bg', 'it', 'es', 'pt-BR'] as const;

export type Language = (typeof languages)[number];

/** Each language in its own words, as a menu shows it to someone who may not read the current one. */
export const languageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
  bg: 'Български',
  it: 'Italiano',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The language that fits a locale best: the exact tag, else the same language in another region (pt-PT reads
 * the Brazilian catalog, zh-TW the simplified one rather than none), else English.
 */
export function languageForLocale(locale: string): Language {
  if (isLanguage(locale)) return locale;
  let base: string;
  try {
    base = new Intl.Locale(locale).language;
  } catch {
    return 'en';
  }
  return languages.find((l) => l === base || l.startsWith(`${base}-`)) ?? 'en';
}
