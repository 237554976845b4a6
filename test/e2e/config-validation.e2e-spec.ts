import { runNode } from '../support/spawn-node';

describe('configuration is validated at boot', () => {
  it.each([
    'dist/apps/api/src/main.js',
    'dist/apps/worker/src/main.js',
    'dist/apps/platform/src/main.js',
  ])('%s stops with every bad variable and its rule', async (script) => {
    const res = await runNode(script, {
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://localhost/passerelle',
      CORS_ORIGINS: 'https://ok.test,not-an-origin',
    });
    expect(res.code).toBe(78);
    expect(res.stderr).toContain('Invalid configuration');
    expect(res.stderr).toContain('PORT: must be an integer between 0 and 65535');
    expect(res.stderr).toContain(
      'LOG_LEVEL: must be one of: fatal, error, warn, info, debug, trace, silent',
    );
    expect(res.stderr).toContain('DATABASE_URL: must use the postgres or postgresql scheme');
    expect(res.stderr).toContain('CORS_ORIGINS: must be a comma-separated list of origins');
    expect(res.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('a bad exchange-rate file stops the start like a bad variable', async () => {
    const res = await runNode('dist/apps/api/src/main.js', {
      DATABASE_URL: 'postgres://localhost:1/none',
      EXCHANGE_RATES_FILE: 'config/no-such-rates.json',
    });
    expect(res.code).toBe(78);
    expect(res.stderr).toContain(
      'EXCHANGE_RATES_FILE: cannot read config/no-such-rates.json (ENOENT)',
    );
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('the API alone requires DATABASE_URL', async () => {
    const res = await runNode('dist/apps/api/src/main.js', { PORT: '0' });
    expect(res.code).toBe(78);
    expect(res.stderr).toContain('DATABASE_URL: is required');
  });
});
