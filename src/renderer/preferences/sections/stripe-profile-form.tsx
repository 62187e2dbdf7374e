import type { FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';
import type { StripeProfile } from '../../../shared/ipc/stripe-profiles.ts';
import { CheckField, FormField } from '../../shared/form-field.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { currencyOptions } from '../store-form-values.ts';
import { Card, SaveBar } from '../ui.tsx';
import { useForm } from '../use-form.ts';

const fields = ['name', 'accountId', 'publishableKey', 'secretKey', 'settlementCurrency', 'production'];

interface ProfileValues {
  name: string;
  accountId: string;
  publishableKey: string;
  /** Write-only: empty keeps the stored key. */
  secretKey: string;
  settlementCurrency: string;
  production: boolean;
}

function requestOf(values: ProfileValues, profile: StripeProfile | null): RequestIn<'stripeProfiles.save'> {
  const secretKey = values.secretKey.trim();
  const accountId = values.accountId.trim();
  const publishableKey = values.publishableKey.trim();
  return {
    ...(profile ? { id: profile.id } : {}),
    name: values.name,
    // An existing profile sends its optional fields even when emptied: empty removes them.
    ...(profile || accountId !== '' ? { accountId } : {}),
    ...(profile || publishableKey !== '' ? { publishableKey } : {}),
    ...(secretKey !== '' ? { secretKey } : {}),
    settlementCurrency: values.settlementCurrency,
    production: values.production,
  };
}

interface StripeProfileFormProps {
  /** The profile to change, or null for a new one. */
  profile: StripeProfile | null;
  onSaved: (profile: StripeProfile) => void;
  onCancel: () => void;
}

/**
 * A Stripe profile's account and keys. The secret key is never shown again: the field stays empty and its
 * hint names the stored key (sk_live_…abcd). Saving checks the key with Stripe before anything is stored.
 */
export function StripeProfileForm({ profile, onSaved, onCancel }: StripeProfileFormProps) {
  const { store } = usePrefs();
  const form = useForm<ProfileValues>(
    {
      name: profile?.name ?? '',
      accountId: profile?.accountId ?? '',
      publishableKey: profile?.publishableKey ?? '',
      secretKey: '',
      settlementCurrency: profile?.settlementCurrency ?? store.currency,
      production: profile?.production ?? !store.demo,
    },
    fields,
  );
  const { values, set, errorOf } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() => window.kassa.stripeProfiles.save(requestOf(values, profile)));
    if (saved) onSaved(saved);
  };

  const title = profile
    ? t('prefs.profiles.editTitle', { name: profile.name })
    : t('prefs.profiles.newTitle');
  return (
    <form noValidate aria-label={title} onSubmit={(e) => void submit(e)}>
      <Card title={title} className="card--editor">
        <div className="form-grid">
          <FormField
            id="profile-name"
            label={t('prefs.profiles.name')}
            hint={t('prefs.profiles.nameHint')}
            error={errorOf('name')}
          >
            {(control) => (
              <input
                {...control}
                autoFocus
                value={values.name}
                onChange={(e) => set('name', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="profile-accountId"
            label={t('prefs.profiles.accountId')}
            hint={t('prefs.profiles.accountIdHint')}
            error={errorOf('accountId')}
          >
            {(control) => (
              <input
                {...control}
                className={`${control.className} field__input--code`}
                autoComplete="off"
                spellCheck={false}
                placeholder="acct_…"
                value={values.accountId}
                onChange={(e) => set('accountId', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="profile-secretKey"
            className="form-grid__wide"
            label={t('prefs.profiles.secretKey')}
            hint={
              profile?.secretKeyHint
                ? t('prefs.profiles.secretKeyStored', { hint: profile.secretKeyHint })
                : t('prefs.profiles.secretKeyHint')
            }
            error={errorOf('secretKey')}
          >
            {(control) => (
              <input
                {...control}
                className={`${control.className} field__input--code`}
                type="password"
                autoComplete="off"
                spellCheck={false}
                placeholder={profile?.secretKeyHint ?? 'sk_live_… / rk_live_…'}
                value={values.secretKey}
                onChange={(e) => set('secretKey', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="profile-publishableKey"
            className="form-grid__wide"
            label={t('prefs.profiles.publishableKey')}
            hint={t('prefs.profiles.publishableKeyHint')}
            error={errorOf('publishableKey')}
          >
            {(control) => (
              <input
                {...control}
                className={`${control.className} field__input--code`}
                autoComplete="off"
                spellCheck={false}
                placeholder="pk_live_…"
                value={values.publishableKey}
                onChange={(e) => set('publishableKey', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="profile-settlementCurrency"
            label={t('prefs.profiles.settlementCurrency')}
            hint={t('prefs.profiles.settlementCurrencyHint')}
            error={errorOf('settlementCurrency')}
          >
            {(control) => (
              <select
                {...control}
                value={values.settlementCurrency}
                onChange={(e) => set('settlementCurrency', e.target.value)}
              >
                {currencyOptions.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <CheckField
            id="profile-production"
            label={t('prefs.profiles.production')}
            hint={t('prefs.profiles.productionHint')}
            checked={values.production}
            error={errorOf('production')}
            onChange={(on) => set('production', on)}
          />
        </div>
        <SaveBar status={form.status} error={form.generalError} label={t('prefs.profiles.saveAndVerify')}>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </SaveBar>
      </Card>
    </form>
  );
}
