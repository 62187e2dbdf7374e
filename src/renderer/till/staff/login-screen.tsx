import { t } from '../../../shared/i18n/translate.ts';
import type { Session } from '../../../shared/ipc/staff.ts';
import { useTillSetup } from '../till-context.tsx';
import { StaffSignIn } from './staff-sign-in.tsx';

/** Nobody is signed in: the till shows who may sign in and nothing else. */
export function LoginScreen({ session, onSignedIn }: { session: Session; onSignedIn: (s: Session) => void }) {
  const { store } = useTillSetup();
  return (
    <main className="login">
      <section className="login__card" aria-labelledby="login-title">
        <header className="login__head">
          <span className="header__logo" aria-hidden="true">
            K
          </span>
          <div>
            <h1 id="login-title" className="login__title">
              {t('login.title')}
            </h1>
            <p className="login__store">
              {store.name} · {store.till.name}
            </p>
          </div>
        </header>
        <StaffSignIn preselect={session.lastStaffId} onSignedIn={onSignedIn} />
        {store.demo && session.usingDemoPin ? (
          <p className="login__demo" role="note">
            {t('login.demoHint')}
          </p>
        ) : null}
      </section>
    </main>
  );
}
