import type { Logger } from 'pino';
import type { ChannelContext } from '../channel.ts';
import type { Intake } from './create-intake.ts';

/** What a channel adapter gets to hand its inbound events to intake. */
export function channelContext(intake: Intake, log: Logger): ChannelContext {
  return {
    receive: async (events) => void (await intake.receive(events)),
    receiveWith: async (work) => (await intake.receiveWith(work)).value,
    log,
  };
}
