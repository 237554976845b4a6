import { Client } from 'pg';
import { runNode } from '../support/spawn-node';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const CLI = 'dist/apps/worker/src/cli/admin-create.cli.js';

describe('npm run admin:create', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase();
    env = { DATABASE_URL: db.url, JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };
  });
  afterAll(() => db.drop());

  async function query(sql: string, params: unknown[] = []) {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  it('creates a verified admin with the password piped on stdin', async () => {
    const res = await runNode(CLI, env, {
      args: ['--email', 'Root@Passerelle.test', '--name', 'Fatou Sow', '--language', 'fr'],
      input: 'une phrase de passe solide\n',
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Admin account created: Root@Passerelle\.test/);
    const [row] = await query(
      `SELECT kind, status, display_name, preferred_language, email_verified_at IS NOT NULL AS verified, password_hash
         FROM users WHERE email = 'root@passerelle.test'`,
    );
    expect(row).toMatchObject({
      kind: 'admin',
      status: 'active',
      display_name: 'Fatou Sow',
      preferred_language: 'fr',
      verified: true,
    });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('takes ADMIN_PASSWORD when nothing is piped', async () => {
    const res = await runNode(
      CLI,
      { ...env, ADMIN_PASSWORD: 'another solid passphrase' },
      { args: ['--email', 'second@passerelle.test'] },
    );
    expect(res.code).toBe(0);
  });

  it('refuses an existing address, a weak password, a missing e-mail or password', async () => {
    const again = await runNode(CLI, env, {
      args: ['--email', 'root@passerelle.test'],
      input: 'une phrase de passe solide',
    });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('already exists');

    const weak = await runNode(CLI, env, {
      args: ['--email', 'weak@passerelle.test'],
      input: 'password1',
    });
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/too common/);

    const noEmail = await runNode(CLI, env, { input: 'une phrase de passe solide' });
    expect(noEmail.code).toBe(64);
    expect(noEmail.stderr).toContain('--email');

    const noPassword = await runNode(CLI, env, { args: ['--email', 'nopass@passerelle.test'] });
    expect(noPassword.code).toBe(64);
    expect(noPassword.stderr).toContain('No password');
    expect(
      await query(
        `SELECT 1 FROM users WHERE email IN ('weak@passerelle.test', 'nopass@passerelle.test')`,
      ),
    ).toEqual([]);
  });
});
