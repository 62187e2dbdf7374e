import { describe, expect, it } from 'vitest';
import { initials } from '../../../src/renderer/shared/initials.ts';

describe('initials on the sign-in buttons', () => {
  it.each([
    ['Anna Schmidt', 'AS'],
    ['Ben 🙂 Ünal', 'BÜ'],
    ['Ben U\u0308nal', 'BU\u0308'],
    ['🙂 🎉', '🙂🎉'],
    ['👩‍👩‍👧 Family', 'F'],
    ['łukasz żak', 'ŁŻ'],
    ['Demo Owner', 'DO'],
    ['Cher', 'C'],
  ])('%s → %s', (name, expected) => {
    const shown = initials(name);
    expect(shown).toBe(expected);
    // Never half a character: every UTF-16 surrogate comes with its pair.
    expect(shown.isWellFormed()).toBe(true);
  });
});
