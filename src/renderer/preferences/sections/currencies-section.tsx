import { errorText } from '../../../shared/i18n/errors.ts';
import { useState, type FormEvent } from 'react';
import { currentLanguage, t } from '../../../shared/i18n/translate.ts';
import type { ExchangeRate } from '../../../shared/ipc/preferences.ts';
import { dayOf } from '../../shared/days.ts';
import { SelectField, TextField } from '../../shared/form-field.tsx';
import { EditButton, RemoveButton, RowActions, SectionTable } from '../list-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { currencyLabel, currencyOptions } from '../../../shared/money/currency-names.ts';
import {
  Card,
  Help,
  LoadProblem,
  type Notice,
  NoticeLine,
  SaveBar,
  SectionHeader,
  SectionSplit,
} from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';
import { kassa } from '../../shared/kassa.ts';

const loadRates = () => kassa.exchangeRates.list({});
const loadProfiles = () => kassa.stripeProfiles.list({});
const fields = ['currency', 'rate', 'date'];

const currencyName = (code: string) => currencyLabel(code, currentLanguage());

/**
 * Currencies (STO-3): the store's own, the currency each Stripe profile settles in, and the exchange rates an
 * order in another currency is converted with (both amounts and the rate are recorded on the order).
 */
export function CurrenciesSection() {
  const { store, format, go } = usePrefs();
  const rates = useLoaded(loadRates);
  const profiles = useLoaded(loadProfiles);
  const [editing, setEditing] = useState<ExchangeRate | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<Notice | null>(null);

  const remove = async (rate: ExchangeRate) => {
    const result = await kassa.exchangeRates.remove({ currency: rate.currency });
    setMessage(result.ok ? null : { ok: false, text: errorText(result.error) });
    await rates.reload();
  };
  const rateFor = (code: string) => rates.data?.find((r) => r.currency === code);

  return (
    <div className="section">
      <SectionHeader title={t('prefs.currencies.title')} summary={t('prefs.currencies.summary')} />
      <LoadProblem message={rates.problem} onRetry={() => void rates.reload()} />
      <SectionSplit
        help={
          <Help title={t('prefs.currencies.helpTitle')}>
            <p>{t('prefs.currencies.helpRate', { currency: store.currency })}</p>
            <p>{t('prefs.currencies.helpSettlement')}</p>
          </Help>
        }
      >
        <Card title={t('prefs.currencies.storeCurrency')}>
          <p className="fact" id="currencies-store" tabIndex={-1}>
            <span className="fact__value">{currencyName(store.currency)}</span>
            <button type="button" className="link-button" onClick={() => go('store')}>
              {t('prefs.currencies.changeInStore')}
            </button>
          </p>
        </Card>

        <Card title={t('prefs.currencies.settlement')} description={t('prefs.currencies.settlementText')}>
          <ul className="plain-list" id="currencies-settlement" tabIndex={-1}>
            {(profiles.data ?? []).map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong> · {currencyName(p.settlementCurrency)}
                {p.settlementCurrency !== store.currency && !rateFor(p.settlementCurrency) ? (
                  <span className="table__warn">
                    {t('prefs.currencies.noRate', { currency: p.settlementCurrency })}
                  </span>
                ) : null}
              </li>
            ))}
            {profiles.data?.length === 0 ? <li className="field__hint">{t('prefs.profiles.none')}</li> : null}
          </ul>
        </Card>

        <Card
          title={t('prefs.currencies.rates')}
          description={t('prefs.currencies.ratesText', { currency: store.currency })}
        >
          <NoticeLine notice={message} />
          {rates.data && rates.data.length > 0 ? (
            <SectionTable
              testId="rates-table"
              columns={[
                t('prefs.currencies.colCurrency'),
                t('prefs.currencies.colRate'),
                t('prefs.currencies.colDate'),
                t('prefs.currencies.colUpdated'),
              ]}
            >
              {rates.data.map((r) => (
                <tr key={r.currency}>
                  <td>{currencyName(r.currency)}</td>
                  <td className="table__mono">
                    {t('prefs.currencies.rateLine', {
                      store: store.currency,
                      rate: r.rate,
                      currency: r.currency,
                    })}
                  </td>
                  <td>{r.date}</td>
                  <td>{format.dateTime(r.updatedAt)}</td>
                  <RowActions>
                    <EditButton
                      name={r.currency}
                      onClick={() => {
                        setEditing(r);
                        setFormKey((k) => k + 1);
                      }}
                    />
                    <RemoveButton name={r.currency} onClick={() => void remove(r)} />
                  </RowActions>
                </tr>
              ))}
            </SectionTable>
          ) : (
            <p className="field__hint">{t('prefs.currencies.noRates')}</p>
          )}
          <RateForm
            key={formKey}
            rate={editing}
            storeCurrency={store.currency}
            onSaved={() => {
              setEditing(null);
              setFormKey((k) => k + 1);
              void rates.reload();
            }}
          />
        </Card>
      </SectionSplit>
    </div>
  );
}

function RateForm({
  rate,
  storeCurrency,
  onSaved,
}: {
  rate: ExchangeRate | null;
  storeCurrency: string;
  onSaved: () => void;
}) {
  // The currency a shop most often meets besides its own.
  const suggested = storeCurrency === 'USD' ? 'EUR' : 'USD';
  const form = useForm(
    { currency: rate?.currency ?? suggested, rate: rate?.rate ?? '', date: rate?.date ?? dayOf(new Date()) },
    fields,
  );
  const { values, set, errorOf } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() => kassa.exchangeRates.save(values));
    if (saved) onSaved();
  };
  return (
    <form
      noValidate
      className="inline-form"
      aria-label={
        rate ? t('prefs.currencies.editRate', { currency: rate.currency }) : t('prefs.currencies.addRate')
      }
      onSubmit={(e) => void submit(e)}
    >
      <h3 className="inline-form__title">
        {rate ? t('prefs.currencies.editRate', { currency: rate.currency }) : t('prefs.currencies.addRate')}
      </h3>
      <div className="form-grid form-grid--three">
        <SelectField
          id="rate-currency"
          label={t('prefs.currencies.colCurrency')}
          error={errorOf('currency')}
          value={values.currency}
          disabled={rate !== null}
          onChange={(currency) => set('currency', currency)}
        >
          {currencyOptions(currentLanguage())
            .filter((c) => c.code !== storeCurrency)
            .map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
        </SelectField>
        <TextField
          id="rate-rate"
          label={t('prefs.currencies.rateLabel', { store: storeCurrency, currency: values.currency })}
          hint={t('prefs.currencies.rateHint')}
          error={errorOf('rate')}
          code
          inputMode="decimal"
          autoComplete="off"
          placeholder="1.0834"
          value={values.rate}
          onChange={(rate) => set('rate', rate)}
        />
        <TextField
          id="rate-date"
          label={t('prefs.currencies.colDate')}
          error={errorOf('date')}
          type="date"
          value={values.date}
          onChange={(date) => set('date', date)}
        />
      </div>
      <SaveBar status={form.status} error={form.generalError} label={t('prefs.currencies.saveRate')} />
    </form>
  );
}
