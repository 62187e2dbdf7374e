import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import type { PreferenceServices } from '../settings/preference-services.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

type StaffChannels =
  | 'session.current'
  | 'session.setupOwner'
  | 'session.login'
  | 'session.logout'
  | 'staff.list'
  | 'staff.save'
  | 'preferences.open'
  | 'preferences.close'
  | 'approvals.checkDiscount';

/** Sign-in, staff and the preferences lock (TILL-9, SEC-2, PREF-1). */
export function staffHandlers(s: Services, prefs: PreferenceServices): Pick<Handlers, StaffChannels> {
  const { staff, session, audit } = s;
  return {
    'session.current': (_request, { window }) => session.current(window),
    'session.setupOwner': ({ name, pin }) => {
      if (!staff.needsOwnerSetup()) throw translatedError('conflict', 'err.staff.ownerExists');
      const owner = s.tx.run(() => {
        const created = staff.addOwner(name, pin);
        audit.record({ action: 'staff.owner_set_up', subject: created.name, actor: created.name });
        return created;
      });
      session.signIn(owner);
      prefs.changed('staff')();
      return session.current('till');
    },
    'session.login': ({ staffId, pin }) => {
      const member = staff.verifyMember(staffId, pin, 'sign_in');
      if (session.tillStaffId() !== member.id) {
        audit.record({ action: 'staff.signed_in', subject: member.name, actor: member.name });
        session.signIn(member);
      }
      return session.current('till');
    },
    'session.logout': () => {
      const member = session.tillStaff();
      if (member) {
        audit.record({ action: 'staff.signed_out', subject: member.name, actor: member.name });
        session.signOut();
      }
      return session.current('till');
    },
    'staff.list': () => staff.list(),
    'approvals.checkDiscount': ({ orderId, lines, managerPin }) => {
      s.approvals.checkDiscount(orderId, lines, managerPin);
      return {};
    },
    'staff.save': ({ ownerPin, ...member }, { window }) => {
      const approver =
        ownerPin !== undefined
          ? staff.verifyOwner(ownerPin, 'staff.save', 'ownerPin')
          : window === 'preferences'
            ? session.requirePreferencesOwner()
            : null;
      if (!approver)
        throw translatedError('pin_required', 'err.staff.ownerPinToChange', undefined, 'ownerPin');
      const saved = staff.save(member, approver.name);
      prefs.changed('staff')();
      return saved;
    },
    'preferences.open': ({ pin }) => {
      const owner = staff.verifyOwner(pin, 'preferences.open');
      session.unlockPreferences(owner);
      audit.record({ action: 'preferences.opened', actor: owner.name });
      return prefs.openPreferences();
    },
    'preferences.close': () => {
      const owner = session.preferencesOpen() ? session.requirePreferencesOwner() : null;
      if (owner) audit.record({ action: 'preferences.closed', actor: owner.name });
      session.lockPreferences();
      return {};
    },
  };
}
