import {
  configSchema,
  crossRules,
  RuleError,
  type ConfigSchema,
  type VariableSpec,
} from './config.schema';
import { ExchangeRatesFileError, readExchangeRates } from '../money/exchange-rates';

type Parsed<S> = S extends VariableSpec<infer T> ? T : never;
type HasDefault<S> = S extends { default: unknown } ? true : false;

/** Typed, validated configuration: the only way the code reads the environment. */
export type AppConfig = {
  readonly [K in keyof ConfigSchema]: HasDefault<ConfigSchema[K]> extends true
    ? Parsed<ConfigSchema[K]>
    : Parsed<ConfigSchema[K]> | undefined;
};

export interface ConfigProblem {
  readonly variable: string;
  readonly rule: string;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  - ${p.variable}: ${p.rule}`).join('\n') +
        '\nSee .env.example for every variable and its format.',
    );
    this.name = 'ConfigValidationError';
  }
}

/** Parses every variable of the schema; reports all bad ones at once, not only the first. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const out: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const [name, spec] of Object.entries(configSchema) as [string, VariableSpec<unknown>][]) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') {
      if (spec.required) problems.push({ variable: name, rule: 'is required' });
      out[name] = spec.default;
      continue;
    }
    try {
      out[name] = spec.parse(raw.trim());
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push({ variable: name, rule: error.message });
    }
  }
  // Links in e-mails and pages must reach this very server when no public address is given.
  if (!out.PUBLIC_URL && typeof out.PORT === 'number')
    out.PUBLIC_URL = localUrl(out.HOST as string, out.PORT);
  if (problems.length === 0) {
    // The rate file is part of the configuration: a bad one stops the start, like a bad variable.
    try {
      readExchangeRates(out.EXCHANGE_RATES_FILE as string);
    } catch (error) {
      if (!(error instanceof ExchangeRatesFileError)) throw error;
      problems.push({ variable: 'EXCHANGE_RATES_FILE', rule: error.message });
    }
    for (const { variable, rule, violated } of crossRules) {
      if (violated(out)) problems.push({ variable, rule });
    }
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return Object.freeze(out) as AppConfig;
}

/** The address of a server listening on HOST:PORT, as a browser on this machine reaches it. */
export function localUrl(host: string, port: number): string {
  const name = ['0.0.0.0', '::', ''].includes(host)
    ? 'localhost'
    : host.includes(':')
      ? `[${host}]`
      : host;
  return `http://${name}${port === 80 ? '' : `:${port}`}`;
}

/** Reads the real process environment (the only `process.env` access in the code base). */
export function loadConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return parseConfig({ ...process.env, ...overrides });
}

/** Entry points call this: a bad environment stops the process with a readable message. */
export function loadConfigOrExit(overrides: Record<string, string | undefined> = {}): AppConfig {
  try {
    return loadConfig(overrides);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
