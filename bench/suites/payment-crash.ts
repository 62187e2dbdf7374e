import { spawn } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchDir } from './bench-dir.ts';

const root = resolve(import.meta.dirname, '../..');

/** The crash tests: every integration test file about payments whose name says it kills the core. */
const crashTestFiles = () => globSync('test/integration/payments/*crash*.test.ts', { cwd: root }).sort();

interface VitestJson {
  numTotalTests: number;
  testResults: { assertionResults: { status: string; failureMessages?: string[] }[] }[];
}

/**
 * Runs the payment crash tests (each kills the core at a failpoint or while it waits, restarts it on the same
 * data, and checks Kassa's books against the provider's) and reports how many distinct kill points they
 * reached — counted from the failpoints that really fired, so new points in the code and new cases in the
 * tests are counted without a list here — and how many cases ended with the books disagreeing or the
 * outcome not the one a run without the crash gives. Each case restarts a core process, which on a machine
 * busy with other work can take longer than the tests' own time-out: the suite gives them more time, and a
 * case that still runs out of it is counted apart (payment_crash_timeouts), not as a mismatch.
 */
export async function paymentCrashSuite(): Promise<Record<string, number>> {
  const dir = benchDir('crash');
  const fired = join(dir, 'failpoints-fired.log');
  const report = join(dir, 'vitest.json');
  const files = crashTestFiles();
  if (files.length === 0) throw new Error('no crash tests found under test/integration/payments');
  await new Promise<void>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        resolve(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'unit',
        '--reporter=json',
        '--testTimeout=180000',
        `--outputFile=${report}`,
        ...files,
      ],
      {
        cwd: root,
        env: { ...process.env, KASSA_FAILPOINTS_LOG: fired },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    child.once('error', fail);
    // A failing test exits non-zero; the report says how many, which is what this suite measures.
    child.once('exit', () => done());
  });
  const result = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
  let names: string[] = [];
  try {
    names = readFileSync(fired, 'utf8').split('\n').filter(Boolean);
  } catch {
    // no failpoint fired at all: zero points covered
  }
  const failures = result.testResults
    .flatMap((file) => file.assertionResults)
    .filter((test) => test.status === 'failed')
    .map((test) => (test.failureMessages ?? []).join('\n'));
  const timedOut = failures.filter((message) => message.includes('TestTimeoutError')).length;
  if (process.env.KASSA_BENCH_DEBUG) for (const message of failures) console.error(message.slice(0, 400));
  return {
    payment_crash_points: new Set(names).size,
    payment_crash_tests: result.numTotalTests,
    payment_crash_mismatches: failures.length - timedOut,
    payment_crash_timeouts: timedOut,
  };
}
