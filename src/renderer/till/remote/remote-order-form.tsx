import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Fulfilment, RemoteOrder } from '../../../shared/ipc/paylinks.ts';
import { problemOf, type FormProblem } from '../../shared/form-errors.ts';
import { FormField } from '../../shared/form-field.tsx';
import { ContactFields } from '../../shared/contact-fields.tsx';
import { kassa } from '../../shared/kassa.ts';

const fields = ['name', 'email', 'phone', 'fulfilment', 'note'] as const;

export const fulfilmentText: Record<Fulfilment, () => string> = {
  pickup: () => t('remote.fulfilment.pickup'),
  delivery: () => t('remote.fulfilment.delivery'),
  phone: () => t('remote.fulfilment.phone'),
};

interface RemoteOrderFormProps {
  orderId: string;
  /** The contact saved before, when it is being corrected. */
  saved: RemoteOrder | null;
  onSaved: (remote: RemoteOrder) => void;
  onCancel: () => void;
}

/** Who a remote order is for and how it reaches them (seed 004): the customer is not at the counter. */
export function RemoteOrderForm({ orderId, saved, onSaved, onCancel }: RemoteOrderFormProps) {
  const [name, setName] = useState(saved?.name ?? '');
  const [contact, setContact] = useState({ email: saved?.email ?? '', phone: saved?.phone ?? '' });
  const [fulfilment, setFulfilment] = useState<Fulfilment>(saved?.fulfilment ?? 'pickup');
  const [note, setNote] = useState(saved?.note ?? '');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await kassa.paylinks.saveRemote({ orderId, name, ...contact, fulfilment, note });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setProblem(problemOf(result.error, fields));
  };

  return (
    <form className="remote-form" noValidate data-testid="remote-order-form" onSubmit={(e) => void submit(e)}>
      <h4 className="remote-form__title">{t('remote.formTitle')}</h4>
      <FormField id="remote-name" label={t('remote.name')} error={errorOf('name')}>
        {(control) => (
          <input {...control} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        )}
      </FormField>
      <ContactFields
        idPrefix="remote"
        labels={{ email: t('remote.email'), phone: t('remote.phone') }}
        values={contact}
        onChange={(field, value) => setContact((c) => ({ ...c, [field]: value }))}
        errorOf={errorOf}
      />
      <FormField id="remote-fulfilment" label={t('remote.fulfilment')} error={errorOf('fulfilment')}>
        {(control) => (
          <select
            {...control}
            value={fulfilment}
            onChange={(e) => setFulfilment(e.target.value as Fulfilment)}
          >
            {(Object.keys(fulfilmentText) as Fulfilment[]).map((f) => (
              <option key={f} value={f}>
                {fulfilmentText[f]()}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="remote-note" label={t('remote.note')} error={errorOf('note')}>
        {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      {problem && problem.field === null ? (
        <p className="field__error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <div className="entry__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('remote.save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('remote.cancelForm')}
        </button>
      </div>
    </form>
  );
}
