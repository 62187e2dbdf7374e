import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paymentCrashPoints } from '../../../src/main/core/payments/crash-points.ts';

const here = import.meta.dirname;
const crashTests = readdirSync(here)
  .filter((name) => /crash/.test(name) && name.endsWith('.test.ts') && name !== 'crash-points.test.ts')
  .map((name) => readFileSync(join(here, name), 'utf8'))
  .join('\n');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );

/** The count the benchmark reports as payment_crash_points is only true if each point is really killed at. */
describe('the payment crash points', () => {
  it('are each killed at by a crash test', () => {
    const uncovered = paymentCrashPoints.filter((point) => !crashTests.includes(`'${point}'`));
    expect(uncovered).toEqual([]);
  });

  it('name every kill point inside a transition that the payment core has', () => {
    // Printing and mail have their own crash tests (test/integration/printing, test/integration/mail).
    const core = sources(join(here, '../../../src/main/core/payments')).join('\n');
    const named = [...core.matchAll(/(?:crashPoint|failpoint)\('([a-z_]+\.[a-z_]+:[a-z_]+)'/g)].map(
      (m) => m[1]!,
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !paymentCrashPoints.includes(name))).toEqual([]);
  });
});
