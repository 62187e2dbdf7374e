import type { FormEvent } from 'react';
import { currentLanguage, t } from '../../../shared/i18n/translate.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';
import type { StripeProfile } from '../../../shared/ipc/stripe-profiles.ts';
import { CheckField, KeyField, SelectField, TextField } from '../../shared/form-field.tsx';
import { usePrefs } from '../prefs-context.tsx';

import { currencyOptions } from '../../../shared/money/currency-names.ts';
import { EditorForm } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { kassa } from '../../shared/kassa.ts';

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
    const saved = await form.submit(() => kassa.stripeProfiles.save(requestOf(values, profile)));
    if (saved) onSaved(saved);
  };

  const title = profile
    ? t('prefs.profiles.editTitle', { name: profile.name })
    : t('prefs.profiles.newTitle');
  return (
    <EditorForm
      title={title}
      form={form}
      saveLabel={t('prefs.profiles.saveAndVerify')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField
          id="profile-name"
          label={t('prefs.profiles.name')}
          hint={t('prefs.profiles.nameHint')}
          error={errorOf('name')}
          autoFocus
          value={values.name}
          onChange={(name) => set('name', name)}
        />
        <KeyField
          id="profile-accountId"
          label={t('prefs.profiles.accountId')}
          hint={t('prefs.profiles.accountIdHint')}
          error={errorOf('accountId')}
          placeholder="acct_…"
          value={values.accountId}
          onChange={(accountId) => set('accountId', accountId)}
        />
        <KeyField
          id="profile-secretKey"
          wide
          label={t('prefs.profiles.secretKey')}
          hint={
            profile?.secretKeyHint
              ? t('prefs.profiles.secretKeyStored', { hint: profile.secretKeyHint })
              : t('prefs.profiles.secretKeyHint')
          }
          secret
          error={errorOf('secretKey')}
          placeholder={profile?.secretKeyHint ?? 'sk_live_… / rk_live_…'}
          value={values.secretKey}
          onChange={(secretKey) => set('secretKey', secretKey)}
        />
        <KeyField
          id="profile-publishableKey"
          wide
          label={t('prefs.profiles.publishableKey')}
          hint={t('prefs.profiles.publishableKeyHint')}
          error={errorOf('publishableKey')}
          placeholder="pk_live_…"
          value={values.publishableKey}
          onChange={(publishableKey) => set('publishableKey', publishableKey)}
        />
        <SelectField
          id="profile-settlementCurrency"
          label={t('prefs.profiles.settlementCurrency')}
          hint={t('prefs.profiles.settlementCurrencyHint')}
          error={errorOf('settlementCurrency')}
          value={values.settlementCurrency}
          onChange={(currency) => set('settlementCurrency', currency)}
        >
          {currencyOptions(currentLanguage()).map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <CheckField
          id="profile-production"
          label={t('prefs.profiles.production')}
          hint={t('prefs.profiles.productionHint')}
          checked={values.production}
          error={errorOf('production')}
          onChange={(on) => set('production', on)}
        />
      </div>
    </EditorForm>
  );
}
