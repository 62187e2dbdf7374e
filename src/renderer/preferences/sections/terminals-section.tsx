import type { FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { TerminalSettings } from '../../../shared/ipc/preferences.ts';
import { CheckField } from '../../shared/form-field.tsx';
import { LoadedSection } from '../loaded-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, SaveBar } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.terminalSettings.get({});
const fields = ['stripeEnabled', 'mercadoPagoEnabled'];

/** Which card terminal providers this shop uses at all (STT-1, MP-2). */
export function TerminalsSection() {
  return (
    <LoadedSection title={t('prefs.terminals.title')} summary={t('prefs.terminals.summary')} load={load}>
      {(settings, onSaved) => <TerminalsForm settings={settings} onSaved={onSaved} />}
    </LoadedSection>
  );
}

function TerminalsForm({
  settings,
  onSaved,
}: {
  settings: TerminalSettings;
  onSaved: (settings: TerminalSettings) => void;
}) {
  const { go } = usePrefs();
  const form = useForm(settings, fields);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() => kassa.terminalSettings.save(form.values));
    if (saved) onSaved(saved);
  };
  return (
    <form
      noValidate
      className="section__form"
      aria-label={t('prefs.terminals.title')}
      onSubmit={(e) => void submit(e)}
    >
      <Card title={t('prefs.terminals.card')}>
        <div className="stack">
          <CheckField
            id="terminals-stripe"
            label={t('prefs.terminals.stripe')}
            hint={t('prefs.terminals.stripeHint')}
            checked={form.values.stripeEnabled}
            error={form.errorOf('stripeEnabled')}
            onChange={(on) => form.set('stripeEnabled', on)}
          />
          <CheckField
            id="terminals-mercadopago"
            label={t('prefs.terminals.mercadoPago')}
            hint={t('prefs.terminals.mercadoPagoHint')}
            checked={form.values.mercadoPagoEnabled}
            error={form.errorOf('mercadoPagoEnabled')}
            onChange={(on) => form.set('mercadoPagoEnabled', on)}
          />
        </div>
      </Card>
      <SaveBar status={form.status} error={form.generalError} />
      <p className="section__next">
        {t('prefs.terminals.next')}{' '}
        <button type="button" className="link-button" onClick={() => go('paymentMethods')}>
          {t('prefs.methods.title')}
        </button>
      </p>
    </form>
  );
}
