/**
 * npm run dist -- [--store <store file>] [--update-url <feed> --channel stable|pilot] [--unsigned]
 *                 [--linux [deb|dir]] [--win] [--mac] [--x64] [--arm64]
 *
 * Builds Kassa and packages it for the named platforms (default: this machine's). With --store, the
 * store's configuration (PREF-5) is validated and baked into resources/store-config.json, and the packages
 * go to dist/<store file name>/: one command per store. With --update-url the installed app follows that
 * update feed on the given channel (README, "Updates"). --unsigned makes a local test package for Windows
 * or macOS without a certificate (never for the counters). Signing credentials come from the environment
 * (resources/SIGNING.md).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackage, repoDir, updateChannels, type UpdateChannel } from './packaging/build-package.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    store: { type: 'string' },
    'update-url': { type: 'string' },
    channel: { type: 'string', default: 'stable' },
    unsigned: { type: 'boolean', default: false },
  },
});
const targets = [
  ...process.argv
    .slice(2)
    .filter((a) => ['--linux', '--win', '--mac', '--x64', '--arm64'].includes(a) || positionals.includes(a)),
];
const channel = String(values.channel);
if (!updateChannels.includes(channel as UpdateChannel)) {
  console.error(`There is no update channel "${channel}": use ${updateChannels.join(' or ')}.`);
  process.exit(1);
}
const updateUrl = values['update-url'] ?? process.env.KASSA_UPDATE_URL;

try {
  execFileSync(resolve(repoDir, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: repoDir,
    stdio: 'inherit',
  });
  const out = await buildPackage({
    storeFile: typeof values.store === 'string' ? values.store : null,
    targets,
    updates: typeof updateUrl === 'string' ? { url: updateUrl, channel: channel as UpdateChannel } : null,
    ...(values.unsigned ? { extraConfig: { forceCodeSigning: false } } : {}),
  });
  console.log(`Packages are in ${out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
