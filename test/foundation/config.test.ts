import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('config', () => {
  it('has working defaults for a first start', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8183, databasePath: './data/kopru.db', env: 'development', threadIdleDays: 7, ticketPrefix: '183' });
  });

  it('lists every problem at once, naming the variable and what was expected', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', THREAD_IDLE_DAYS: '0', LOG_LEVEL: 'loud', PUBLIC_URL: 'not a url', DATA_KEY: 'short-secret-value' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = error!.problems.map((p) => p.variable).sort();
    expect(variables).toEqual(['DATA_KEY', 'LOG_LEVEL', 'PORT', 'PUBLIC_URL', 'THREAD_IDLE_DAYS']);
    expect(error!.message).toContain('PORT: expected a whole number from 1 to 65535, got "eighty"');
    // A wrong secret is never echoed back.
    expect(error!.message).not.toContain('short-secret-value');
  });

  it('refuses to start in production without DATA_KEY', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATA_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', DATA_KEY: 'a'.repeat(64) }).dataKey).toBe('a'.repeat(64));
  });

  it.each([
    ['DATABASE_URL', 'file:/var/lib/kopru/kopru.db', { databasePath: '/var/lib/kopru/kopru.db' }],
    ['PUBLIC_URL', 'https://hat.example.gov.tr/', { publicUrl: 'https://hat.example.gov.tr' }],
    ['TRUST_PROXY', 'yes', { trustProxy: true }],
  ])('%s=%s', (key, value, expected) => {
    expect(loadConfig({ [key]: value })).toMatchObject(expected);
  });
});
