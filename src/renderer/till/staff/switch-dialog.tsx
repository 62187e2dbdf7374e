import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Session, SignedIn } from '../../../shared/ipc/staff.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { StaffSignIn } from './staff-sign-in.tsx';
import { kassa } from '../../shared/kassa.ts';

interface SwitchDialogProps {
  current: SignedIn;
  onClose: () => void;
  onSession: (session: Session) => void;
}

/**
 * Fast switching: the next person taps their name and types their PIN, and the sale on screen stays as it is.
 * Signing out leaves the till on the sign-in screen.
 */
export function SwitchDialog({ current, onClose, onSession }: SwitchDialogProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const signOut = async () => {
    const result = await kassa.session.logout({});
    if (result.ok) onSession(result.value);
    else setProblem(errorText(result.error));
  };
  return (
    <Dialog title={t('switch.title')} onClose={onClose} className="dialog--wide">
      <p className="dialog__text">{t('switch.text', { name: current.name })}</p>
      <StaffSignIn
        preselect={null}
        onSignedIn={(session) => {
          onSession(session);
          onClose();
        }}
      />
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="entry__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')} <kbd>Esc</kbd>
        </button>
        <button type="button" className="button button--danger-ghost" onClick={() => void signOut()}>
          {t('switch.signOut', { name: current.name })}
        </button>
      </div>
    </Dialog>
  );
}
