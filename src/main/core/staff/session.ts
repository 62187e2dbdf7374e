import { z } from 'zod';
import { staffRoles } from '../../../shared/ipc/constants.ts';
import type { Session, SignedIn } from '../../../shared/ipc/staff.ts';
import type { WindowKind } from '../../../shared/ipc/channel.ts';
import type { StaffDirectory, StaffRecord } from './staff-directory.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

/** Preferences lock themselves after this long without a call, like a screen lock. */
export const preferencesIdleMs = 15 * 60_000;

/**
 * How long a cashier's session at the till outlives a restart (a crash, a reload of the host, an update): a
 * cashier who comes back within this long after the till was last used is still signed in. Managers' and
 * owners' sessions end with the process, because their role unlocks refunds, overrides and the preferences;
 * they type their PIN again. A restart never signs in anyone else, and never with a role the member did not
 * have when the till was last used (issue 15.5).
 */
export const cashierResumeMs = 10 * 60_000;

/** The till's session as this device last saw it: who, in which role, and when the till was last used. */
export const rememberedSession = z.object({
  staffId: z.string(),
  role: z.enum(staffRoles),
  activeAt: z.number().int(),
});
export type RememberedSession = z.infer<typeof rememberedSession>;

/**
 * Device-local memory of the till's session (electron-store in the app, a file in the data folder for the
 * headless host, memory in tests): who signed in last, to preselect them on the PIN screen, and the session
 * that was open when Kassa stopped.
 */
export interface LastStaffMemory {
  get(): string | null;
  set(staffId: string): void;
  session(): RememberedSession | null;
  setSession(session: RememberedSession | null): void;
}

export function inMemoryLastStaff(): LastStaffMemory {
  let last: string | null = null;
  let open: RememberedSession | null = null;
  return {
    get: () => last,
    set: (id) => void (last = id),
    session: () => open,
    setSession: (session) => void (open = session),
  };
}

/** How often the "last used" time is written while the till is busy: a restart may cut it short by this much. */
const touchEveryMs = 30_000;

/**
 * Who works the till now, and which owner unlocked the preferences window. Kept in memory; at start it resumes
 * only a session the store's rules still allow (cashierResumeMs). The demo shop, whose PIN is public, starts
 * signed in as its Demo Owner only on a device where no member of this store has signed in yet.
 */
export function createSession(
  staff: StaffDirectory,
  now: () => number,
  onChange: () => void,
  lastStaff: LastStaffMemory = inMemoryLastStaff(),
) {
  let preferences: { staffId: string; lastUsedAt: number } | null = null;
  let touchedAt = 0;
  let tillStaffId: string | null = resume();

  function resume(): string | null {
    // The memory is a file anyone with the user's rights can edit: a malformed entry resumes nobody.
    const remembered = rememberedSession.safeParse(lastStaff.session()).data ?? null;
    const member = remembered ? staff.get(remembered.staffId) : null;
    const idle = remembered ? now() - remembered.activeAt : Infinity;
    if (
      remembered &&
      member?.active &&
      member.role === 'cashier' &&
      remembered.role === 'cashier' &&
      idle >= 0 &&
      idle <= cashierResumeMs
    ) {
      return member.id;
    }
    if (remembered) lastStaff.setSession(null);
    const last = lastStaff.get();
    const knownHere = last !== null && staff.get(last) !== null;
    const demo = knownHere ? null : staff.demoOwner();
    if (!demo) return null;
    remember(demo);
    return demo.id;
  }

  function remember(member: StaffRecord): void {
    lastStaff.set(member.id);
    lastStaff.setSession({ staffId: member.id, role: member.role, activeAt: now() });
    touchedAt = now();
  }

  const signedIn = (id: string | null, role?: StaffRecord['role']): SignedIn | null => {
    const member = id === null ? null : staff.get(id);
    if (!member || !member.active || (role && member.role !== role)) return null;
    return { id: member.id, name: member.name, role: member.role };
  };

  const preferencesOwner = (): SignedIn | null => {
    if (!preferences) return null;
    const owner = signedIn(preferences.staffId, 'owner');
    if (!owner || now() - preferences.lastUsedAt > preferencesIdleMs) {
      preferences = null;
      onChange();
      return null;
    }
    return owner;
  };

  return {
    current(window: WindowKind): Session {
      return {
        staff: window === 'preferences' ? preferencesOwner() : signedIn(tillStaffId),
        needsOwnerSetup: staff.needsOwnerSetup(),
        usingDemoPin: staff.usingDemoPin(),
        lastStaffId: lastStaff.get(),
      };
    },
    tillStaff: (): SignedIn | null => signedIn(tillStaffId),
    signIn(member: StaffRecord): void {
      tillStaffId = member.id;
      remember(member);
      onChange();
    },
    signOut(): void {
      tillStaffId = null;
      lastStaff.setSession(null);
      onChange();
    },
    /** The till was used: keeps the remembered session's "last used" time current (written every 30 s). */
    touch(): void {
      if (tillStaffId === null || now() - touchedAt < touchEveryMs) return;
      const member = staff.get(tillStaffId);
      if (member) remember(member);
    },
    unlockPreferences(owner: StaffRecord): void {
      preferences = { staffId: owner.id, lastUsedAt: now() };
      onChange();
    },
    lockPreferences(): void {
      if (!preferences) return;
      preferences = null;
      onChange();
    },
    preferencesOpen: (): boolean => preferencesOwner() !== null,
    /** The owner behind a preferences call; refused once the window has locked itself. */
    requirePreferencesOwner(): SignedIn {
      const owner = preferencesOwner();
      if (!owner || !preferences) throw translatedError('pin_required', 'err.staff.prefsLocked');
      preferences.lastUsedAt = now();
      return owner;
    },
    tillStaffId: (): string | null => tillStaffId,
  };
}

export type StaffSession = ReturnType<typeof createSession>;
