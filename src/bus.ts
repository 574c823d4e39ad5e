import { EventEmitter } from 'node:events';

/** In-process live events, published after commit; the inbox and web chat subscribe. */
export type LiveEvent =
  | { type: 'message.created'; ticketId: number; messageId: number; direction: 'in' | 'out' | 'note'; ticketCreated: boolean; urgent: boolean }
  | { type: 'message.status'; ticketId: number; messageId: number; status: string }
  | { type: 'ticket.updated'; ticketId: number; fields: string[] };

export interface Bus {
  publish(event: LiveEvent): void;
  subscribe(listener: (event: LiveEvent) => void): () => void;
}

export function createBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(event) {
      // A subscriber's failure must not undo or block intake, which has already committed.
      for (const listener of emitter.listeners('event')) {
        try {
          (listener as (e: LiveEvent) => void)(event);
        } catch {
          /* subscribers log their own errors */
        }
      }
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
  };
}
