import { useState, type FormEvent } from 'react';
import { KassaError } from '../../../shared/errors.ts';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { cardBrands, type CardBrand, type CardSettings } from '../../../shared/ipc/cards-on-file.ts';
import type { StripeProfile } from '../../../shared/ipc/stripe-profiles.ts';
import { parseAmount } from '../../../shared/money/parse-amount.ts';
import { CheckField, SelectField, TextField } from '../../shared/form-field.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { brandName } from '../../shared/card-brands.ts';
import { LoadedSection } from '../loaded-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, Help, SaveBar, SectionSplit } from '../ui.tsx';
import { useForm } from '../use-form.ts';

const loadProfiles = () => kassa.stripeProfiles.list({});
const fields = ['validatingAmount', 'requireCvc', 'billingAddress', 'brands'];

/**
 * Preferences → Card settings (STO-4, PREF-1): per Stripe profile, the validating hold made when a card is
 * saved, what the hosted page asks for, and which card brands are accepted. Owner only; each save is audited.
 */
export function CardSettingsSection() {
  return (
    <LoadedSection title={t('prefs.cards.title')} summary={t('prefs.cards.summary')} load={loadProfiles}>
      {(profiles) => <ProfilePicker profiles={profiles} />}
    </LoadedSection>
  );
}

function ProfilePicker({ profiles }: { profiles: StripeProfile[] }) {
  const [account, setAccount] = useState(profiles[0]?.id ?? '');
  if (profiles.length === 0) return <p className="field__hint">{t('prefs.cards.noProfile')}</p>;
  return (
    <>
      {profiles.length > 1 ? (
        <SelectField
          id="cards-account"
          label={t('prefs.cards.profile')}
          value={account}
          onChange={setAccount}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <AccountSettings key={account} account={account} />
    </>
  );
}

function AccountSettings({ account }: { account: string }) {
  const settings = useData(() => kassa.cards.settings({ account }), account);
  if (settings.error)
    return (
      <p className="field__error" role="alert">
        {errorText(settings.error)}
      </p>
    );
  return settings.data ? <CardSettingsForm settings={settings.data} /> : null;
}

function CardSettingsForm({ settings }: { settings: CardSettings }) {
  const { store, format } = usePrefs();
  const [saved, setSaved] = useState(settings);
  const form = useForm(
    {
      validatingAmount: format.amountInput(settings.validatingAmount, settings.currency),
      requireCvc: settings.requireCvc,
      billingAddress: settings.billingAddress,
      brands: settings.brands,
    },
    fields,
  );
  const { values } = form;

  const amount = (): number | null => {
    const typed = values.validatingAmount.trim();
    if (typed === '') return 0;
    try {
      return parseAmount(typed, saved.currency, store.locale);
    } catch (error) {
      if (!(error instanceof KassaError)) throw error;
      form.setProblem({ field: 'validatingAmount', message: errorText(error) });
      return null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const validatingAmount = amount();
    if (validatingAmount === null) return;
    const next = await form.submit(() =>
      kassa.cards.saveSettings({
        account: saved.account,
        validatingAmount,
        requireCvc: values.requireCvc,
        billingAddress: values.billingAddress,
        brands: values.brands,
      }),
    );
    if (next) setSaved(next);
  };

  const toggle = (brand: CardBrand, on: boolean) =>
    form.set(
      'brands',
      cardBrands.filter((b) => (b === brand ? on : values.brands.includes(b))),
    );

  return (
    <SectionSplit
      help={
        <Help title={t('prefs.cards.helpTitle')}>
          <p>{t('prefs.cards.helpHold')}</p>
          <p>{t('prefs.cards.helpCvc')}</p>
          <p>{t('prefs.cards.helpBrands')}</p>
        </Help>
      }
    >
      <form
        noValidate
        className="section__form"
        aria-label={t('prefs.cards.title')}
        onSubmit={(e) => void submit(e)}
      >
        <Card title={t('prefs.cards.holdCard')}>
          <div className="form-grid">
            <TextField
              id="cards-validatingAmount"
              label={t('prefs.cards.validatingAmount', { currency: saved.currency })}
              hint={t('prefs.cards.validatingHint')}
              error={form.errorOf('validatingAmount')}
              inputMode="decimal"
              autoComplete="off"
              value={values.validatingAmount}
              onChange={(value) => form.set('validatingAmount', value)}
            />
          </div>
        </Card>
        <Card title={t('prefs.cards.pageCard')}>
          <CheckField
            id="cards-requireCvc"
            label={t('prefs.cards.requireCvc')}
            hint={t('prefs.cards.requireCvcHint')}
            checked={values.requireCvc}
            error={form.errorOf('requireCvc')}
            onChange={(on) => form.set('requireCvc', on)}
          />
          <CheckField
            id="cards-billingAddress"
            label={t('prefs.cards.billingAddress')}
            hint={t('prefs.cards.billingAddressHint')}
            checked={values.billingAddress}
            error={form.errorOf('billingAddress')}
            onChange={(on) => form.set('billingAddress', on)}
          />
        </Card>
        <Card title={t('prefs.cards.brands')} description={t('prefs.cards.brandsHint')}>
          <div className="form-grid" role="group" aria-label={t('prefs.cards.brands')} id="cards-brands">
            {cardBrands.map((brand) => (
              <CheckField
                key={brand}
                id={`cards-brand-${brand}`}
                label={brandName(brand)}
                checked={values.brands.includes(brand)}
                onChange={(on) => toggle(brand, on)}
              />
            ))}
          </div>
          {form.errorOf('brands') ? (
            <p className="field__error" role="alert">
              {form.errorOf('brands')}
            </p>
          ) : null}
        </Card>
        <SaveBar status={form.status} error={form.generalError} />
      </form>
    </SectionSplit>
  );
}
