import type { Session, SignedIn } from '../../../shared/ipc/staff.ts';
import type { WindowKind } from '../../../shared/ipc/channel.ts';
import { KassaError } from '../../../shared/errors.ts';
import type { StaffDirectory, StaffRecord } from './staff-directory.ts';

/** Preferences lock themselves after this long without a call, like a screen lock. */
export const preferencesIdleMs = 15 * 60_000;

/**
 * Who works the till now, and which owner unlocked the preferences window. Kept in memory: after a restart the
 * till asks for a PIN again (the demo shop, whose PIN is public, starts signed in as its Demo Owner).
 */
/** Device-local memory of who signed in last (electron-store in the app, memory in the host). */
export interface LastStaffMemory {
  get(): string | null;
  set(staffId: string): void;
}

export function inMemoryLastStaff(): LastStaffMemory {
  let last: string | null = null;
  return {
    get: () => last,
    set: (id) => void (last = id),
  };
}

export function createSession(
  staff: StaffDirectory,
  now: () => number,
  onChange: () => void,
  lastStaff: LastStaffMemory = inMemoryLastStaff(),
) {
  let tillStaffId: string | null = staff.demoOwner()?.id ?? null;
  let preferences: { staffId: string; lastUsedAt: number } | null = null;

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
      lastStaff.set(member.id);
      onChange();
    },
    signOut(): void {
      tillStaffId = null;
      onChange();
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
      if (!owner || !preferences)
        throw new KassaError(
          'pin_required',
          'The preferences are locked. Open them again from the till with an owner PIN.',
        );
      preferences.lastUsedAt = now();
      return owner;
    },
    tillStaffId: (): string | null => tillStaffId,
  };
}

export type StaffSession = ReturnType<typeof createSession>;
