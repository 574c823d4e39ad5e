import makeWASocket, { Browsers, makeCacheableSignalKeyStore, type AuthenticationState } from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import type { WaSocketLike } from './socket-like.ts';

/**
 * The one place a real Baileys socket is made (it connects to WhatsApp at construction). Tests pass a
 * fake WaSocketFactory, or point this one at a loopback WebSocket (`waWebSocketUrl`), never at WhatsApp.
 */
export function createBaileysSocket(auth: AuthenticationState, log: Logger, options: { waWebSocketUrl?: string } = {}): WaSocketLike {
  // Baileys logs protocol detail at debug level, some of it message content: keep it to warnings.
  const logger = log.child({ module: 'baileys' }, { level: log.isLevelEnabled('warn') ? 'warn' : 'silent' });
  const sock = makeWASocket({
    auth: { creds: auth.creds, keys: makeCacheableSignalKeyStore(auth.keys, logger) },
    logger,
    browser: Browsers.ubuntu('Köprü'),
    // Not "online": the phone keeps its notifications, so staff still see chats on the phone.
    markOnlineOnConnect: false,
    // Old chats are not new tickets: do not pull history into intake.
    syncFullHistory: false,
    shouldSyncHistoryMessage: () => false,
    getMessage: async () => undefined,
    ...(options.waWebSocketUrl ? { waWebSocketUrl: options.waWebSocketUrl } : {}),
  });
  return {
    ev: sock.ev,
    get user() {
      return sock.user;
    },
    sendMessage: (jid, content) => sock.sendMessage(jid, content),
    requestPairingCode: (phone) => sock.requestPairingCode(phone),
    logout: (msg) => sock.logout(msg),
    end: (error) => sock.end(error),
    updateMediaMessage: (message) => sock.updateMediaMessage(message),
    pnForLid: (lid) => sock.signalRepository.lidMapping.getPNForLID(lid),
  };
}
