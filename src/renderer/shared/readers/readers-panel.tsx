import { errorText } from '../../../shared/i18n/errors.ts';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { currentLanguage, t } from '../../../shared/i18n/translate.ts';
import { countryOptions } from '../../../shared/geo/countries.ts';
import type { StripeLocation, StripeReader } from '../../../shared/ipc/stripe-terminal.ts';
import { kassa } from '../kassa.ts';
import { useAnswers } from '../use-data.ts';

type Outcome = { ok: true } | { ok: false; message: string };
type Submit = (values: Record<string, string>) => Promise<Outcome>;

interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'password' | 'select';
  options?: readonly { value: string; label: string }[];
  /** What a select starts on (otherwise its first option). */
  initial?: string;
}

/**
 * A small form that sends its fields as strings and says what went wrong in words; changes to the card
 * set-up all need the manager PIN, so every form ends with that field.
 */
function ReaderForm({
  id,
  title,
  fields,
  submit,
}: {
  id: string;
  title: string;
  fields: FieldSpec[];
  submit: Submit;
}) {
  const initial = () =>
    Object.fromEntries(
      fields.map((f) => [f.name, f.initial ?? f.options?.[0]?.value ?? '']).concat([['managerPin', '']]),
    );
  const [typed, setValues] = useState<Record<string, string>>(initial);
  // A choice list that changes (a reader or location was just added) keeps what was typed in the other fields;
  // a choice that is no longer offered falls back to the first one.
  const values: Record<string, string> = { ...typed };
  for (const f of fields) {
    if (f.type === 'select' && !(f.options ?? []).some((o) => o.value === typed[f.name])) {
      values[f.name] = f.options?.[0]?.value ?? '';
    }
  }
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await submit(values);
    setBusy(false);
    setOutcome(result);
    if (result.ok) setValues(initial());
  };
  const input = (spec: FieldSpec): ReactNode => {
    const fieldId = `${id}-${spec.name}`;
    const common = {
      id: fieldId,
      className: 'field__input',
      value: values[spec.name] ?? '',
      onChange: (event: { target: { value: string } }) => {
        setValues((v) => ({ ...v, [spec.name]: event.target.value }));
        setOutcome(null);
      },
    };
    return (
      <div key={spec.name} className="field field--compact">
        <label className="field__label" htmlFor={fieldId}>
          {spec.label}
        </label>
        {spec.type === 'select' ? (
          <select {...common}>
            {(spec.options ?? []).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input {...common} type={spec.type ?? 'text'} autoComplete="off" />
        )}
        {spec.hint ? <p className="readers__hint">{spec.hint}</p> : null}
      </div>
    );
  };
  return (
    <form className="readers__form" aria-label={title} noValidate onSubmit={(event) => void onSubmit(event)}>
      <h2 className="readers__subtitle">{title}</h2>
      {fields.map(input)}
      {input({ name: 'managerPin', label: t('readers.pin'), type: 'password' })}
      {outcome ? (
        outcome.ok ? (
          <p className="readers__saved" role="status">
            {t('readers.saved')}
          </p>
        ) : (
          <p className="field__error" role="alert">
            {outcome.message}
          </p>
        )
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('readers.save')}
      </button>
    </form>
  );
}

const fetchSetup = () =>
  Promise.all([
    kassa.stripeTerminal.readers({}),
    kassa.stripeTerminal.locations({}),
    kassa.paymentMethods.list({}),
  ]);

const done = (result: { ok: true } | { ok: false; error: { message: string } }): Outcome =>
  result.ok ? { ok: true } : { ok: false, message: errorText(result.error) };

/**
 * Card readers and their locations on the connected Stripe account (STT-6), and how to keep them working: the
 * till's Card readers screen and the preferences' Stripe readers section.
 */
export function ReadersPanel({
  dateTime,
  storeCountry,
}: {
  dateTime: (at: number) => string;
  /** Where a new location starts: the store's own country. */
  storeCountry: string;
}) {
  const [readers, setReaders] = useState<StripeReader[]>([]);
  const [locations, setLocations] = useState<StripeLocation[]>([]);
  const [methodNames, setMethodNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);

  const show = useCallback((found: Awaited<ReturnType<typeof fetchSetup>>) => {
    const [r, l, m] = found;
    if (m.ok) setMethodNames(new Map(m.value.map((method) => [method.id, method.name])));
    if (r.ok) setReaders(r.value);
    if (l.ok) setLocations(l.value);
    setProblem(!r.ok ? errorText(r.error) : !l.ok ? errorText(l.error) : null);
  }, []);
  const load = useCallback(async () => show(await fetchSetup()), [show]);
  useAnswers(
    async () => ({ ok: true, value: await fetchSetup() }) as const,
    'readers',
    (answer) => {
      if (answer.ok) show(answer.value);
    },
  );

  const after = async (outcome: Outcome) => {
    if (outcome.ok) await load();
    return outcome;
  };
  const locationName = (id: string | null) => locations.find((l) => l.id === id)?.displayName ?? '—';

  return (
    <>
      <p className="readers__battery" role="note">
        {t('readers.battery')}
      </p>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}

      <table className="readers__table" data-testid="readers-table">
        <thead>
          <tr>
            <th scope="col">{t('readers.colLabel')}</th>
            <th scope="col">{t('readers.colSerial')}</th>
            <th scope="col">{t('readers.colType')}</th>
            <th scope="col">{t('readers.colStatus')}</th>
            <th scope="col">{t('readers.colSeen')}</th>
            <th scope="col">{t('readers.location')}</th>
            <th scope="col">{t('readers.colMethod')}</th>
          </tr>
        </thead>
        <tbody>
          {readers.map((r) => (
            <tr key={r.id} data-testid="reader-row">
              <td>{r.label}</td>
              <td className="readers__serial">{r.serialNumber}</td>
              <td>{r.deviceType}</td>
              <td>
                <span className={`readers__status readers__status--${r.status}`}>
                  {t(`readers.${r.status}`)}
                </span>
              </td>
              <td>{r.lastSeenAt === null ? '—' : dateTime(r.lastSeenAt)}</td>
              <td>{locationName(r.locationId)}</td>
              <td>{r.methodId === null ? '—' : (methodNames.get(r.methodId) ?? r.methodId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {readers.length === 0 ? <p className="readers__hint">{t('readers.none')}</p> : null}

      <h2 className="readers__subtitle">{t('readers.locations')}</h2>
      {locations.length === 0 ? (
        <p className="readers__hint">{t('readers.noLocations')}</p>
      ) : (
        <ul className="readers__locations">
          {locations.map((l) => (
            <li key={l.id}>
              <strong>{l.displayName}</strong> · {l.address.line1}, {l.address.postalCode} {l.address.city},{' '}
              {l.address.country}
            </li>
          ))}
        </ul>
      )}

      <div className="readers__forms">
        <ReaderForm
          id="register"
          title={t('readers.register')}
          fields={[
            { name: 'registrationCode', label: t('readers.code'), hint: t('readers.codeHint') },
            { name: 'label', label: t('readers.label') },
            {
              name: 'locationId',
              label: t('readers.location'),
              type: 'select',
              options: locations.map((l) => ({ value: l.id, label: l.displayName })),
            },
          ]}
          submit={async (v) =>
            after(
              done(
                await kassa.stripeTerminal.registerReader({
                  registrationCode: v.registrationCode ?? '',
                  label: v.label ?? '',
                  locationId: v.locationId ?? '',
                  managerPin: v.managerPin ?? '',
                }),
              ),
            )
          }
        />
        <ReaderForm
          id="assign"
          title={t('readers.useFor')}
          fields={[
            {
              name: 'serialNumber',
              label: t('readers.reader'),
              type: 'select',
              options: readers.map((r) => ({
                value: r.serialNumber,
                label: `${r.label} (${r.serialNumber})`,
              })),
            },
            { name: 'methodName', label: t('readers.methodName') },
          ]}
          submit={async (v) =>
            after(
              done(
                await kassa.stripeTerminal.assignReader({
                  methodName: v.methodName ?? '',
                  serialNumber: v.serialNumber ?? '',
                  managerPin: v.managerPin ?? '',
                }),
              ),
            )
          }
        />
        <ReaderForm
          id="location"
          title={t('readers.createLocation')}
          fields={[
            { name: 'displayName', label: t('readers.locationName') },
            { name: 'line1', label: t('readers.line1') },
            { name: 'city', label: t('readers.city') },
            { name: 'postalCode', label: t('readers.postalCode') },
            // The same picker of named countries as the store's settings: never two typed letters (issue 15.7).
            {
              name: 'country',
              label: t('readers.country'),
              type: 'select',
              options: countryOptions(currentLanguage()).map((c) => ({ value: c.code, label: c.name })),
              initial: storeCountry,
            },
          ]}
          submit={async (v) =>
            after(
              done(
                await kassa.stripeTerminal.createLocation({
                  displayName: v.displayName ?? '',
                  line1: v.line1 ?? '',
                  city: v.city ?? '',
                  postalCode: v.postalCode ?? '',
                  country: v.country ?? '',
                  managerPin: v.managerPin ?? '',
                }),
              ),
            )
          }
        />
      </div>
    </>
  );
}
