import { useEffect, useRef, useState } from 'react';
import { languageNames, languages, type Language } from '../../shared/i18n/languages.ts';
import { t } from '../../shared/i18n/translate.ts';
import { prepareLanguage, useDisplayLanguage } from '../shared/display-language.tsx';
import { LanguageIcon } from '../shared/icons.tsx';
import { kassa } from '../shared/kassa.ts';
import { errorText } from '../../shared/i18n/errors.ts';

/** What the header button shows: short enough for a 1024-pixel header, recognisable to its own speakers. */
const shortNames: Readonly<Record<Language, string>> = {
  en: 'EN',
  'zh-CN': '中文',
  bg: 'BG',
  it: 'IT',
  es: 'ES',
  'pt-BR': 'PT',
};

/**
 * The header's language switch: one tap opens the list, the second picks a language, which the till remembers
 * for the person signed in. Each language is named in its own words, so a cashier finds theirs in any of them.
 */
export function LanguageMenu({ staffId }: { staffId: string }) {
  const { language, choose, dates } = useDisplayLanguage();
  const [open, setOpen] = useState(false);
  // After a pick whose date inputs would need a restart, the menu offers one (only where Kassa can restart).
  const [picked, setPicked] = useState(false);
  const [restartProblem, setRestartProblem] = useState<string | null>(null);
  const offerRestart = picked && !open && dates !== null && dates.restartForDates && dates.canRestart;
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open && !offerRestart) return;
    const close = (event: PointerEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !root.current?.contains(event.target as Node)
      ) {
        setOpen(false);
        setPicked(false);
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open, offerRestart]);

  const pick = (next: Language) => {
    setOpen(false);
    setPicked(true);
    setRestartProblem(null);
    void choose(next, staffId);
  };

  return (
    <div className="language" ref={root}>
      <button
        type="button"
        className="language__button"
        data-testid="language-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('header.languageLabel', { language: languageNames[language] })}
        title={t('header.languageLabel', { language: languageNames[language] })}
        onClick={() => {
          // The first tap gets the languages ready (catalogs and messages), so the second one only has to paint.
          if (!open) for (const l of languages) prepareLanguage(l);
          setOpen(!open);
        }}
      >
        <LanguageIcon />
        {shortNames[language]}
      </button>
      {open ? (
        <ul className="language__menu" role="menu" aria-label={t('header.language')}>
          {languages.map((l) => (
            <li key={l} role="none">
              <button
                type="button"
                role="menuitemradio"
                aria-checked={l === language}
                lang={l}
                className="language__option"
                onClick={() => pick(l)}
              >
                {languageNames[l]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {offerRestart ? (
        <div className="language__menu language__restart" role="status" data-testid="language-restart">
          <p>{t('header.datesAfterRestart')}</p>
          {restartProblem ? <p role="alert">{restartProblem}</p> : null}
          <button
            type="button"
            className="language__option"
            onClick={() => {
              void kassa.app.restart({}).then((result) => {
                if (!result.ok) setRestartProblem(errorText(result.error));
              });
            }}
          >
            {t('header.restartNow')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
