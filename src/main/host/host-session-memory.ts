import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LastStaffMemory, RememberedSession } from '../core/staff/session.ts';

interface Remembered {
  lastStaffId: string | null;
  tillSession: RememberedSession | null;
}

/**
 * The headless host's device memory of the till's session, in `till-session.json` in the data folder (600,
 * like the database): the app keeps the same in electron-store. Without it a restarted host forgot who was
 * signed in and fell back to the demo owner (issue 15.5). An unreadable file remembers nobody.
 */
export function fileLastStaff(dataDir: string): LastStaffMemory {
  const file = join(dataDir, 'till-session.json');
  let state: Remembered = { lastStaffId: null, tillSession: null };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Remembered>;
    state = {
      lastStaffId: typeof parsed.lastStaffId === 'string' ? parsed.lastStaffId : null,
      tillSession: parsed.tillSession ?? null,
    };
  } catch {
    // no file yet, or not ours to trust: nobody is remembered
  }
  const save = () => {
    // Written aside and renamed, so a crash mid-write never leaves half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    get: () => state.lastStaffId,
    set: (id) => {
      state = { ...state, lastStaffId: id };
      save();
    },
    session: () => state.tillSession,
    setSession: (session) => {
      state = { ...state, tillSession: session };
      save();
    },
  };
}
