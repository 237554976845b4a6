import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

/**
 * What a platform started by a test (`npm start` on a temporary DATA_DIR) leaves in that
 * folder: its embedded PostgreSQL's pid and port (postmaster.pid) and password.
 */

export async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return pid > 0 ? pid : undefined;
}

/**
 * Whether a process has ended. A server that stopped after its launcher died is an orphan, and
 * it stays a zombie until PID 1 reaps it (seconds on some machines): a zombie has ended.
 */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** Runs one query on the platform's `passerelle` database, as the platform's own user. */
export async function platformSql<T = Record<string, unknown>>(
  dataDir: string,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  const [, , , port] = (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split(
    '\n',
  );
  const password = (await readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
  const client = new Client({
    host: '127.0.0.1',
    port: Number(port),
    user: 'passerelle',
    password,
    database: 'passerelle',
  });
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}
