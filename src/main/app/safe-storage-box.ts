import { safeStorage } from 'electron';
import type { SecretBox } from '../core/secrets/secret-box.ts';

/**
 * Secrets encrypted with the operating system's keychain through Electron safeStorage (PREF-3): Keychain on
 * macOS, DPAPI on Windows, libsecret or KWallet on Linux. Returns null where that protection is not real
 * (no keyring, or Linux's `basic_text` fallback with a built-in password), so the caller can choose the key
 * file instead. Call after the app is ready.
 */
export function createSafeStorageBox(): SecretBox | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  const backend =
    process.platform === 'linux'
      ? safeStorage.getSelectedStorageBackend()
      : process.platform === 'darwin'
        ? 'macOS Keychain'
        : 'Windows DPAPI';
  if (backend === 'basic_text' || backend === 'unknown') return null;
  return {
    description: `Electron safeStorage (${backend})`,
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (stored) => safeStorage.decryptString(stored),
  };
}
