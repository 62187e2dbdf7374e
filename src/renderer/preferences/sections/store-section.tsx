import { currentLanguage, t } from '../../../shared/i18n/translate.ts';
import type { StoreSettingsView } from '../../../shared/ipc/preferences.ts';
import { CheckField, SelectField, TextField } from '../../shared/form-field.tsx';
import { LocaleField } from '../locale-field.tsx';
import { countryOptions } from '../../../shared/geo/countries.ts';
import { LoadedSection } from '../loaded-section.tsx';
import { countryRule, roundingSteps, stepLabel, storeFields } from '../store-form-values.ts';
import { currencyOptions } from '../../../shared/money/currency-names.ts';
import { Card, SaveBar } from '../ui.tsx';
import { useEffect, useState } from 'react';
import type { CurrencyChangeView } from '../../../shared/ipc/preferences.ts';
import { useStoreSettingsForm } from '../use-store-settings-form.ts';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.storeSettings.get({});

/** The shop itself (PREF-1): its name, where it is, its money and how cash is rounded. */
export function StoreSection() {
  return (
    <LoadedSection title={t('prefs.store.title')} summary={t('prefs.store.summary')} load={load}>
      {(view, onSaved) => <StoreForm view={view} onSaved={onSaved} />}
    </LoadedSection>
  );
}

/**
 * Before the store's currency changes (issue 15.2): what it means (catalog prices are read in the new currency,
 * new sales are in it) and what it does not change (recorded orders keep their own currency everywhere), with
 * what main counts, and a confirmation when the store has orders or card payments running.
 */
function CurrencyChangeNote({
  to,
  confirmed,
  error,
  onConfirm,
}: {
  to: string;
  confirmed: boolean;
  error: string | null;
  onConfirm: (on: boolean) => void;
}) {
  const [impact, setImpact] = useState<CurrencyChangeView | null>(null);
  useEffect(() => {
    let current = true;
    void window.kassa.storeSettings.currencyChange({ currency: to }).then((result) => {
      if (current) setImpact(result.ok ? result.value : null);
    });
    return () => {
      current = false;
    };
  }, [to]);
  if (!impact) return null;
  return (
    <div className="notice-line currency-change" role="note" data-testid="currency-change">
      <p>{t('prefs.store.currencyChange.means', { from: impact.from, to: impact.to })}</p>
      <p>{t('prefs.store.currencyChange.keeps', { from: impact.from, count: impact.recordedOrders })}</p>
      {impact.openCardPayments > 0 ? (
        <p>{t('prefs.store.currencyChange.running', { count: impact.openCardPayments })}</p>
      ) : null}
      {impact.openOrders > 0 ? (
        <p>{t('prefs.store.currencyChange.open', { count: impact.openOrders, from: impact.from })}</p>
      ) : null}
      {impact.needsConfirmation ? (
        <CheckField
          id="store-currency-confirm"
          label={t('prefs.store.currencyChange.confirm', { to: impact.to })}
          checked={confirmed}
          error={error}
          onChange={onConfirm}
        />
      ) : null}
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
  const { form, save } = useStoreSettingsForm(view, storeFields, onSaved);
  const { values, set, errorOf } = form;

  return (
    <form
      noValidate
      className="section__form"
      aria-label={t('prefs.store.title')}
      onSubmit={(e) => void save(e)}
    >
      <Card title={t('prefs.store.shopCard')}>
        <div className="form-grid">
          <TextField
            id="store-name"
            label={t('prefs.store.name')}
            error={errorOf('name')}
            value={values.name}
            onChange={(name) => set('name', name)}
          />
          {/* A picker of named countries: a typed name was once cut to two letters ("Germany" → GE, Georgia). */}
          <SelectField
            id="store-country"
            label={t('prefs.store.country')}
            hint={t('prefs.store.countryHint')}
            error={errorOf('country')}
            value={values.country}
            onChange={(country) => set('country', country)}
          >
            {countryOptions(values.locale).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </SelectField>
        </div>
      </Card>

      <Card title={t('prefs.store.moneyCard')}>
        <div className="form-grid">
          <SelectField
            id="store-currency"
            label={t('prefs.store.currency')}
            hint={t('prefs.store.currencyHint')}
            error={errorOf('currency')}
            value={values.currency}
            onChange={(currency) => set('currency', currency)}
          >
            {currencyOptions(currentLanguage()).map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="store-rounding"
            label={t('prefs.store.rounding')}
            hint={t('prefs.store.roundingHint')}
            error={errorOf('cashRoundingIncrement')}
            value={values.rounding}
            onChange={(rounding) => set('rounding', rounding)}
          >
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
          </SelectField>
        </div>
        {values.currency !== view.currency ? (
          <CurrencyChangeNote
            to={values.currency}
            confirmed={values.confirmCurrency}
            error={errorOf('currencyChangeConfirmed')}
            onConfirm={(on) => set('confirmCurrency', on)}
          />
        ) : null}
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
          <LocaleField
            form="store"
            label={t('prefs.store.locale')}
            locale={values.locale}
            currency={values.currency}
            error={errorOf('locale')}
            onChange={(locale) => set('locale', locale)}
          />
        </div>
      </Card>

      <SaveBar status={form.status} error={form.generalError} />
    </form>
  );
}
