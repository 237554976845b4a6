import { AppError, loadConfigOrExit, withLocalSecrets, type AppConfig } from '@app/core';
import { AuthService, IdentityModule, LANGUAGES, type Language } from '@app/identity';
import { parseArgs } from 'node:util';
import { withCliContext } from './cli-module';

// `npm run admin:create -- --email admin@example.org [--name "Awa Diop"] [--language fr]`
// The password comes from stdin (piped) or ADMIN_PASSWORD, or is asked for on a terminal.
// The first admin can only be made this way; admins then promote others.

const USAGE =
  'Usage: npm run admin:create -- --email admin@example.org [--name "Full Name"] [--language fr|en|pt|ar]\n' +
  '  password: piped on stdin, or ADMIN_PASSWORD, or typed at the prompt';

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        language: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const email = args.email?.trim();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    fail(`--email with a valid address is required.\n${USAGE}`);
  const language = (args.language ?? 'en') as Language;
  if (!LANGUAGES.includes(language)) fail(`--language must be one of: ${LANGUAGES.join(', ')}`);

  const config = await withLocalSecrets(loadConfigOrExit());
  const password = await readPassword(config);
  if (!password) fail(`No password given.\n${USAGE}`);

  await withCliContext(
    { config, name: 'cli', imports: [IdentityModule], jobs: false, poolSize: 2, logger: ['error'] },
    async (app) => {
      try {
        const user = await app.get(AuthService).createVerifiedAccount({
          email,
          password,
          displayName: args.name?.trim() || 'Administrator',
          preferredLanguage: language,
          kind: 'admin',
        });
        console.log(`Admin account created: ${user.email} (${user.id})`);
      } catch (error) {
        if (error instanceof AppError) fail(error.message);
        if ((error as { code?: string }).code === '23505')
          fail(`An account with ${email} already exists.`);
        throw error;
      }
    },
  );
}

async function readPassword(config: AppConfig): Promise<string | undefined> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const piped = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
    if (piped) return piped;
    return config.ADMIN_PASSWORD;
  }
  if (config.ADMIN_PASSWORD) return config.ADMIN_PASSWORD;
  return promptHidden('Password for the new admin: ');
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(question);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') process.exit(130);
        value = char === '\u007f' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(64);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
