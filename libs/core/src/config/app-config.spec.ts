import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigValidationError, parseConfig } from './app-config';
import { configSchema } from './config.schema';

describe('parseConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: '.data',
      CORS_ORIGINS: [],
      BODY_LIMIT_BYTES: 1_048_576,
      TRUST_PROXY: false,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('parses typed values', () => {
    const config = parseConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://a.test, http://localhost:5173',
      TRUST_PROXY: '10.0.0.0/8,127.0.0.1',
      DATABASE_URL: 'postgresql://u:p@db:5432/passerelle',
    });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://a.test', 'http://localhost:5173']);
    expect(config.TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(parseConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
  });

  it('reports every bad variable with its rule at once', () => {
    let error: unknown;
    try {
      parseConfig({
        PORT: '70000',
        NODE_ENV: 'prod',
        BODY_LIMIT_BYTES: '1.5',
        CORS_ORIGINS: 'https://a.test/path',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['BODY_LIMIT_BYTES', 'CORS_ORIGINS', 'NODE_ENV', 'PORT']);
    expect((error as Error).message).toContain(
      'NODE_ENV: must be one of: development, test, production',
    );
  });

  it.each([
    ['DATABASE_URL', 'not a url', 'must be a URL'],
    ['TRUST_PROXY', 'everyone', 'must be false, true, a hop count'],
    ['PORT', '-1', 'between 0 and 65535'],
  ])('%s=%s → %s', (name, value, rule) => {
    expect(() => parseConfig({ [name]: value })).toThrow(rule);
  });

  it.each([
    [{}, 'http://127.0.0.1:3000'],
    [{ PORT: '8080' }, 'http://127.0.0.1:8080'],
    [{ HOST: '0.0.0.0', PORT: '4000' }, 'http://localhost:4000'],
    [{ HOST: '::1', PORT: '4000' }, 'http://[::1]:4000'],
    [
      { PORT: '4000', PUBLIC_URL: 'https://passerelle.example.org' },
      'https://passerelle.example.org',
    ],
  ])('PUBLIC_URL for %j is %s: links reach the server that sent them', (env, url) => {
    expect(parseConfig(env).PUBLIC_URL).toBe(url);
  });

  it('metrics: off by default, a separate port apart from PORT, a long token', () => {
    const config = parseConfig({});
    expect(config.METRICS_PORT).toBeUndefined();
    expect(config.METRICS_TOKEN).toBeUndefined();
    expect(parseConfig({ METRICS_PORT: '9464' }).METRICS_PORT).toBe(9464);
    expect(parseConfig({ PORT: '0', METRICS_PORT: '0' }).METRICS_PORT).toBe(0);
    expect(() => parseConfig({ PORT: '8080', METRICS_PORT: '8080' })).toThrow(
      'METRICS_PORT: must differ from PORT',
    );
    expect(() => parseConfig({ METRICS_TOKEN: 'short' })).toThrow('at least 32 characters');
  });

  it('DEADLINE_REMINDER_DAYS: distinct days, smallest first; anything else stops the boot', () => {
    expect(parseConfig({}).DEADLINE_REMINDER_DAYS).toEqual([3, 14]);
    expect(parseConfig({ DEADLINE_REMINDER_DAYS: '14, 7,3,7' }).DEADLINE_REMINDER_DAYS).toEqual([
      3, 7, 14,
    ]);
    for (const bad of ['0,3', '3,x', '3;14', '91'])
      expect(() => parseConfig({ DEADLINE_REMINDER_DAYS: bad })).toThrow('DEADLINE_REMINDER_DAYS');
  });

  it('.env.example documents every variable of the schema, and only those', () => {
    const example = readFileSync(path.resolve(__dirname, '../../../../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(configSchema).sort());
  });
});
