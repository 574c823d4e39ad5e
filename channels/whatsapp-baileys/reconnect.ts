import { DisconnectReason } from '@whiskeysockets/baileys';

export type ReconnectDecision =
  /** WhatsApp asks for a fresh socket (after pairing, after a stream restart). */
  | { action: 'reconnect'; delayMs: number; reason: string }
  /** The session is gone: forget it and offer pairing again. */
  | { action: 'repair'; reason: string }
  /** Do not come back by ourselves. */
  | { action: 'stop'; reason: string };

const MAX_BACKOFF_MS = 5 * 60_000;
/** Unpaired, the only cost of coming back is a fresh QR: keep the admin page supplied. */
const MAX_UNPAIRED_BACKOFF_MS = 30_000;

/** The status code Baileys puts on a close (a Boom's output.statusCode), or undefined. */
export function disconnectCode(error: unknown): number | undefined {
  const output = (error as { output?: { statusCode?: unknown } } | undefined)?.output;
  return typeof output?.statusCode === 'number' ? output.statusCode : undefined;
}

/**
 * What to do after the socket closed, by reason. `attempt` counts failures since the last open
 * connection (1 for the first); `random` spreads reconnects so a fleet does not come back in step.
 */
export function decideReconnect(code: number | undefined, attempt: number, options: { paired: boolean; random?: () => number }): ReconnectDecision {
  switch (code) {
    case DisconnectReason.restartRequired:
      return { action: 'reconnect', delayMs: 0, reason: 'restart required' };
    case DisconnectReason.loggedOut:
      return { action: 'repair', reason: 'logged out from the phone' };
    case DisconnectReason.multideviceMismatch:
      return { action: 'repair', reason: 'multi-device mismatch' };
    case DisconnectReason.connectionReplaced:
      return { action: 'stop', reason: 'replaced by another WhatsApp Web session for this number' };
    case DisconnectReason.forbidden:
      return { action: 'stop', reason: 'forbidden by WhatsApp (the number may be banned or restricted)' };
    default: {
      // connection closed/lost, timed out, bad session, service unavailable, or no reason at all.
      const cap = options.paired ? MAX_BACKOFF_MS : MAX_UNPAIRED_BACKOFF_MS;
      const base = Math.min(cap, 1000 * 2 ** Math.min(Math.max(attempt - 1, 0), 16));
      const jitter = 0.5 + (options.random ?? Math.random)() / 2;
      return { action: 'reconnect', delayMs: Math.round(base * jitter), reason: reasonText(code) };
    }
  }
}

function reasonText(code: number | undefined): string {
  switch (code) {
    case DisconnectReason.connectionClosed:
      return 'connection closed';
    case DisconnectReason.connectionLost:
      return 'connection lost or timed out';
    case DisconnectReason.badSession:
      return 'bad session';
    case DisconnectReason.unavailableService:
      return 'WhatsApp service unavailable';
    default:
      return code === undefined ? 'connection ended' : `connection ended (${code})`;
  }
}
