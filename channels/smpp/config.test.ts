import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('smpp and twilio settings', () => {
  it.each([
    ['nothing set: channels off', {}, { smpp: undefined, twilio: undefined }],
    ['SMPP_HOST without SMPP_SYSTEM_ID', { SMPP_HOST: 'smsc.example' }, 'SMPP_SYSTEM_ID'],
    ['Twilio SID without token', { TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}` }, 'TWILIO_AUTH_TOKEN'],
    ['Twilio without a sender', { TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`, TWILIO_AUTH_TOKEN: 't' }, 'TWILIO_FROM'],
    ['a malformed SID', { TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 't' }, 'TWILIO_ACCOUNT_SID'],
    ['SMPP_WINDOW out of range', { SMPP_HOST: 'h', SMPP_SYSTEM_ID: 's', SMPP_WINDOW: '0' }, 'SMPP_WINDOW'],
    ['SMPP_LINKS not JSON', { SMPP_HOST: 'h', SMPP_SYSTEM_ID: 's', SMPP_LINKS: '[{' }, 'SMPP_LINKS'],
  ])('%s', (_l, env, expected) => {
    if (typeof expected === 'string') {
      try {
        loadConfig({ NODE_ENV: 'test', ...env });
        expect.fail('should not load');
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).problems.map((p) => p.variable)).toContain(expected);
      }
    } else {
      const c = loadConfig({ NODE_ENV: 'test', ...env });
      expect({ smpp: c.channels.smpp, twilio: c.channels.twilio }).toEqual(expected);
    }
  });

  it('one SMSC link per operator: SMPP_* plus SMPP_LINKS entries, each its own channel', () => {
    const c = loadConfig({
      NODE_ENV: 'test',
      SMPP_HOST: 'smsc.turkcell.example',
      SMPP_SYSTEM_ID: 'kopru',
      SMPP_PASSWORD: 'p1',
      SMPP_TPS: '20',
      SMPP_LINKS: JSON.stringify([{ name: 'vodafone', host: 'smsc.vodafone.example', port: 3550, tls: true, systemId: 'k2', password: 'p2' }]),
    });
    const links = c.channels.smpp!.links;
    expect(links.map((l) => [l.name, l.host, l.port, l.tls, l.systemId, l.tps])).toEqual([
      ['smpp', 'smsc.turkcell.example', 2775, false, 'kopru', 20],
      ['smpp:vodafone', 'smsc.vodafone.example', 3550, true, 'k2', 20],
    ]);
  });
});
