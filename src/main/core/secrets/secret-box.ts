import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { KassaError } from '../../../shared/errors.ts';
import { translatedError, developerError } from '../../../shared/i18n/errors.ts';

/**
 * Encrypts secrets before they reach the database (PREF-3). The app implements it with Electron safeStorage
 * (the operating system's keychain); the headless host and tests use an AES-256-GCM key file.
 */
export interface SecretBox {
  encrypt(plain: string): Buffer;
  decrypt(stored: Buffer): string;
  /** Said at start and stored with each secret, e.g. "Electron safeStorage (gnome_libsecret)". */
  description: string;
}

/** The host's default key file: in the user's config folder, never next to the database. */
export function defaultSecretKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.KASSA_SECRET_KEY_FILE?.trim();
  if (configured) return resolve(configured);
  const base = env.XDG_CONFIG_HOME?.trim() || join(homedir(), '.config');
  return join(base, 'kassa-host', 'secret.key');
}

const formatVersion = 1;
const ivBytes = 12;
const tagBytes = 16;

const isInside = (folder: string, file: string): boolean => {
  const path = relative(resolve(folder), resolve(file));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * AES-256-GCM with a random 32-byte key in `keyFile` (created with mode 0600 on first use). The key must not
 * live in the data folder: a copied data folder or backup would otherwise carry its own key.
 */
export function createFileSecretBox(keyFile: string, dataDir: string): SecretBox {
  const file = resolve(keyFile);
  if (isInside(dataDir, file)) {
    throw translatedError('invalid_request', 'err.secrets.keyInDataDir', { file, dataDir: resolve(dataDir) });
  }
  let key: Buffer | null = null;
  const loadKey = (create: boolean): Buffer => {
    if (key) return key;
    if (existsSync(file)) {
      const read = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
      if (read.length !== 32) throw translatedError('internal', 'err.secrets.keyDamaged', { file });
      key = read;
    } else if (create) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      const fresh = randomBytes(32);
      writeFileSync(file, fresh.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
      key = fresh;
    } else {
      throw translatedError('internal', 'err.secrets.keyMissing', { file });
    }
    return key;
  };
  return aesGcmBox(`encrypted key file ${file} (AES-256-GCM)`, loadKey, () =>
    translatedError('internal', 'err.secrets.keyFileReplaced', { file }),
  );
}

/**
 * AES-256-GCM with a key held in memory, e.g. one the operating system's keychain unwrapped at start. The
 * description names the key by a fingerprint, so a secret written under another key is recognised as such
 * (secret-store reads the stored box before decrypting) instead of failing to decrypt.
 */
export function createKeySecretBox(key: Buffer, keyring: string): SecretBox {
  if (key.length !== 32) throw developerError('internal', 'A secret key must be 32 bytes long.');
  const fingerprint = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return aesGcmBox(
    `${keyring}, key ${fingerprint} (AES-256-GCM)`,
    () => key,
    () => translatedError('internal', 'err.secrets.keyringChanged', { keyring }),
  );
}

function aesGcmBox(
  description: string,
  loadKey: (create: boolean) => Buffer,
  unreadable: () => KassaError,
): SecretBox {
  return {
    description,
    encrypt(plain) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', loadKey(true), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([formatVersion]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(stored) {
      if (stored[0] !== formatVersion || stored.length < 1 + ivBytes + tagBytes)
        throw translatedError('internal', 'err.secrets.unreadable');
      const iv = stored.subarray(1, 1 + ivBytes);
      const tag = stored.subarray(1 + ivBytes, 1 + ivBytes + tagBytes);
      const decipher = createDecipheriv('aes-256-gcm', loadKey(false), iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([
          decipher.update(stored.subarray(1 + ivBytes + tagBytes)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw unreadable();
      }
    },
  };
}

/** `sk_live_…abcd`, `APP_USR-…1234`: enough to recognise a key, never enough to use it. */
export function secretHint(secret: string): string {
  const prefix = /^([a-z]{2}_(test|live)_|APP_USR-|TEST-)/.exec(secret)?.[0] ?? '';
  // A short secret would be half given away by its last four characters.
  return `${prefix}…${secret.length - prefix.length >= 16 ? secret.slice(-4) : ''}`;
}
