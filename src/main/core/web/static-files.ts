import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export const mimeType = (path: string): string => mimeTypes[extname(path)] ?? 'application/octet-stream';

/**
 * Resolves a URL path inside the build folder, or null when it would escape it (`..`, encoded slashes) or
 * does not exist. The Electron protocol handler and the headless host share this confinement rule.
 */
export async function resolveInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) return resolveInside(root, join(decoded, 'index.html'));
    return candidate;
  } catch {
    return null;
  }
}

export async function readStatic(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; type: string } | null> {
  const file = await resolveInside(root, urlPath);
  if (!file) return null;
  return { body: await readFile(file), type: mimeType(file) };
}
