import { errorText } from '../../../shared/i18n/errors.ts';
import { useCallback, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Session, StaffMember } from '../../../shared/ipc/staff.ts';
import { PinEntry } from '../../shared/pin-entry.tsx';
import { useNow } from '../../shared/use-now.ts';
import { kassa } from '../../shared/kassa.ts';
import { useAnswers } from '../../shared/use-data.ts';
import { initials } from '../../shared/initials.ts';

interface StaffSignInProps {
  /** Who to preselect: the last person who signed in on this device. */
  preselect: string | null;
  /** Someone signed in (or switched): the session as it is now. */
  onSignedIn: (session: Session) => void;
}

/**
 * Tap your name, type your PIN (TILL-9). The same panel signs in the first person of the day and switches to
 * the next one; a member locked out after wrong PINs sees how long to wait.
 */
export function StaffSignIn({ preselect, onSignedIn }: StaffSignInProps) {
  const [members, setMembers] = useState<StaffMember[]>([]);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(preselect);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = useCallback((result: Result<StaffMember[]>) => {
    if (!result.ok) {
      setLoadProblem(errorText(result.error));
      return;
    }
    const active = result.value.filter((m) => m.active);
    setMembers(active);
    setLoadProblem(null);
    setChosen((current) => {
      if (current !== null && active.some((m) => m.id === current)) return current;
      const withPin = active.filter((m) => m.hasPin);
      return withPin.length === 1 ? (withPin[0]?.id ?? null) : null;
    });
  }, []);
  useAnswers(() => kassa.staff.list({}), 'staff', show);

  // Ticks every second so that a lockout counts down where the member can see it.
  const now = useNow(1_000);
  const secondsLeft = (m: StaffMember) =>
    m.lockedUntil === null ? 0 : Math.max(0, Math.ceil((m.lockedUntil - now) / 1000));
  const member = members.find((m) => m.id === chosen) ?? null;
  const lockedFor = member ? secondsLeft(member) : 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!member || busy) return;
    if (pin.length < 4) {
      setError(t('login.pinFormat'));
      return;
    }
    setBusy(true);
    const result = await kassa.session.login({ staffId: member.id, pin });
    setBusy(false);
    setPin('');
    if (result.ok) {
      setError(null);
      onSignedIn(result.value);
      return;
    }
    setError(errorText(result.error));
    if (result.error.code === 'pin_locked') show(await kassa.staff.list({}));
  };

  return (
    <form className="signin" noValidate aria-label={t('login.formLabel')} onSubmit={(e) => void submit(e)}>
      <div className="signin__people" role="radiogroup" aria-label={t('login.who')}>
        {members.map((m) => {
          const locked = secondsLeft(m);
          const status = !m.hasPin
            ? t('login.noPin')
            : locked > 0
              ? t('login.lockedShort', { seconds: locked })
              : t(`role.${m.role}`);
          return (
            <button
              key={m.id}
              type="button"
              role="radio"
              aria-checked={m.id === chosen}
              aria-label={t('login.person', { name: m.name, status })}
              className={`signin__person${m.id === chosen ? ' signin__person--on' : ''}`}
              disabled={!m.hasPin}
              onClick={() => {
                setChosen(m.id);
                setPin('');
                setError(null);
              }}
            >
              <span className="signin__avatar" aria-hidden="true">
                {initials(m.name)}
              </span>
              <span className="signin__name">{m.name}</span>
              <span className="signin__role">{status}</span>
            </button>
          );
        })}
        {loadProblem ? (
          <p className="field__error" role="alert">
            {loadProblem}
          </p>
        ) : null}
      </div>
      <div className="signin__pin">
        {member ? (
          <>
            <p className="signin__hello">{t('login.pinFor', { name: member.name })}</p>
            <PinEntry
              key={member.id}
              id="signin-pin"
              label={t('login.pin')}
              value={pin}
              autoFocus
              disabled={lockedFor > 0}
              error={lockedFor > 0 ? t('login.locked', { name: member.name, seconds: lockedFor }) : error}
              onChange={(next) => {
                setPin(next);
                setError(null);
              }}
            />
            <button
              type="submit"
              className="button button--primary signin__submit"
              disabled={busy || lockedFor > 0}
            >
              {t('login.signIn')}
              <kbd>Enter</kbd>
            </button>
          </>
        ) : (
          <p className="signin__hello signin__hello--muted">{t('login.tapName')}</p>
        )}
      </div>
    </form>
  );
}
