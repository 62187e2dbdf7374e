import { describe, expect, it } from 'vitest';
import { attemptState, type AttemptState } from '../../../src/shared/ipc/payments.ts';
import {
  endStates,
  isFinalAttempt,
  isOnTerminal,
  isOpenAttempt,
  onTerminalStates,
} from '../../../src/shared/payments/attempt-states.ts';

describe('where a card payment attempt stands', () => {
  const table: [AttemptState, boolean, { onTerminal: boolean; open: boolean }][] = [
    ['created', false, { onTerminal: true, open: true }],
    ['sending', false, { onTerminal: true, open: true }],
    ['waiting_for_card', false, { onTerminal: true, open: true }],
    ['processing', false, { onTerminal: true, open: true }],
    ['authorized', false, { onTerminal: true, open: true }],
    ['succeeded', false, { onTerminal: false, open: false }],
    ['declined', false, { onTerminal: false, open: false }],
    ['canceled', false, { onTerminal: false, open: false }],
    ['failed', false, { onTerminal: false, open: false }],
    ['needs_check', false, { onTerminal: false, open: false }],
    // Forced as paid by a manager: followed with the provider until it confirms or denies.
    ['needs_check', true, { onTerminal: false, open: true }],
    ['waiting_for_card', true, { onTerminal: true, open: true }],
    ['succeeded', true, { onTerminal: false, open: false }],
  ];
  for (const [state, forced, expected] of table) {
    it(`${state}${forced ? ' (forced)' : ''}: ${expected.open ? 'open' : 'final'}`, () => {
      expect(isOnTerminal(state)).toBe(expected.onTerminal);
      expect(isOpenAttempt({ state, forced })).toBe(expected.open);
      expect(isFinalAttempt({ state, forced })).toBe(!expected.open);
    });
  }

  it('every state is either one the terminal is busy with or one an attempt ends in', () => {
    expect([...onTerminalStates, ...endStates].sort()).toEqual([...attemptState.options].sort());
  });
});
