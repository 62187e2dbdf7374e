/**
 * One way to package Kassa, shared by `npm run dist` (release builds, per store) and `npm run dist:check`
 * (the same build with a stand-in Electron, verified file by file). Reads electron-builder.yml exactly as
 * the electron-builder command would and adds only what a single build decides: which store's file is baked
 * in, which Electron folder to use, and which targets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import type { Configuration, PackagerOptions } from 'electron-builder';
import { readStoreConfigFile } from '../../src/main/core/settings/provisioning.ts';

export const updateChannels = ['stable', 'pilot'] as const;
export type UpdateChannel = (typeof updateChannels)[number];

export const repoDir = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// electron-builder's own YAML reader, so this script reads the file exactly as the command does.
const yaml = createRequire(require.resolve('app-builder-lib'))('js-yaml') as { load(text: string): unknown };

export function loadBuilderConfig(): Configuration {
  return yaml.load(readFileSync(resolve(repoDir, 'electron-builder.yml'), 'utf8')) as Configuration;
}

export interface PackageRequest {
  /** A store file (PREF-5) to bake into this build as resources/store-config.json; none = demo mode. */
  storeFile?: string | null;
  /** electron-builder target flags, e.g. ['--linux', 'deb'] or ['--win']; default: the host platform. */
  targets?: string[];
  /** An unpacked Electron folder to use instead of downloading Electron (dist:check's stand-in). */
  electronDist?: string;
  /** Where the packages go; default dist/ (or dist/<store file name>/ for a per-store build). */
  outputDir?: string;
  /** Passed to electron-builder: sees each installer's computed options and may stop it (dist:check). */
  effectiveOptionComputed?: PackagerOptions['effectiveOptionComputed'];
  /**
   * The update feed IT hosts (any static web server or S3-compatible bucket, PREF-5) and the channel this
   * build follows; without one the build never looks for updates.
   */
  updates?: { url: string; channel: UpdateChannel } | null;
  /** More electron-builder configuration, e.g. { forceCodeSigning: false } for an unsigned local build. */
  extraConfig?: Configuration;
}

/** The better-sqlite3 binary each platform loads (its prebuilds are named by Node's platform and arch). */
const nodePlatform = { linux: 'linux', win: 'win32', mac: 'darwin' } as const;
export type BuildPlatform = keyof typeof nodePlatform;

/**
 * Files rules for one platform's package: every other platform's better-sqlite3 binary stays out
 * (`${arch}` is electron-builder's macro, so an arm64 build keeps the arm64 one). `serialport`'s binding prints to
 * serial printers on every system (serial-port.ts): each package keeps its own system's binary — Linux only the
 * glibc one (the deb is for glibc systems), macOS its universal one.
 */
export function platformFiles(platform: BuildPlatform): string[] {
  const serialBinary = { linux: 'linux-${arch}', win: 'win32-${arch}', mac: 'darwin-x64+arm64' }[platform];
  return [
    `!**/node_modules/better-sqlite3/prebuilds/!(${nodePlatform[platform]}-\${arch}).node`,
    `!**/node_modules/@serialport/bindings-cpp/prebuilds/!(${serialBinary})/**`,
    ...(platform === 'linux' ? ['!**/node_modules/@serialport/bindings-cpp/prebuilds/**/*.musl.node'] : []),
  ];
}

/**
 * Validates the store file with the same schema the app reads it with (a broken file fails the build, not
 * the first start at the counter), then packages each requested platform. Returns the output folder.
 */
export async function buildPackage(request: PackageRequest): Promise<string> {
  const defaultStore = resolve(repoDir, 'resources/store-config.json');
  const storeFile = request.storeFile
    ? resolve(request.storeFile)
    : existsSync(defaultStore)
      ? defaultStore
      : null;
  if (storeFile && readStoreConfigFile(storeFile) === null)
    throw new Error(`There is no store file at ${storeFile}.`);
  const outputDir =
    request.outputDir ??
    (request.storeFile
      ? resolve(repoDir, 'dist', basename(request.storeFile).replace(/\.json$/i, ''))
      : resolve(repoDir, 'dist'));
  const updates = request.updates ?? null;
  if (updates) {
    if (!/^https?:\/\//.test(updates.url))
      throw new Error(`The update feed ${updates.url} is not a web address: give an https:// URL.`);
    if (!updateChannels.includes(updates.channel))
      throw new Error(`There is no update channel ${updates.channel}: use ${updateChannels.join(' or ')}.`);
  }
  const options = platformOptions(request.targets ?? []);
  const hostPlatform: BuildPlatform =
    process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'mac' : 'linux';
  const platforms = (['linux', 'win', 'mac'] as const).filter((p) => options[p]);
  const { build } = await import('electron-builder');
  for (const platform of platforms.length > 0 ? platforms : [hostPlatform]) {
    // electron-builder reads electron-builder.yml itself and merges this on top (lists are appended).
    const config: Configuration = {
      directories: { output: outputDir },
      files: platformFiles(platform),
      ...(storeFile ? { extraResources: [{ from: storeFile, to: 'store-config.json' }] } : {}),
      // electron-builder writes this into resources/app-update.yml, and <channel>-linux.yml / <channel>.yml
      // / <channel>-mac.yml next to the installers: the files IT uploads to the feed.
      ...(updates ? { publish: [{ provider: 'generic', url: updates.url, channel: updates.channel }] } : {}),
      ...(request.electronDist ? { electronDist: request.electronDist } : {}),
      ...request.extraConfig,
    };
    await build({
      projectDir: repoDir,
      config,
      [platform]: options[platform] ?? [],
      ...(options.x64 ? { x64: true } : {}),
      ...(options.arm64 ? { arm64: true } : {}),
      ...(request.effectiveOptionComputed
        ? { effectiveOptionComputed: request.effectiveOptionComputed }
        : {}),
    });
  }
  return outputDir;
}

type PlatformOptions = { linux?: string[]; win?: string[]; mac?: string[]; x64?: boolean; arm64?: boolean };

/** `--linux deb`, `--win`, `--mac dmg`, `--x64`, `--arm64`, read as the electron-builder command reads them. */
export function platformOptions(args: string[]): PlatformOptions {
  const options: PlatformOptions = {};
  let current: string[] | null = null;
  for (const arg of args) {
    if (arg === '--linux' || arg === '--win' || arg === '--mac') {
      current = [];
      options[arg.slice(2) as 'linux' | 'win' | 'mac'] = current;
    } else if (arg === '--x64' || arg === '--arm64') options[arg.slice(2) as 'x64' | 'arm64'] = true;
    else if (arg.startsWith('-'))
      throw new Error(`Unknown option ${arg}: use --linux, --win, --mac, --x64, --arm64.`);
    else if (current) current.push(arg);
    else throw new Error(`Name the platform before the target ${arg}, e.g. --linux ${arg}.`);
  }
  return options;
}
