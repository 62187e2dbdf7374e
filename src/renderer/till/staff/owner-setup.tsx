import { useRef, useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Session } from '../../../shared/ipc/staff.ts';
import { problemOf, type FormProblem } from '../../shared/form-errors.ts';
import { FormField } from '../../shared/form-field.tsx';
import { applyKeypadKey, Keypad } from '../../shared/keypad.tsx';
import { useTillSetup } from '../till-context.tsx';
import { kassa } from '../../shared/kassa.ts';

const fields = ['name', 'pin', 'repeat'] as const;
type PinField = 'pin' | 'repeat';

const digitsOnly = (text: string) => text.replace(/\D/g, '');

/**
 * First start of a store without an owner PIN (an imported store file carries none): the owner gives their
 * name and chooses the PIN that signs them in and opens the preferences.
 */
export function OwnerSetup({ onDone }: { onDone: (session: Session) => void }) {
  const { store } = useTillSetup();
  const [name, setName] = useState('');
  const [pins, setPins] = useState<Record<PinField, string>>({ pin: '', repeat: '' });
  const [typingInto, setTypingInto] = useState<PinField>('pin');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = { pin: useRef<HTMLInputElement>(null), repeat: useRef<HTMLInputElement>(null) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pins.pin !== pins.repeat) {
      setProblem({ field: 'repeat', message: t('setup.pinsDiffer') });
      return;
    }
    setBusy(true);
    const result = await kassa.session.setupOwner({ name, pin: pins.pin });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setProblem(problemOf(result.error, fields));
  };
  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);
  const setPin = (field: PinField, value: string) => {
    setPins((current) => ({ ...current, [field]: digitsOnly(value) }));
    setProblem(null);
  };

  const pinField = (field: PinField, label: string) => (
    <FormField id={`setup-${field}`} label={label} error={errorOf(field)}>
      {(control) => (
        <input
          {...control}
          ref={refs[field]}
          className={`${control.className} field__input--big pin-entry__input`}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pins[field]}
          onFocus={() => setTypingInto(field)}
          onChange={(event) => setPin(field, event.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <main className="login">
      <form
        className="login__card"
        noValidate
        aria-labelledby="setup-title"
        onSubmit={(event) => void submit(event)}
      >
        <header className="login__head">
          <span className="header__logo" aria-hidden="true">
            K
          </span>
          <div>
            <h1 id="setup-title" className="login__title">
              {t('setup.title')}
            </h1>
            <p className="login__store">{store.name}</p>
          </div>
        </header>
        <p className="login__intro">{t('setup.intro')}</p>
        <div className="signin">
          <div className="setup__fields">
            <FormField id="setup-name" label={t('setup.name')} error={errorOf('name')}>
              {(control) => (
                <input
                  {...control}
                  autoComplete="off"
                  autoFocus
                  value={name}
                  onChange={(event) => {
                    setName(event.target.value);
                    setProblem(null);
                  }}
                />
              )}
            </FormField>
            {pinField('pin', t('setup.pin'))}
            {pinField('repeat', t('setup.repeat'))}
            <p className="field__hint">{t('setup.pinHint')}</p>
            {problem && problem.field === null ? (
              <p className="field__error" role="alert">
                {problem.message}
              </p>
            ) : null}
          </div>
          <div className="signin__pin">
            <Keypad
              label={t('pin.keypad')}
              decimalMark="."
              wholeNumbers
              onKey={(key) => {
                setPin(typingInto, applyKeypadKey(pins[typingInto], key, '.'));
                refs[typingInto].current?.focus();
              }}
            />
            <button type="submit" className="button button--primary signin__submit" disabled={busy}>
              {t('setup.submit')}
            </button>
          </div>
        </div>
      </form>
    </main>
  );
}
