// One schema for every environment variable. Each entry parses a raw string or
// explains which rule it broke; `.env.example` and the README table are checked against it.

export type Parser<T> = (raw: string) => T;

export class RuleError extends Error {}

export interface VariableSpec<T> {
  readonly description: string;
  readonly example: string;
  readonly required?: boolean;
  readonly default?: T;
  readonly parse: Parser<T>;
}

const fail = (rule: string): never => {
  throw new RuleError(rule);
};

export const rules = {
  string:
    (opts: { minLength?: number } = {}): Parser<string> =>
    (raw) =>
      raw.length >= (opts.minLength ?? 1)
        ? raw
        : fail(`must be at least ${opts.minLength ?? 1} characters long`),
  integer:
    (min: number, max: number): Parser<number> =>
    (raw) => {
      const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
      return Number.isSafeInteger(n) && n >= min && n <= max
        ? n
        : fail(`must be an integer between ${min} and ${max}`);
    },
  oneOf:
    <T extends string>(values: readonly T[]): Parser<T> =>
    (raw) =>
      (values as readonly string[]).includes(raw)
        ? (raw as T)
        : fail(`must be one of: ${values.join(', ')}`),
  boolean: (): Parser<boolean> => (raw) => {
    const v = raw.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(v)) return true;
    if (['false', '0', 'no'].includes(v)) return false;
    return fail('must be true or false');
  },
  url:
    (protocols: readonly string[]): Parser<string> =>
    (raw) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return fail(`must be a URL (${protocols.join(' or ')})`);
      }
      return protocols.includes(url.protocol.replace(/:$/, ''))
        ? raw
        : fail(`must use the ${protocols.join(' or ')} scheme`);
    },
  /** "14,3" → [3, 14]: distinct whole numbers in a range, smallest first. */
  integerList:
    (min: number, max: number): Parser<number[]> =>
    (raw) => {
      const items = raw.split(',').map((s) => s.trim());
      const numbers = items.map((s) => (/^\d+$/.test(s) ? Number(s) : NaN));
      return items.length > 0 &&
        numbers.every((n) => Number.isSafeInteger(n) && n >= min && n <= max)
        ? [...new Set(numbers)].sort((a, b) => a - b)
        : fail(`must be a comma-separated list of whole numbers between ${min} and ${max}`);
    },
  originList: (): Parser<string[]> => (raw) => {
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const item of items) {
      let url: URL | undefined;
      try {
        url = new URL(item);
      } catch {
        url = undefined;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== item) {
        fail(
          `must be a comma-separated list of origins like https://app.example.org (bad: "${item}")`,
        );
      }
    }
    return items;
  },
  trustProxy: (): Parser<boolean | number | string[]> => (raw) => {
    const v = raw.trim().toLowerCase();
    if (v === 'false' || v === '') return false;
    if (v === 'true') return true;
    if (/^\d+$/.test(v)) return Number(v);
    const items = v.split(',').map((s) => s.trim());
    const ipOrCidr = /^([0-9a-f.:]+)(\/\d{1,3})?$/;
    return items.every((i) => ipOrCidr.test(i))
      ? items
      : fail('must be false, true, a hop count, or a comma-separated list of proxy IPs/CIDRs');
  },
};

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const configSchema = {
  NODE_ENV: {
    description: 'Runtime mode; production turns off developer conveniences.',
    example: 'development',
    default: 'development',
    parse: rules.oneOf(['development', 'test', 'production'] as const),
  },
  HOST: {
    description: 'Interface the API listens on (0.0.0.0 in containers).',
    example: '127.0.0.1',
    default: '127.0.0.1',
    parse: rules.string(),
  },
  PORT: {
    description: 'HTTP port of the API (0 picks a free port).',
    example: '3000',
    default: 3000,
    parse: rules.integer(0, 65535),
  },
  DATABASE_URL: {
    description:
      'PostgreSQL connection URL. When empty, `npm start` runs an embedded PostgreSQL under DATA_DIR.',
    example: 'postgres://passerelle:secret@localhost:5432/passerelle',
    parse: rules.url(['postgres', 'postgresql']),
  },
  DATABASE_POOL_SIZE: {
    description: 'Maximum connections per process in the database pool.',
    example: '10',
    default: 10,
    parse: rules.integer(1, 200),
  },
  DATA_DIR: {
    description: 'Folder for local state: embedded database, mailbox files. Git-ignored.',
    example: '.data',
    default: '.data',
    parse: rules.string(),
  },
  LOG_LEVEL: {
    description: 'Minimum level written to the JSON log.',
    example: 'info',
    default: 'info',
    parse: rules.oneOf(LOG_LEVELS),
  },
  CORS_ORIGINS: {
    description: 'Comma-separated browser origins allowed to call the API (empty: none).',
    example: 'https://passerelle.example.org,http://localhost:5173',
    default: [] as string[],
    parse: rules.originList(),
  },
  BODY_LIMIT_BYTES: {
    description: 'Largest request body accepted; larger ones get 413.',
    example: '1048576',
    default: 1_048_576,
    parse: rules.integer(1024, 50 * 1_048_576),
  },
  IMPORT_MAX_BYTES: {
    description:
      'Largest file accepted by the catalogue import (CSV, XLSX, HSDS JSON); larger ones get 413 and change nothing.',
    example: '10485760',
    default: 10 * 1_048_576,
    parse: rules.integer(1024, 100 * 1_048_576),
  },
  TRUST_PROXY: {
    description:
      'Which proxies may set X-Forwarded-For: false, true, a hop count, or proxy IPs/CIDRs.',
    example: 'false',
    default: false,
    parse: rules.trustProxy(),
  },
  PUBLIC_URL: {
    description:
      'Base URL people reach the platform at (e-mail links, sitemap, canonical links). Unset: http://HOST:PORT (localhost for 0.0.0.0 or ::).',
    example: 'https://passerelle.example.org',
    // Empty stands for "derived from HOST and PORT" (parseConfig fills it in).
    default: '',
    parse: rules.url(['http', 'https']),
  },
  JWT_SECRET: {
    description:
      'HMAC key (32+ characters) signing access tokens. Required in production; `npm start` makes one under DATA_DIR.',
    example: 'change-me-to-64-random-characters-change-me-to-64-random-characters',
    parse: rules.string({ minLength: 32 }),
  },
  ACCESS_TOKEN_TTL_SECONDS: {
    description: 'Lifetime of an access token.',
    example: '900',
    default: 900,
    parse: rules.integer(60, 3600),
  },
  REFRESH_TOKEN_TTL_DAYS: {
    description: 'Lifetime of a sign-in session without use (its refresh token).',
    example: '30',
    default: 30,
    parse: rules.integer(1, 365),
  },
  AUTH_IP_LIMIT_PER_MINUTE: {
    description:
      'Sign-in, sign-up, reset and verification requests allowed per client IP per minute.',
    example: '20',
    default: 20,
    parse: rules.integer(1, 10_000),
  },
  AUTH_ACCOUNT_LIMIT_PER_MINUTE: {
    description: 'Sign-in and reset attempts allowed per e-mail address per minute.',
    example: '5',
    default: 5,
    parse: rules.integer(1, 1_000),
  },
  PUBLIC_CACHE_MAX_AGE_SECONDS: {
    description:
      'max-age of public API answers (Cache-Control: public); every public GET also has an ETag for If-None-Match.',
    example: '60',
    default: 60,
    parse: rules.integer(0, 86_400),
  },
  PUBLIC_API_ANONYMOUS_LIMIT_PER_MINUTE: {
    description:
      'Public API requests (/api/…) allowed per minute per client IP without an API key.',
    example: '120',
    default: 120,
    parse: rules.integer(1, 1_000_000),
  },
  PUBLIC_API_KEY_LIMIT_PER_MINUTE: {
    description: 'Public API requests allowed per minute per partner API key.',
    example: '1200',
    default: 1200,
    parse: rules.integer(1, 1_000_000),
  },
  SMTP_URL: {
    description:
      'SMTP server for e-mail (smtp:// or smtps://). Empty: messages are written as .eml files under DATA_DIR/mail.',
    example: 'smtps://user:password@smtp.example.org:465',
    parse: rules.url(['smtp', 'smtps']),
  },
  MAIL_FROM: {
    description: 'Sender of the e-mails the platform sends.',
    example: 'Passerelle <no-reply@passerelle.example.org>',
    default: 'Passerelle <no-reply@passerelle.localhost>',
    parse: rules.string(),
  },
  DEADLINE_REMINDER_DAYS: {
    description:
      'Days before the deadline of a saved offer when its entrepreneur is e-mailed a reminder (one e-mail per offer and threshold).',
    example: '14,3',
    default: [3, 14],
    parse: rules.integerList(1, 90),
  },
  ADMIN_PASSWORD: {
    description: 'Only read by `npm run admin:create` when no password is piped on stdin.',
    example: 'a-long-admin-passphrase',
    parse: rules.string({ minLength: 8 }),
  },
  MEILI_URL: {
    description:
      'Meilisearch server (http:// or https://). Empty: search runs on PostgreSQL full-text search.',
    example: 'http://localhost:7700',
    parse: rules.url(['http', 'https']),
  },
  MEILI_API_KEY: {
    description: 'Meilisearch key with rights on the index (the master key in development).',
    example: 'a-long-random-key',
    parse: rules.string({ minLength: 16 }),
  },
  MEILI_INDEX: {
    description: 'Name of the Meilisearch index holding the offers.',
    example: 'offers',
    default: 'offers',
    parse: rules.string(),
  },
  METRICS_PORT: {
    description:
      'Port of a separate HTTP server answering GET /metrics on HOST (0 picks a free port). Empty: none.',
    example: '9464',
    parse: rules.integer(0, 65535),
  },
  METRICS_TOKEN: {
    description:
      'Bearer token (32+ characters) opening GET /metrics on the API port, and asked on METRICS_PORT too. Empty: /metrics on the API port answers 404.',
    example: 'change-me-to-a-long-random-metrics-token',
    parse: rules.string({ minLength: 32 }),
  },
  OPEN_DATA_LICENCE_NAME: {
    description:
      'Licence of the open-data exports (HSDS data package, CSV), as named on /donnees-ouvertes.',
    example: 'Licence Ouverte 2.0 / Etalab',
    default: 'Licence Ouverte 2.0 / Etalab',
    parse: rules.string(),
  },
  OPEN_DATA_LICENCE_URL: {
    description: 'Address of the text of the open-data licence.',
    example: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    default: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    parse: rules.url(['http', 'https']),
  },
  EXCHANGE_RATES_FILE: {
    description:
      'JSON file of euro exchange rates with their date (units per euro), for the "≈ … €" shown beside amounts in other currencies. Checked at start.',
    example: 'config/exchange-rates.json',
    default: 'config/exchange-rates.json',
    parse: rules.string(),
  },
} satisfies Record<string, VariableSpec<unknown>>;

/** Rules across variables, checked after each variable parsed on its own. */
export const crossRules: ReadonlyArray<{
  variable: string;
  rule: string;
  violated: (c: Record<string, unknown>) => boolean;
}> = [
  {
    variable: 'JWT_SECRET',
    rule: 'is required when NODE_ENV=production',
    violated: (c) => c.NODE_ENV === 'production' && !c.JWT_SECRET,
  },
  {
    variable: 'METRICS_PORT',
    rule: 'must differ from PORT: metrics are served apart from the public port',
    violated: (c) =>
      c.METRICS_PORT !== undefined && c.METRICS_PORT !== 0 && c.METRICS_PORT === c.PORT,
  },
];

export type ConfigSchema = typeof configSchema;
export type ConfigKey = keyof ConfigSchema;
