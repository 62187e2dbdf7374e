/**
 * A Kassa core in its own process (the headless host, card providers from the environment), so crash tests
 * can SIGKILL it at any moment. Prints one JSON line { url, token } when it is ready.
 */
import { startHost } from '../../src/main/host/host-server.ts';
import { createLogger, silentLogger } from '../../src/main/core/logger.ts';
import { providerSettingsFromEnv } from '../../src/main/core/payments/provider-settings.ts';

const host = await startHost({
  dataDir: process.argv[2]!,
  log: process.env.KASSA_CHILD_LOG ? createLogger((line) => process.stderr.write(line + '\n')) : silentLogger,
  providers: providerSettingsFromEnv(process.env),
  pollIntervalMs: Number(process.env.KASSA_POLL_MS ?? 30),
  sweepIntervalMs: Number(process.env.KASSA_SWEEP_MS ?? 500),
  autopilotBackoffMs: Number(process.env.KASSA_AUTOPILOT_BACKOFF_MS ?? 0),
});
await host.core.payments.ready;
process.stdout.write(JSON.stringify({ url: host.url, token: host.token }) + '\n');
process.on('SIGTERM', () => void host.close().then(() => process.exit(0)));
