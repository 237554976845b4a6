import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from './app-config';

/**
 * For `npm start` on a laptop only: when JWT_SECRET is not configured, use a random one kept
 * in DATA_DIR (so sessions survive restarts) rather than any built-in default.
 * Production requires JWT_SECRET from the environment (a config rule).
 */
export async function withLocalSecrets(config: AppConfig): Promise<AppConfig> {
  if (config.JWT_SECRET) return config;
  const file = path.resolve(config.DATA_DIR, 'jwt-secret');
  let secret = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (secret.length < 32) {
    secret = randomBytes(48).toString('base64url');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
  }
  return Object.freeze({ ...config, JWT_SECRET: secret });
}
