import type { FormEvent } from 'react';
import type { Result } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';
import { defaultAccounts, type PaymentMethodConfig } from '../../../shared/ipc/payment-methods.ts';
import type { TerminalSettings } from '../../../shared/ipc/preferences.ts';
import type { StripeProfile } from '../../../shared/ipc/stripe-profiles.ts';
import { CheckField, FormField, SelectField, TextField } from '../../shared/form-field.tsx';
import { EditorForm } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';

const fields = [
  'name',
  'journal',
  'terminal',
  'terminalRef',
  'profileId',
  'identifyCustomer',
  'voucher',
  'outstandingAccount',
  'intermediaryAccount',
  'active',
];

type Journal = PaymentMethodConfig['journal'];
type Terminal = PaymentMethodConfig['terminal'];

interface MethodValues {
  name: string;
  journal: Journal;
  terminal: Terminal;
  terminalRef: string;
  profileId: string;
  identifyCustomer: boolean;
  voucher: boolean;
  outstandingAccount: string;
  intermediaryAccount: string;
  active: boolean;
}

function requestOf(
  values: MethodValues,
  method: PaymentMethodConfig | null,
): RequestIn<'paymentMethods.save'> {
  return {
    ...(method ? { id: method.id } : {}),
    name: values.name,
    journal: values.journal,
    terminal: values.terminal,
    ...(values.terminal === 'none' ? {} : { terminalRef: values.terminalRef }),
    ...(values.terminal === 'stripe' && values.profileId !== '' ? { profileId: values.profileId } : {}),
    identifyCustomer: values.identifyCustomer,
    voucher: values.voucher,
    outstandingAccount: values.outstandingAccount,
    intermediaryAccount: values.intermediaryAccount,
    active: values.active,
  };
}

/** A reader or terminal the owner can pick instead of typing its serial. */
interface DeviceChoice {
  serial: string;
  label: string;
}

/** The devices of the chosen provider: Stripe readers of the account, or Mercado Pago terminals. */
function useDevices(terminal: Terminal): DeviceChoice[] {
  const load = async (): Promise<Result<DeviceChoice[]>> => {
    if (terminal === 'stripe') {
      const r = await kassa.stripeTerminal.readers({});
      return r.ok
        ? {
            ok: true,
            value: r.value.map((x) => ({ serial: x.serialNumber, label: `${x.label} (${x.deviceType})` })),
          }
        : r;
    }
    const r = await kassa.mercadopago.terminals({});
    return r.ok ? { ok: true, value: r.value.map((x) => ({ serial: x.serial, label: x.model || x.id })) } : r;
  };
  const { data, dataKey } = useData(terminal === 'none' ? null : load, terminal);
  return dataKey === terminal ? (data ?? []) : [];
}

function useProfiles(): StripeProfile[] {
  return useData(() => kassa.stripeProfiles.list({}), 'profiles').data ?? [];
}

interface PaymentMethodFormProps {
  method: PaymentMethodConfig | null;
  /** Which providers are switched on, to warn when a method's terminal is off. */
  terminals: TerminalSettings | null;
  onSaved: (method: PaymentMethodConfig) => void;
  onCancel: () => void;
}

