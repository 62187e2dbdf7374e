import type { FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { StoreSettingsView } from '../../../shared/ipc/preferences.ts';
import { FormField } from '../../shared/form-field.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { commonLocales, localePreview, storeFormValues, storeRequest } from '../store-form-values.ts';
import { Card, LoadProblem, SaveBar, SectionHeader } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';

const load = () => window.kassa.storeSettings.get({});
const localeOnly = ['locale'];

/**
 * Language (TILL-12): the store's locale, which decides how money and dates are written, and the language of
 * Kassa's own words (English for now).
 */
export function LanguageSection() {
  const { data, problem, reload, setData } = useLoaded(load);
  return (
    <div className="section">
      <SectionHeader title={t('prefs.language.title')} summary={t('prefs.language.summary')} />
      {problem ? <LoadProblem message={problem} onRetry={() => void reload()} /> : null}
      {data ? <LanguageForm view={data} onSaved={setData} /> : null}
    </div>
  );
}

function LanguageForm({
  view,
  onSaved,
}: {
  view: StoreSettingsView;
  onSaved: (view: StoreSettingsView) => void;
}) {
  const { reloadStore } = usePrefs();
  // Only the locale is on this form: a problem with any other store setting is shown above the button.
  const form = useForm(storeFormValues(view), localeOnly);
  const { values, set, errorOf } = form;
  const preview = localePreview(values.locale, values.currency);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() => window.kassa.storeSettings.save(storeRequest(values)));
    if (saved) {
      onSaved(saved);
      reloadStore();
    }
  };
  return (
    <form noValidate aria-label={t('prefs.language.title')} onSubmit={(e) => void submit(e)}>
      <Card title={t('prefs.language.formatCard')}>
        <div className="form-grid">
          <FormField
            id="language-locale"
            label={t('prefs.language.locale')}
            hint={t('prefs.store.localeHint')}
            error={errorOf('locale')}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  list="language-locales"
                  autoComplete="off"
                  value={values.locale}
                  onChange={(e) => set('locale', e.target.value)}
                />
                <datalist id="language-locales">
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
        </div>
        <SaveBar status={form.status} error={form.generalError} />
      </Card>
      <Card title={t('prefs.language.uiCard')}>
        <FormField id="language-ui" label={t('prefs.language.ui')} hint={t('prefs.language.uiHint')}>
          {(control) => (
            <select {...control} value="en" disabled>
              <option value="en">English</option>
            </select>
          )}
        </FormField>
      </Card>
    </form>
  );
}
