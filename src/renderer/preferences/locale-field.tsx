import { t } from '../../shared/i18n/translate.ts';
import { FormField } from '../shared/form-field.tsx';
import { commonLocales, localePreview } from './store-form-values.ts';

interface LocaleFieldProps {
  /** Which form it sits on ("store", "language"): the input is `<form>-locale`, its suggestions `<form>-locales`. */
  form: string;
  label: string;
  locale: string;
  currency: string;
  error: string | null;
  onChange: (locale: string) => void;
}

/**
 * The store's locale with the common ones suggested, and beside it an amount and a date written the way that
 * locale writes them, so the owner sees the effect before saving.
 */
export function LocaleField({ form, label, locale, currency, error, onChange }: LocaleFieldProps) {
  const preview = localePreview(locale, currency);
  const listId = `${form}-locales`;
  return (
    <>
      <FormField id={`${form}-locale`} label={label} hint={t('prefs.store.localeHint')} error={error}>
        {(control) => (
          <>
            <input
              {...control}
              list={listId}
              autoComplete="off"
              value={locale}
              onChange={(e) => onChange(e.target.value)}
            />
            <datalist id={listId}>
              {commonLocales.map((l) => (
                <option key={l} value={l} />
              ))}
            </datalist>
          </>
        )}
      </FormField>
      <div className="preview" aria-live="polite">
        <span className="preview__label">{t('prefs.store.preview')}</span>
        {preview ? (
          <span className="preview__value">
            {preview.money} · {preview.date}
          </span>
        ) : (
          <span className="preview__value preview__value--muted">{t('prefs.store.previewNone')}</span>
        )}
      </div>
    </>
  );
}
