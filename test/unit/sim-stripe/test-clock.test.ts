import { describe, expect, it } from 'vitest';
import { TestClock } from '../../../src/sim/clock.ts';

describe("the simulators' test clock", () => {
  it('fires timers only when moved past them, in time order, with what they start in the same stretch', async () => {
    const clock = new TestClock(1_000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b@300'), 300);
    clock.setTimeout(() => fired.push('a@100'), 100);
    const dropped = clock.setTimeout(() => fired.push('never'), 200);
    clock.clearTimeout(dropped);
    // Work a timer starts through a promise, as the simulators' sleeps do, still runs within the same advance.
    clock.setTimeout(() => {
      void Promise.resolve().then(() => clock.setTimeout(() => fired.push('c@250'), 100));
    }, 150);

    await clock.advance(99);
    expect(fired).toEqual([]);
    expect(clock.now()).toBe(1_099);
    await clock.advance(201);
    expect(fired).toEqual(['a@100', 'c@250', 'b@300']);
    expect(clock.now()).toBe(1_300);
    expect(clock.pending).toBe(0);
  });

  it('refuses to move backwards', async () => {
    await expect(new TestClock().advance(-1)).rejects.toThrow('only moves forward');
  });
});
