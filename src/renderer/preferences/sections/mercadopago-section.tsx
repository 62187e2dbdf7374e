import { modeSwitchedText } from '../../shared/mode-switched.ts';
import { errorText } from '../../../shared/i18n/errors.ts';
import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { RequestIn } from '../../../shared/ipc/contract.ts';
import type { MercadoPagoSettingsView } from '../../../shared/ipc/preferences.ts';
import type { MercadoPagoTerminalInfo } from '../../../shared/ipc/terminals-mercadopago.ts';
import { CheckField, KeyField, SelectField } from '../../shared/form-field.tsx';
import { RowActions, SectionTable } from '../list-section.tsx';
import {
  Card,
  Flag,
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

const load = () => kassa.mercadoPagoSettings.get({});
const fields = ['accessToken', 'webhookSecret', 'country'];
const countries = ['AR', 'BR', 'MX', 'CL'] as const;
type Country = (typeof countries)[number];

interface CredentialValues {
  accessToken: string;
  removeToken: boolean;
  webhookSecret: string;
  removeSecret: boolean;
  country: Country;
}

/** Secrets are write-only: an empty field keeps the stored one, "remove" sends null. */
function requestOf(values: CredentialValues): RequestIn<'mercadoPagoSettings.save'> {
  const token = values.accessToken.trim();
  const secret = values.webhookSecret.trim();
  return {
    ...(values.removeToken ? { accessToken: null } : token !== '' ? { accessToken: token } : {}),
    ...(values.removeSecret ? { webhookSecret: null } : secret !== '' ? { webhookSecret: secret } : {}),
    country: values.country,
  };
}

/**
 * Mercado Pago Point (MP-2, MP-3): the account's credentials, and its terminals with their operating mode.
 * Saved credentials take effect at once (the core reconnects), so the note after a save says so.
 */
export function MercadoPagoSection() {
  const { data, problem, reload, setData } = useLoaded(load);
  const [applied, setApplied] = useState(false);
  return (
    <div className="section">
      <SectionHeader title={t('prefs.mp.title')} summary={t('prefs.mp.summary')} />
      <LoadProblem message={problem} onRetry={() => void reload()} />
      <SectionSplit
        help={
          <Help title={t('prefs.mp.helpTitle')}>
            <p>{t('prefs.mp.helpApp')}</p>
            <p>{t('prefs.mp.helpToken')}</p>
            <p>{t('prefs.mp.helpWebhook')}</p>
            <p>{t('prefs.mp.helpSerial')}</p>
            <p>{t('prefs.mp.helpSwitch')}</p>
            <p>{t('prefs.mp.helpStandalone')}</p>
          </Help>
        }
      >
        {data ? (
          <CredentialsForm
            key={JSON.stringify(data)}
            view={data}
            onSaved={(view) => {
              setData(view);
              setApplied(true);
            }}
          />
        ) : null}
        {applied ? (
          <p className="notice-line" role="note" data-testid="mp-applied">
            {t('prefs.mp.applied')}
          </p>
        ) : null}
        <TerminalList />
      </SectionSplit>
    </div>
  );
}

function CredentialsForm({
  view,
  onSaved,
}: {
  view: MercadoPagoSettingsView;
  onSaved: (view: MercadoPagoSettingsView) => void;
}) {
  const form = useForm<CredentialValues>(
    { accessToken: '', removeToken: false, webhookSecret: '', removeSecret: false, country: view.country },
    fields,
  );
  const { values, set, errorOf } = form;
  const saved = view.source === 'saved';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await form.submit(() => kassa.mercadoPagoSettings.save(requestOf(values)));
    if (result) onSaved(result);
  };

  return (
    <form noValidate aria-label={t('prefs.mp.credentials')} onSubmit={(e) => void submit(e)}>
      <Card title={t('prefs.mp.credentials')} description={t(`prefs.mp.source.${view.source}`)}>
        <div className="form-grid">
          <KeyField
            id="mp-accessToken"
            secret
            wide
            label={t('prefs.mp.accessToken')}
            hint={
              view.accessTokenHint
                ? t('prefs.mp.storedHint', {
                    hint: view.accessTokenHint,
                    mode: view.production ? t('prefs.mp.production') : t('prefs.mp.test'),
                  })
                : t('prefs.mp.accessTokenHint')
            }
            error={errorOf('accessToken')}
            disabled={values.removeToken}
            placeholder={view.accessTokenHint ?? 'APP_USR-…'}
            value={values.accessToken}
            onChange={(token) => set('accessToken', token)}
          />
          {saved && view.accessTokenHint ? (
            <CheckField
              id="mp-removeToken"
              label={t('prefs.mp.removeToken')}
              checked={values.removeToken}
              onChange={(on) => set('removeToken', on)}
            />
          ) : null}
          <KeyField
            id="mp-webhookSecret"
            secret
            wide
            label={t('prefs.mp.webhookSecret')}
            hint={
              view.webhookSecretHint
                ? t('prefs.mp.storedSecretHint', { hint: view.webhookSecretHint })
                : t('prefs.mp.webhookSecretHint')
            }
            error={errorOf('webhookSecret')}
            disabled={values.removeSecret}
            placeholder={view.webhookSecretHint ?? ''}
            value={values.webhookSecret}
            onChange={(secret) => set('webhookSecret', secret)}
          />
          {view.webhookSecretHint ? (
            <CheckField
              id="mp-removeSecret"
              label={t('prefs.mp.removeSecret')}
              checked={values.removeSecret}
              onChange={(on) => set('removeSecret', on)}
            />
          ) : null}
          <SelectField
            id="mp-country"
            label={t('prefs.mp.country')}
            hint={t('prefs.mp.countryHint')}
            error={errorOf('country')}
            value={values.country}
            onChange={(country) => set('country', country as Country)}
          >
            {countries.map((c) => (
              <option key={c} value={c}>
                {t(`prefs.mp.country.${c}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <SaveBar status={form.status} error={form.generalError} />
      </Card>
    </form>
  );
}

/** "Verify": the terminals Mercado Pago knows for this account, and a way out of standalone mode (MP-3). */
function TerminalList() {
  const [terminals, setTerminals] = useState<MercadoPagoTerminalInfo[] | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [methodNames, setMethodNames] = useState<ReadonlyMap<string, string>>(new Map());

  const check = async () => {
    setBusy('list');
    setMessage(null);
    const [result, methods] = await Promise.all([
      kassa.mercadopago.terminals({}),
      kassa.paymentMethods.all({}),
    ]);
    setBusy(null);
    if (methods.ok) setMethodNames(new Map(methods.value.map((m) => [m.id, m.name])));
    if (result.ok) setTerminals(result.value);
    else setMessage({ ok: false, text: errorText(result.error) });
  };

  const integrate = async (terminal: MercadoPagoTerminalInfo) => {
    setBusy(terminal.id);
    const result = await kassa.mercadopago.setIntegratedMode({ terminalId: terminal.id });
    setBusy(null);
    if (!result.ok) {
      setMessage({ ok: false, text: errorText(result.error) });
      return;
    }
    const changed = result.value.terminal;
    setTerminals((list) => (list ?? []).map((x) => (x.id === changed.id ? changed : x)));
    setMessage({ ok: true, text: modeSwitchedText(result.value) });
  };

  return (
    <Card title={t('prefs.mp.terminals')} description={t('prefs.mp.terminalsText')}>
      <div>
        <button
          id="mp-terminals"
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void check()}
        >
          {busy === 'list' ? t('prefs.mp.checking') : t('prefs.mp.verify')}
        </button>
      </div>
      <NoticeLine notice={message} />
      {terminals && terminals.length === 0 ? (
        <p className="field__hint">{t('prefs.mp.noTerminals')}</p>
      ) : null}
      {terminals && terminals.length > 0 ? (
        <SectionTable
          testId="mp-terminals"
          columns={[
            t('prefs.mp.colSerial'),
            t('prefs.mp.colModel'),
            t('prefs.mp.colMode'),
            t('prefs.mp.colMethod'),
          ]}
        >
          {terminals.map((terminal) => (
            <tr key={terminal.id}>
              <td className="table__mono">{terminal.serial}</td>
              <td>{terminal.model || '—'}</td>
              <td>
                <Flag
                  on={terminal.integrated}
                  yes={t('prefs.mp.integrated')}
                  no={t(`prefs.mp.mode.${terminal.operatingMode}`)}
                />
                <span className="table__sub">{t(`prefs.mp.note.${terminal.operatingMode}`)}</span>
              </td>
              <td>
                {terminal.methodId === null ? '—' : (methodNames.get(terminal.methodId) ?? terminal.methodId)}
              </td>
              <RowActions>
                {terminal.integrated ? null : (
                  <button
                    type="button"
                    className="button button--small button--primary"
                    disabled={busy !== null}
                    onClick={() => void integrate(terminal)}
                  >
                    {t('prefs.mp.switch')}
                  </button>
                )}
              </RowActions>
            </tr>
          ))}
        </SectionTable>
      ) : null}
    </Card>
  );
}
