import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh data folder per benchmark, so no run sees another's rows. */
export const benchDir = (name: string) => mkdtempSync(join(tmpdir(), `kassa-bench-${name}-`));
