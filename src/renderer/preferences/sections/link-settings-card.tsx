import { useEffect, useState, type FormEvent } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { LinkSettings } from '../../../shared/ipc/paylinks.ts';
import { linkMethods, type LinkMethod } from '../../../shared/payments/link-methods.ts';
import { CheckField, TextField } from '../../shared/form-field.tsx';
import { problemOf, type FormProblem } from '../../shared/form-errors.ts';
import { kassa } from '../../shared/kassa.ts';
import { linkMethodName as methodName } from '../../shared/link-method-names.ts';
import { Card } from '../ui.tsx';

type Payouts = { payoutsEnabled: boolean; bankAccount: boolean | null; currentlyDue: string[] } | null;

/** What Stripe says about paying out on this account (seed 004), in the owner's words. */
export function payoutsText(payouts: Payouts): string {
  if (payouts === null) return t('prefs.paylinks.payoutsUnknown');
  if (payouts.bankAccount === false) return t('paylink.payouts.noBank');
  if (payouts.currentlyDue.length > 0)
    return t('paylink.payouts.due', { fields: payouts.currentlyDue.join(', ') });
  return payouts.payoutsEnabled ? t('prefs.paylinks.payoutsOk') : t('paylink.payouts.paused');
}

interface LinkSettingsCardProps {
  /** The Stripe profile id ('default' for the built-in one). */
  account: string;
  name: string;
  onClose: () => void;
}

/**
 * Pay by link on one Stripe profile (STO-1, STO-7): which ways to pay a link offers, how long a link stays
 * open, and whether Stripe pays the money out at all.
 */
export function LinkSettingsCard({ account, name, onClose }: LinkSettingsCardProps) {
  const [methods, setMethods] = useState<LinkMethod[] | null>(null);
  const [expiry, setExpiry] = useState('');
  const [payouts, setPayouts] = useState<Payouts | undefined>(undefined);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void kassa.paylinks.settings({ account }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setMethods(result.value.methods);
        setExpiry(String(result.value.expiryMinutes));
      } else setProblem({ field: null, message: errorText(result.error) });
    });
    void kassa.paylinks.payouts({ account }).then((result) => {
      if (live) setPayouts(result.ok ? result.value : null);
    });
    return () => {
      live = false;
    };
  }, [account]);

  const toggle = (method: LinkMethod, on: boolean) =>
    setMethods((now) => {
      const rest = (now ?? []).filter((m) => m !== method);
      return on ? linkMethods.filter((m) => m === method || rest.includes(m)) : rest;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // Typed minutes are sent as typed: "90.5" or "abc" is refused with a message, never rounded.
    const minutes = expiry.trim() === '' ? Number.NaN : Number(expiry.trim());
    setBusy(true);
    const request: LinkSettings = { account, methods: methods ?? [], expiryMinutes: minutes };
    const result = await kassa.paylinks.saveSettings(request);
    setBusy(false);
    if (result.ok) {
      setProblem(null);
      setSaved(true);
    } else setProblem(problemOf(result.error, ['methods', 'expiryMinutes']));
  };

  return (
    <Card title={t('prefs.paylinks.title', { name })} description={t('prefs.paylinks.description')}>
      <p className="field__hint" role="status" data-testid="payouts-status">
        {payouts === undefined ? t('prefs.paylinks.payoutsChecking') : payoutsText(payouts)}
      </p>
      {methods === null ? null : (
        <form noValidate data-testid="link-settings" onSubmit={(e) => void submit(e)}>
          <fieldset className="form-grid">
            <legend className="field__label">{t('prefs.paylinks.methods')}</legend>
            {linkMethods.map((m) => (
              <CheckField
                key={m}
                id={`paylink-method-${m}`}
                label={methodName[m]()}
                checked={methods.includes(m)}
                onChange={(on) => toggle(m, on)}
              />
            ))}
          </fieldset>
          {problem?.field === 'methods' ? (
            <p className="field__error" role="alert">
              {problem.message}
            </p>
          ) : null}
          <p className="field__hint">{t('prefs.paylinks.methodsHint')}</p>
          <TextField
            id="paylink-expiry"
            label={t('prefs.paylinks.expiry')}
            hint={t('prefs.paylinks.expiryHint')}
            error={problem?.field === 'expiryMinutes' ? problem.message : null}
            inputMode="numeric"
            value={expiry}
            onChange={setExpiry}
          />
          {problem && problem.field === null ? (
            <p className="field__error" role="alert">
              {problem.message}
            </p>
          ) : null}
          {saved ? <p role="status">{t('prefs.paylinks.saved')}</p> : null}
          <div className="entry__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('prefs.paylinks.save')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('prefs.paylinks.close')}
            </button>
          </div>
        </form>
      )}
    </Card>
  );
}
