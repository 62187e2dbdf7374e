import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, timestamp } from './common.ts';
import { pin, recordId, requiredText, staffRole } from './fields.ts';
import { words } from './field-words.ts';

/** Who is working the till (TILL-9). Never carries a PIN or its hash. */
export const staffMember = z.object({
  id: z.string(),
  name: z.string(),
  role: staffRole,
  active: z.boolean(),
  /** False for members imported from a store file: the owner gives them a PIN before they can sign in. */
  hasPin: z.boolean(),
  /** Set while five or more wrong PINs in a row keep this member out; the login screen shows the wait. */
  lockedUntil: timestamp.nullable(),
});
export type StaffMember = z.infer<typeof staffMember>;

export const signedIn = z.object({ id: z.string(), name: z.string(), role: staffRole });
export type SignedIn = z.infer<typeof signedIn>;

export const session = z.object({
  /**
   * At the till: who is signed in. In the preferences window: the owner who unlocked it (null once it is
   * locked again, and the window should ask to be reopened from the till).
   */
  staff: signedIn.nullable(),
  /** No active owner has a PIN yet (first start of an imported store): ask for the owner's name and PIN. */
  needsOwnerSetup: z.boolean(),
  /** An owner or manager still uses the documented demo PIN 1234: show a banner asking to change it. */
  usingDemoPin: z.boolean(),
  /** Who last signed in on this device (remembered locally, not in the database): preselect them on the login screen. */
  lastStaffId: z.string().nullable(),
});
export type Session = z.infer<typeof session>;

const till = ['till'] as const;
const both = ['till', 'preferences'] as const;

/**
 * Sign-in and staff (TILL-9, SEC-2). Five wrong PINs in a row lock a member for 30 s, then 60 s, 120 s …;
 * errors: `pin_invalid` / `pin_locked` with field `pin` (or `ownerPin`), `pin_required` when no PIN is set.
 */
export const staffChannels = {
  'session.current': channel({ request: empty, response: session, windows: both }),
  /** First start without an owner: creates the owner (or gives the imported owner of that name a PIN), signs in. */
  'session.setupOwner': channel({
    request: z.object({ name: requiredText('label.yourName', 60), pin }).strict(),
    response: session,
    windows: till,
  }),
  /** Tap your name, then type your PIN; signing in as someone else switches at once. */
  'session.login': channel({
    request: z.object({ staffId: recordId, pin }).strict(),
    response: session,
    windows: till,
  }),
  'session.logout': channel({ request: empty, response: session, windows: till }),
  /** Everyone, active or not, with roles: for the login screen (show the active ones) and the staff section. */
  'staff.list': channel({ request: empty, response: z.array(staffMember), windows: both }),
  /**
   * Adds (no id) or changes a member. A new member needs a PIN; omit `pin` to keep the current one.
   * `ownerPin` is required at the till; in the unlocked preferences window its owner is enough.
   * Refused: leaving the store without an active owner who has a PIN.
   */
  'staff.save': channel({
    request: z
      .object({
        id: recordId.optional(),
        name: requiredText('label.name', 60),
        role: staffRole,
        pin: pin.optional(),
        active: z.boolean({ error: words('check.sayWhetherMemberActive') }),
        ownerPin: pin.optional(),
      })
      .strict(),
    response: staffMember,
    windows: both,
  }),
};
