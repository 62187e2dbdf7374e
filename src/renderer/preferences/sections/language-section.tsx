import { isLanguage, languageNames, languages } from '../../../shared/i18n/languages.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { StoreSettingsView } from '../../../shared/ipc/preferences.ts';
import { useDisplayLanguage } from '../../shared/display-language.tsx';
import { FormField } from '../../shared/form-field.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { LocaleField } from '../locale-field.tsx';
import { LoadedSection } from '../loaded-section.tsx';
import { Card, SaveBar } from '../ui.tsx';
import { useStoreSettingsForm } from '../use-store-settings-form.ts';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.storeSettings.get({});
const localeOnly = ['locale'];

/**
 * Language (TILL-12): the store's locale, which decides how money, dates and the receipt are written, and the
 * owner's own display language (each staff member picks theirs from the till's header).
 */
export function LanguageSection() {
  return (
    <LoadedSection title={t('prefs.language.title')} summary={t('prefs.language.summary')} load={load}>
      {(view, onSaved) => <LanguageForm view={view} onSaved={onSaved} />}
    </LoadedSection>
  );
}

function LanguageForm({
  view,
  onSaved,
}: {
  view: StoreSettingsView;
  onSaved: (view: StoreSettingsView) => void;
}) {
  // Only the locale is on this form: a problem with any other store setting is shown above the button.
  const { form, save } = useStoreSettingsForm(view, localeOnly, onSaved);
  const { values, set, errorOf } = form;
  const { language, choose } = useDisplayLanguage();
  const { owner } = usePrefs();
  return (
    <form noValidate aria-label={t('prefs.language.title')} onSubmit={(e) => void save(e)}>
      <Card title={t('prefs.language.formatCard')}>
        <div className="form-grid">
          <LocaleField
            form="language"
            label={t('prefs.language.locale')}
            locale={values.locale}
            currency={values.currency}
            error={errorOf('locale')}
            onChange={(locale) => set('locale', locale)}
          />
        </div>
        <SaveBar status={form.status} error={form.generalError} />
      </Card>
      <Card title={t('prefs.language.uiCard')}>
        <FormField id="language-ui" label={t('prefs.language.ui')} hint={t('prefs.language.uiHint')}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(e) => {
                const next = e.target.value;
                if (!isLanguage(next)) return;
                void choose(next, owner.id);
              }}
            >
              {languages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageNames[l]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </Card>
    </form>
  );
}