/** One payment method's form (PREF-2), in the words of the payment method form of the seed. */
export function PaymentMethodForm({ method, terminals, onSaved, onCancel }: PaymentMethodFormProps) {
  const form = useForm<MethodValues>(
    {
      name: method?.name ?? '',
      journal: method?.journal ?? 'bank',
      terminal: method?.terminal ?? 'none',
      terminalRef: method?.terminalRef ?? '',
      profileId: method?.profileId ?? '',
      identifyCustomer: method?.identifyCustomer ?? false,
      voucher: method?.voucher ?? false,
      outstandingAccount: method?.outstandingAccount ?? '',
      intermediaryAccount: method?.intermediaryAccount ?? '',
      active: method?.active ?? true,
    },
    fields,
  );
  const { values, set, errorOf } = form;
  const devices = useDevices(values.terminal);
  const profiles = useProfiles();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() => kassa.paymentMethods.save(requestOf(values, method)));
    if (saved) onSaved(saved);
  };

  const chooseTerminal = (terminal: Terminal) => {
    set('terminal', terminal);
    // A terminal payment arrives through the provider's payout: it is always a bank-journal method.
    if (terminal !== 'none') set('journal', 'bank');
    if (terminal === 'stripe' && values.profileId === '') {
      const first = profiles.find((p) => p.active) ?? profiles[0];
      if (first) set('profileId', first.id);
    }
  };

  const providerOff =
    (values.terminal === 'stripe' && terminals?.stripeEnabled === false) ||
    (values.terminal === 'mercadopago' && terminals?.mercadoPagoEnabled === false);
  const title = method ? t('prefs.methods.editTitle', { name: method.name }) : t('prefs.methods.newTitle');

  return (
    <EditorForm title={title} form={form} onSubmit={submit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField
          id="method-name"
          label={t('prefs.methods.name')}
          hint={t('prefs.methods.nameHint')}
          error={errorOf('name')}
          autoFocus
          value={values.name}
          onChange={(name) => set('name', name)}
        />
        <SelectField
          id="method-journal"
          label={t('prefs.methods.journal')}
          hint={t('prefs.methods.journalHint')}
          error={errorOf('journal')}
          value={values.journal}
          onChange={(journal) => set('journal', journal as Journal)}
        >
          <option value="cash">{t('prefs.methods.journal.cash')}</option>
          <option value="bank">{t('prefs.methods.journal.bank')}</option>
        </SelectField>
        <SelectField
          id="method-terminal"
          label={t('prefs.methods.terminal')}
          hint={providerOff ? t('prefs.methods.terminalOffHint') : t('prefs.methods.terminalHint')}
          error={errorOf('terminal')}
          value={values.terminal}
          onChange={(terminal) => chooseTerminal(terminal as Terminal)}
        >
          <option value="none">{t('prefs.methods.terminal.none')}</option>
          <option value="stripe">{t('prefs.methods.terminal.stripe')}</option>
          <option value="mercadopago">{t('prefs.methods.terminal.mercadopago')}</option>
        </SelectField>
        {values.terminal !== 'none' ? (
          <FormField
            id="method-terminalRef"
            label={
              values.terminal === 'stripe'
                ? t('prefs.methods.readerSerial')
                : t('prefs.methods.terminalSerial')
            }
            hint={
              values.terminal === 'stripe'
                ? t('prefs.methods.readerSerialHint')
                : t('prefs.methods.terminalSerialHint')
            }
            error={errorOf('terminalRef')}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  className={`${control.className} field__input--code`}
                  list="method-devices"
                  autoComplete="off"
                  spellCheck={false}
                  value={values.terminalRef}
                  onChange={(e) => set('terminalRef', e.target.value)}
                />
                <datalist id="method-devices">
                  {devices.map((d) => (
                    <option key={d.serial} value={d.serial} label={d.label} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
        ) : null}
        {values.terminal === 'stripe' ? (
          <SelectField
            id="method-profileId"
            label={t('prefs.methods.profile')}
            hint={t('prefs.methods.profileHint')}
            error={errorOf('profileId')}
            value={values.profileId}
            onChange={(profileId) => set('profileId', profileId)}
          >
            {values.profileId === '' ? <option value="">{t('prefs.methods.profileChoose')}</option> : null}
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.active ? '' : ` ${t('prefs.methods.profileInactive')}`}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          id="method-outstandingAccount"
          label={t('prefs.methods.outstandingAccount')}
          hint={t('prefs.methods.accountHint', { code: defaultAccounts.outstanding[values.journal] })}
          error={errorOf('outstandingAccount')}
          code
          autoComplete="off"
          placeholder={defaultAccounts.outstanding[values.journal]}
          value={values.outstandingAccount}
          onChange={(account) => set('outstandingAccount', account)}
        />
        <TextField
          id="method-intermediaryAccount"
          label={t('prefs.methods.intermediaryAccount')}
          hint={t('prefs.methods.accountHint', { code: defaultAccounts.intermediary })}
          error={errorOf('intermediaryAccount')}
          code
          autoComplete="off"
          placeholder={defaultAccounts.intermediary}
          value={values.intermediaryAccount}
          onChange={(account) => set('intermediaryAccount', account)}
        />
      </div>
      <div className="stack">
        <CheckField
          id="method-identifyCustomer"
          label={t('prefs.methods.identifyCustomer')}
          hint={t('prefs.methods.identifyCustomerHint')}
          checked={values.identifyCustomer}
          error={errorOf('identifyCustomer')}
          onChange={(on) => set('identifyCustomer', on)}
        />
        <CheckField
          id="method-voucher"
          label={t('prefs.methods.voucher')}
          hint={t('prefs.methods.voucherHint')}
          checked={values.voucher}
          error={errorOf('voucher')}
          onChange={(on) => set('voucher', on)}
        />
        <CheckField
          id="method-active"
          label={t('prefs.methods.active')}
          hint={t('prefs.methods.activeHint')}
          checked={values.active}
          error={errorOf('active')}
          onChange={(on) => set('active', on)}
        />
      </div>
    </EditorForm>
  );
}
