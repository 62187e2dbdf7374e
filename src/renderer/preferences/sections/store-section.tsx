import type { FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { StoreSettingsView } from '../../../shared/ipc/preferences.ts';
import { CheckField, FormField } from '../../shared/form-field.tsx';
import { usePrefs } from '../prefs-context.tsx';
import {
  commonLocales,
  countryRule,
  currencyOptions,
  localePreview,
  roundingSteps,
  stepLabel,
  storeFields,
  storeFormValues,
  storeRequest,
} from '../store-form-values.ts';
import { Card, LoadProblem, SaveBar, SectionHeader } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';

const load = () => window.kassa.storeSettings.get({});

/** The shop itself (PREF-1): its name, where it is, its money and how cash is rounded. */
export function StoreSection() {
  const { data, problem, reload, setData } = useLoaded(load);
  return (
    <div className="section">
      <SectionHeader title={t('prefs.store.title')} summary={t('prefs.store.summary')} />
      {problem ? <LoadProblem message={problem} onRetry={() => void reload()} /> : null}
      {data ? <StoreForm view={data} onSaved={setData} /> : null}
    </div>
  );
}

function StoreForm({
  view,
  onSaved,
}: {
  view: StoreSettingsView;
  onSaved: (view: StoreSettingsView) => void;
}) {
  const { reloadStore } = usePrefs();
  const form = useForm(storeFormValues(view), storeFields);
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
    <form
      noValidate
      className="section__form"
      aria-label={t('prefs.store.title')}
      onSubmit={(e) => void submit(e)}
    >
      <Card title={t('prefs.store.shopCard')}>
        <div className="form-grid">
          <FormField id="store-name" label={t('prefs.store.name')} error={errorOf('name')}>
            {(control) => (
              <input {...control} value={values.name} onChange={(e) => set('name', e.target.value)} />
            )}
          </FormField>
          <FormField
            id="store-country"
            label={t('prefs.store.country')}
            hint={t('prefs.store.countryHint')}
            error={errorOf('country')}
          >
            {(control) => (
              <input
                {...control}
                className={`${control.className} field__input--code`}
                maxLength={2}
                value={values.country}
                onChange={(e) => set('country', e.target.value.toUpperCase())}
              />
            )}
          </FormField>
        </div>
      </Card>

      <Card title={t('prefs.store.moneyCard')}>
        <div className="form-grid">
          <FormField
            id="store-currency"
            label={t('prefs.store.currency')}
            hint={t('prefs.store.currencyHint')}
            error={errorOf('currency')}
          >
            {(control) => (
              <select {...control} value={values.currency} onChange={(e) => set('currency', e.target.value)}>
                {currencyOptions.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id="store-rounding"
            label={t('prefs.store.rounding')}
            hint={t('prefs.store.roundingHint')}
            error={errorOf('cashRoundingIncrement')}
          >
            {(control) => (
              <select {...control} value={values.rounding} onChange={(e) => set('rounding', e.target.value)}>
                <option value={countryRule}>
                  {t('prefs.store.roundingCountry', {
                    step:
                      view.suggestedCashRounding === 1
                        ? t('prefs.store.roundingNone')
                        : stepLabel(view.suggestedCashRounding, values.currency, values.locale),
                  })}
                </option>
                {roundingSteps.map((step) => (
                  <option key={step} value={String(step)}>
                    {step === 1
                      ? t('prefs.store.roundingNone')
                      : t('prefs.store.roundingTo', {
                          step: stepLabel(step, values.currency, values.locale),
                        })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <CheckField
          id="store-tax"
          label={t('prefs.store.pricesIncludeTax')}
          hint={t('prefs.store.pricesIncludeTaxHint')}
          checked={values.pricesIncludeTax}
          error={errorOf('pricesIncludeTax')}
          onChange={(on) => set('pricesIncludeTax', on)}
        />
      </Card>

      <Card title={t('prefs.store.formatCard')}>
        <div className="form-grid">
          <FormField
            id="store-locale"
            label={t('prefs.store.locale')}
            hint={t('prefs.store.localeHint')}
            error={errorOf('locale')}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  list="store-locales"
                  autoComplete="off"
                  value={values.locale}
                  onChange={(e) => set('locale', e.target.value)}
                />
                <datalist id="store-locales">
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
      </Card>

      <SaveBar status={form.status} error={form.generalError} />
    </form>
  );
}
