import type { OutboundMessage, SendResult } from '../../src/channel.ts';
import type { WebchatHistory } from '../../src/store/webchat-history.ts';
import type { Hub } from './hub.ts';

/**
 * An operator's reply from the outbox. The message is already in the messages table (it was stored
 * with its outbox row), and that table is what visitors read: live connections catch up now, and a
 * visitor who is away reads it on their next connection. So the send succeeds once it is stored.
 */
export function sendToVisitor(hub: Hub, history: WebchatHistory, msg: OutboundMessage, now: number): SendResult {
  const messageId = history.messageOfOutbox(msg.id);
  if (messageId === null) hub.notice(msg.to, msg.text, now);
  else hub.poke(msg.to, messageId); // usually already shown: replies reach live visitors on commit
  return { externalId: `webchat-out-${msg.id}`, status: 'sent' };
}
