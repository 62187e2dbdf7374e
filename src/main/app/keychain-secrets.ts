import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { safeStorage } from 'electron';
import type { KassaCore } from '../core/kassa-core.ts';
import type { Logger } from '../core/logger.ts';
import { createFileSecretBox, createKeySecretBox, type SecretBox } from '../core/secrets/secret-box.ts';
import { secretWords, type EarlierBoxReader } from '../core/secrets/secret-store.ts';
import type { AlertWords } from '../core/system/alerts.ts';

/**
 * Secrets protected by the operating system's keychain (PREF-3): Keychain on macOS, DPAPI on Windows,
 * libsecret or KWallet on Linux, through Electron's asynchronous safeStorage calls (the synchronous ones
 * are deprecated in Electron 45 and go in 46). The keychain guards one random 32-byte key, kept wrapped in
 * `keyFile`; the core encrypts each secret with that key synchronously, inside its own transactions.
 */
export interface KeychainSecrets {
  /** null: no real keychain here (or it no longer opens our key); the core then uses its key file. */
  box: SecretBox | null;
  /** Linux's selected store, or the platform's keychain name. */
  backend: string;
  /** Why box is null, for the log and the owner. */
  problem: 'no-keyring' | 'key-unreadable' | null;
}

const keychainName = (backend: string) => `Electron safeStorage (${backend})`;

export async function openKeychainSecrets(keyFile: string): Promise<KeychainSecrets> {
  const backend =
    process.platform === 'linux'
      ? safeStorage.getSelectedStorageBackend()
      : process.platform === 'darwin'
        ? 'macOS Keychain'
        : 'Windows DPAPI';
  // basic_text encrypts with a password built into Chromium: no protection worth the name.
  if (backend === 'basic_text' || backend === 'unknown' || !(await safeStorage.isAsyncEncryptionAvailable()))
    return { box: null, backend, problem: 'no-keyring' };
  let key: Buffer;
  if (existsSync(keyFile)) {
    try {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(readFileSync(keyFile));
      key = Buffer.from(result, 'base64');
      if (key.length !== 32) throw new Error('the unwrapped key is not 32 bytes');
      if (shouldReEncrypt) writeKeyFile(keyFile, await safeStorage.encryptStringAsync(result));
    } catch {
      // Another keyring (or a reset one) cannot open our key. Leave the file alone: if the keyring comes
      // back, the next start reads it again; meanwhile the core's key file protects what is entered now.
      return { box: null, backend, problem: 'key-unreadable' };
    }
  } else {
    key = randomBytes(32);
    writeKeyFile(keyFile, await safeStorage.encryptStringAsync(key.toString('base64')));
  }
  return { box: createKeySecretBox(key, keychainName(backend)), backend, problem: null };
}

function writeKeyFile(file: string, wrapped: Buffer): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, wrapped, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * Reads what earlier boxes wrote, by the box each secret was stored with: Kassa's earlier direct
 * safeStorage encryption (synchronous calls, box "Electron safeStorage (<backend>)"), which the
 * asynchronous call still decrypts, and the key file used while there was no keyring.
 */
export function earlierBoxReader(dataDir: string): EarlierBoxReader {
  return async (box, ciphertext) => {
    if (/^Electron safeStorage \([a-z_0-9 ]+\)$/i.test(box)) {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
      return (await safeStorage.decryptStringAsync(ciphertext)).result;
    }
    const keyFile = /^encrypted key file (.+) \(AES-256-GCM\)$/.exec(box)?.[1];
    if (keyFile && existsSync(keyFile)) return createFileSecretBox(keyFile, dataDir).decrypt(ciphertext);
    return null;
  };
}

/**
 * After the core has started: re-encrypts secrets an earlier box wrote, and tells the owner, in the alerts
 * the till and preferences show, what the keychain situation means and which secrets to enter again.
 * Never throws: a keyring that changed between runs must not stop the till from starting.
 */
export async function settleSecrets(
  core: KassaCore,
  keychain: KeychainSecrets,
  dataDir: string,
  log: Logger,
): Promise<void> {
  const alerts = core.services.alerts;
  const raiseOnce = (kind: string, words: AlertWords, details: Record<string, unknown>) => {
    const open = alerts.open();
    const same = JSON.stringify(words.params ?? {});
    if (
      !open.some(
        (a) => a.kind === kind && a.messageKey === words.key && JSON.stringify(a.params ?? {}) === same,
      )
    )
      alerts.raise('warning', kind, words, details);
  };
  if (keychain.problem === 'no-keyring') {
    log.warn('secrets.keychain_unavailable', { backend: keychain.backend, box: core.secretBoxDescription });
    raiseOnce(
      'secrets_no_keyring',
      { key: 'alert.noKeyring', params: { backend: keychain.backend } },
      { backend: keychain.backend },
    );
  } else if (keychain.problem === 'key-unreadable') {
    log.warn('secrets.keychain_key_unreadable', { backend: keychain.backend });
  }
  try {
    const { rewrapped, unreadable } = await core.preferences.secrets.rewrap(earlierBoxReader(dataDir));
    if (rewrapped.length > 0)
      log.info('secrets.rewrapped', { names: rewrapped, box: core.secretBoxDescription });
    if (unreadable.length > 0) log.warn('secrets.unreadable', { names: unreadable });
    // One alert per secret, each naming it in the reader's language.
    for (const name of unreadable)
      raiseOnce('secrets_unreadable', { key: 'alert.secretUnreadable', params: secretWords(name) }, { name });
  } catch (error) {
    log.error('secrets.rewrap_failed', { error: String(error) });
  }
}
