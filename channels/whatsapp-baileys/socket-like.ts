import type { AuthenticationState, BaileysEventMap, WAMessage } from '@whiskeysockets/baileys';
import type { Logger } from 'pino';

/** The events the adapter listens to. */
export type WaEvents = Pick<BaileysEventMap, 'connection.update' | 'creds.update' | 'messages.upsert' | 'messages.update' | 'lid-mapping.update'>;

/**
 * The part of a Baileys socket the adapter uses. The real one (socket.ts) connects to WhatsApp; tests
 * hand in a fake that emits real proto messages, so the adapter's logic runs without a server.
 */
export interface WaSocketLike {
  ev: { on<K extends keyof WaEvents>(event: K, listener: (arg: WaEvents[K]) => void): void };
  readonly user?: { id: string; lid?: string | undefined } | undefined;
  sendMessage(jid: string, content: { text: string }): Promise<WAMessage | undefined>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  logout(msg?: string): Promise<void>;
  end(error: Error | undefined): void;
  /** Asks the sender's phone to upload media again when the CDN copy expired. */
  updateMediaMessage?(message: WAMessage): Promise<WAMessage>;
  /** Baileys' own LID → phone mapping, when it knows one. */
  pnForLid?(lid: string): Promise<string | null>;
}

export type WaSocketFactory = (auth: AuthenticationState, log: Logger) => WaSocketLike;
