import * as v from 'valibot';
import { int, optionalSecret, optionalString, type Problems } from '../../src/env-helpers.ts';

/** Twilio settings: the account SID and auth token switch the channel on. */
export const twilioEnv = {
  TWILIO_ACCOUNT_SID: v.pipe(optionalString, v.check((s) => s === undefined || /^AC[0-9a-fA-F]{32}$/.test(s), 'an account SID (AC followed by 32 hex digits)')),
  TWILIO_AUTH_TOKEN: optionalSecret,
  /** The sending number (+90…) … */
  TWILIO_FROM: optionalString,
  /** … or a messaging service (MG…), which picks the number itself. */
  TWILIO_MESSAGING_SERVICE_SID: v.pipe(optionalString, v.check((s) => s === undefined || /^MG[0-9a-fA-F]{32}$/.test(s), 'a messaging service SID (MG followed by 32 hex digits)')),
  /** Messages sent per second, at most (0: no cap; Twilio queues beyond the number's rate itself). */
  TWILIO_MPS: int(10, 0, 10_000),
};

export interface TwilioConfig {
  accountSid: string;
  authToken: string;
  from: string | undefined;
  messagingServiceSid: string | undefined;
  mps: number;
}

type Env = { [K in keyof typeof twilioEnv]: v.InferOutput<(typeof twilioEnv)[K]> };

export function twilioConfig(env: Env, problems: Problems): TwilioConfig | undefined {
  if (!env.TWILIO_ACCOUNT_SID && !env.TWILIO_AUTH_TOKEN) return undefined;
  if (!env.TWILIO_ACCOUNT_SID || !env.TWILIO_AUTH_TOKEN) {
    problems.push({ variable: env.TWILIO_ACCOUNT_SID ? 'TWILIO_AUTH_TOKEN' : 'TWILIO_ACCOUNT_SID', expected: 'both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or neither' });
    return undefined;
  }
  if (!env.TWILIO_FROM && !env.TWILIO_MESSAGING_SERVICE_SID) {
    problems.push({ variable: 'TWILIO_FROM', expected: 'the sending number (+90…) or TWILIO_MESSAGING_SERVICE_SID' });
    return undefined;
  }
  return {
    accountSid: env.TWILIO_ACCOUNT_SID,
    authToken: env.TWILIO_AUTH_TOKEN,
    from: env.TWILIO_FROM,
    messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID,
    mps: env.TWILIO_MPS,
  };
}
