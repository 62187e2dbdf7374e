import { useState, type FormEvent } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { emailAddress, type SmtpSecurity, type SmtpSettingsView } from '../../../shared/ipc/mail.ts';
import { SelectField, TextField } from '../../shared/form-field.tsx';
import { LoadedSection } from '../loaded-section.tsx';
import { Card, Help, SaveBar, SectionSplit } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.mail.settings({});
const fields = ['host', 'port', 'security', 'user', 'password', 'from'];
const securities = {
  tls: 'prefs.mail.security.tls',
  starttls: 'prefs.mail.security.starttls',
  none: 'prefs.mail.security.none',
} as const satisfies Record<SmtpSecurity, string>;

/** E-mail receipts (issue 11.4): the shop's SMTP server, and a test e-mail to check it. */
export function MailSection() {
  return (
    <LoadedSection title={t('prefs.mail.title')} summary={t('prefs.mail.summary')} load={load}>
      {(settings, onSaved) => (
        <SectionSplit
          help={
            <Help title={t('prefs.mail.helpTitle')}>
              <p>{t('prefs.mail.help1')}</p>
              <p>{t('prefs.mail.help2')}</p>
            </Help>
          }
        >
          <MailForm settings={settings} onSaved={onSaved} />
          {settings.configured ? <TestMail /> : null}
        </SectionSplit>
      )}
    </LoadedSection>
  );
}

function MailForm({
  settings,
  onSaved,
}: {
  settings: SmtpSettingsView;
  onSaved: (s: SmtpSettingsView) => void;
}) {
  const form = useForm(
    {
      host: settings.host,
      port: String(settings.port),
      security: settings.security,
      user: settings.user,
      password: '',
      from: settings.from,
    },
    fields,
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const port = form.values.port.trim();
    // Never reinterpreted: "58 7" or "587a" is not read as 587.
    if (!/^\d{1,5}$/.test(port)) {
      form.setProblem({ field: 'port', message: t('prefs.mail.port.invalid') });
      return;
    }
    const saved = await form.submit(() =>
      kassa.mail.saveSettings({
        host: form.values.host,
        port: Number(port),
        security: form.values.security,
        user: form.values.user,
        from: form.values.from,
        // Empty keeps the stored password: the owner never has to type it again to change something else.
        ...(form.values.password === '' ? {} : { password: form.values.password }),
      }),
    );
    if (saved) {
      form.set('password', '');
      onSaved(saved);
    }
  };
  return (
    <form
      noValidate
      className="section__form"
      aria-label={t('prefs.mail.title')}
      onSubmit={(e) => void submit(e)}
    >
      <Card title={t('prefs.mail.title')}>
        <div className="form-grid">
          <TextField
            id="mail-host"
            label={t('prefs.mail.host')}
            hint={t('prefs.mail.hostHint')}
            value={form.values.host}
            error={form.errorOf('host')}
            onChange={(v) => form.set('host', v)}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            id="mail-port"
            label={t('prefs.mail.port')}
            hint={t('prefs.mail.portHint')}
            value={form.values.port}
            error={form.errorOf('port')}
            onChange={(v) => form.set('port', v)}
            inputMode="numeric"
          />
          <SelectField
            id="mail-security"
            label={t('prefs.mail.security')}
            value={form.values.security}
            error={form.errorOf('security')}
            onChange={(v) => form.set('security', v as SmtpSecurity)}
          >
            {Object.entries(securities).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="mail-from"
            label={t('prefs.mail.from')}
            hint={t('prefs.mail.fromHint')}
            value={form.values.from}
            error={form.errorOf('from')}
            onChange={(v) => form.set('from', v)}
            type="email"
            autoComplete="off"
          />
          <TextField
            id="mail-user"
            label={t('prefs.mail.user')}
            value={form.values.user}
            error={form.errorOf('user')}
            onChange={(v) => form.set('user', v)}
            autoComplete="off"
          />
          <TextField
            id="mail-password"
            label={t('prefs.mail.password')}
            hint={
              settings.passwordHint
                ? t('prefs.mail.passwordHint', { hint: settings.passwordHint })
                : undefined
            }
            value={form.values.password}
            error={form.errorOf('password')}
            onChange={(v) => form.set('password', v)}
            type="password"
            autoComplete="new-password"
          />
        </div>
      </Card>
      <SaveBar status={form.status} error={form.generalError} />
    </form>
  );
}

function TestMail() {
  const [to, setTo] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const checked = emailAddress.safeParse(to);
    if (!checked.success) {
      setOutcome({ ok: false, text: t('mail.error.address') });
      return;
    }
    setBusy(true);
    const result = await kassa.mail.sendTest({ to: checked.data });
    setBusy(false);
    setOutcome(
      result.ok
        ? { ok: true, text: t('prefs.mail.testSent', { to: result.value.sentTo }) }
        : { ok: false, text: errorText(result.error) },
    );
  };
  return (
    <form
      noValidate
      className="section__form"
      aria-label={t('prefs.mail.testTitle')}
      onSubmit={(e) => void send(e)}
    >
      <Card title={t('prefs.mail.testTitle')}>
        <TextField
          id="mail-test-to"
          label={t('prefs.mail.testTo')}
          value={to}
          error={outcome && !outcome.ok ? outcome.text : null}
          onChange={(v) => {
            setTo(v);
            setOutcome(null);
          }}
          type="email"
          autoComplete="off"
        />
        {outcome?.ok ? (
          <p className="save-bar__saved" role="status" data-testid="mail-test-sent">
            {outcome.text}
          </p>
        ) : null}
        <div className="save-bar__buttons">
          <button type="submit" className="button" disabled={busy}>
            {t('prefs.mail.testSend')}
          </button>
        </div>
      </Card>
    </form>
  );
}
