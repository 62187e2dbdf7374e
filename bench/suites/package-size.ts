import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildPackage, repoDir } from '../../scripts/packaging/build-package.ts';
import { writeStandInElectron } from '../../scripts/packaging/stand-in-electron.ts';
import { folderSizeMb } from '../../scripts/packaging/inspect-package.ts';

/**
 * package_size_mb_linux: the unpacked Linux app folder in MB (10^6 bytes), packaged as `npm run dist` does
 * (the same as dist:check) with a stand-in Electron, so the figure is Kassa's own share: the built app, its
 * production dependencies and the one native binary the target loads. Electron itself adds a constant.
 */
export async function packageSizeSuite(): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'kassa-bench-package-'));
  try {
    execFileSync(resolve(repoDir, 'node_modules/.bin/electron-vite'), ['build'], {
      cwd: repoDir,
      stdio: 'ignore',
    });
    const out = await buildPackage({
      targets: ['--linux', 'dir', '--x64'],
      electronDist: writeStandInElectron(join(work, 'electron')),
      outputDir: join(work, 'dist'),
    });
    return { package_size_mb_linux: folderSizeMb(join(out, 'linux-unpacked')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
