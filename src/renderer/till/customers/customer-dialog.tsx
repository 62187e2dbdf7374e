import { ContactFields } from '../../shared/contact-fields.tsx';
import { errorText } from '../../../shared/i18n/errors.ts';
import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Customer } from '../../../shared/ipc/customers.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { problemOf, type FormProblem } from '../../shared/form-errors.ts';
import { FormField } from '../../shared/form-field.tsx';
import { PlusIcon, SearchIcon } from '../../shared/icons.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';

interface CustomerDialogProps {
  onPick: (customer: Customer) => void;
  onClose: () => void;
}

/** Waits for a pause in typing before asking, so a name typed quickly is one search. */
const searchDelayMs = 200;

const createFields = ['name', 'email', 'phone'] as const;

/** How a customer is told apart from namesakes in a list: e-mail and phone. */
export function customerContact(customer: Customer): string {
  return [customer.email, customer.phone].filter(Boolean).join(' · ');
}

/**
 * Finds the customer for the order by name, e-mail or phone, or adds a new one (TILL-5). What is typed into the
 * search becomes the new customer's name, so nothing is typed twice.
 */
export function CustomerDialog({ onPick, onClose }: CustomerDialogProps) {
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const text = query.trim();
  const search = useData(
    text === '' ? null : () => kassa.customers.search({ query: text, limit: 20 }),
    text,
    { delayMs: searchDelayMs },
  );
  const searchProblem = (search.error ? errorText(search.error) : undefined) ?? null;
  const results = text === '' ? null : search.data;

  return (
    <Dialog title={t('customer.title')} onClose={onClose} className="dialog--entry">
      {creating ? (
        <NewCustomerForm initialName={query.trim()} onCreated={onPick} onBack={() => setCreating(false)} />
      ) : (
        <div className="entry customer-search">
          <div className="catalog__search">
            <SearchIcon className="catalog__search-icon" />
            <input
              className="catalog__search-input"
              type="search"
              autoFocus
              autoComplete="off"
              aria-label={t('customer.searchLabel')}
              placeholder={t('customer.searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          {searchProblem ? (
            <p className="field__error" role="alert">
              {searchProblem}
            </p>
          ) : null}
          <ul className="customer-search__results" aria-label={t('customer.results')}>
            {(results ?? []).map((c) => (
              <li key={c.id}>
                <button type="button" className="customer-search__result" onClick={() => onPick(c)}>
                  <span className="customer-search__name">{c.name}</span>
                  <span className="customer-search__contact">{customerContact(c)}</span>
                </button>
              </li>
            ))}
          </ul>
          {results !== null && results.length === 0 ? (
            <p className="field__hint">{t('customer.noMatch', { query: query.trim() })}</p>
          ) : null}
          {results === null ? <p className="field__hint">{t('customer.searchHint')}</p> : null}
          <div className="entry__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')} <kbd>Esc</kbd>
            </button>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <PlusIcon />
              {t('customer.new')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function NewCustomerForm({
  initialName,
  onCreated,
  onBack,
}: {
  initialName: string;
  onCreated: (customer: Customer) => void;
  onBack: () => void;
}) {
  const [values, setValues] = useState({ name: initialName, email: '', phone: '' });
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await kassa.customers.create(values);
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setProblem(problemOf(result.error, createFields));
  };
  const field = (name: 'name', label: string) => (
    <FormField id={`customer-${name}`} label={label} error={problem?.field === name ? problem.message : null}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          autoFocus
          value={values[name]}
          onChange={(event) => {
            setValues((v) => ({ ...v, [name]: event.target.value }));
            setProblem(null);
          }}
        />
      )}
    </FormField>
  );
  return (
    <form className="entry" noValidate aria-label={t('customer.new')} onSubmit={(e) => void submit(e)}>
      {field('name', t('customer.name'))}
      <ContactFields
        idPrefix="customer"
        labels={{ email: t('customer.email'), phone: t('customer.phone') }}
        hint={t('customer.optional')}
        autoComplete="off"
        values={values}
        onChange={(name, value) => {
          setValues((v) => ({ ...v, [name]: value }));
          setProblem(null);
        }}
        errorOf={(name) => (problem?.field === name ? problem.message : null)}
      />
      {problem && problem.field === null ? (
        <p className="field__error" role="alert">
          {problem.message}
        </p>
      ) : null}
      <div className="entry__actions">
        <button type="button" className="button" onClick={onBack}>
          {t('customer.backToSearch')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('customer.create')}
        </button>
      </div>
    </form>
  );
}
