import type { Logger } from 'pino';
import type { WebchatHistory, WebchatHistoryRow } from '../../src/store/webchat-history.ts';
import type { MessageFrame, ServerFrame } from './protocol.ts';

/** One live connection of a visitor (a WebSocket or an SSE stream). */
export interface Connection {
  readonly address: string;
  /** The last server message id sent on this connection; frames only ever go out in id order. */
  cursor: number;
  send(frame: ServerFrame): void;
  close(reason: string): void;
}

const PAGE = 500;
/** A first load shows this many of the newest messages. */
const RECENT = 300;

export function toFrame(row: WebchatHistoryRow, address: string): MessageFrame {
  const frame: MessageFrame = { type: 'message', id: row.id, dir: row.direction, text: row.body, at: row.created_at };
  const prefix = `${address}:`;
  if (row.direction === 'in' && row.external_id?.startsWith(prefix)) frame.cid = row.external_id.slice(prefix.length);
  return frame;
}

/**
 * Who is connected, and what each connection has been sent. A change for a visitor ("poke") makes
 * every connection of theirs read the messages table after its cursor: frames go out in id order,
 * complete, whatever order replies were sent in, and a reconnect resumes from the client's cursor.
 */
export function createHub(history: WebchatHistory, log: Logger) {
  const byAddress = new Map<string, Set<Connection>>();
  const dirty = new Set<string>();
  let flushing = false;
  let total = 0;

  const catchUp = (conn: Connection) => {
    for (let page = 0; page < 100; page++) {
      const rows = history.after(conn.address, conn.cursor, PAGE);
      for (const row of rows) conn.send(toFrame(row, conn.address));
      if (rows.length) conn.cursor = rows[rows.length - 1]!.id;
      if (rows.length < PAGE) return;
    }
  };

  const flush = () => {
    flushing = false;
    const addresses = [...dirty];
    dirty.clear();
    for (const address of addresses) {
      for (const conn of byAddress.get(address) ?? []) {
        try {
          catchUp(conn);
        } catch (err) {
          log.error({ err }, 'webchat: could not read history for a live connection');
          conn.close('error');
        }
      }
    }
  };

  return {
    count: (address: string) => byAddress.get(address)?.size ?? 0,
    get size() {
      return total;
    },
    /**
     * Registers a connection and sends what it has not seen (after `after`; 0: the recent conversation),
     * then `ready`. Synchronous, so no message can slip between the history read and live frames.
     */
    open(conn: Connection, after: number) {
      conn.cursor = after > 0 ? after : history.recentCursor(conn.address, RECENT);
      let set = byAddress.get(conn.address);
      if (!set) byAddress.set(conn.address, (set = new Set()));
      if (!set.has(conn)) total++;
      set.add(conn);
      catchUp(conn);
      conn.send({ type: 'ready', cursor: conn.cursor });
    },
    remove(conn: Connection) {
      const set = byAddress.get(conn.address);
      if (!set) return;
      if (set.delete(conn)) total--;
      if (set.size === 0) byAddress.delete(conn.address);
    },
    /**
     * Something changed for this visitor: their connections catch up on the next turn (coalesced).
     * With `messageId`, only when some connection has not been sent that message yet.
     */
    poke(address: string, messageId?: number) {
      const set = byAddress.get(address);
      if (!set) return;
      if (messageId !== undefined && [...set].every((c) => c.cursor >= messageId)) return;
      dirty.add(address);
      if (!flushing) {
        flushing = true;
        setImmediate(flush);
      }
    },
    /** A text with no stored message: live connections only. */
    notice(address: string, text: string, at: number): number {
      const set = byAddress.get(address);
      for (const conn of set ?? []) conn.send({ type: 'notice', text, at });
      return set?.size ?? 0;
    },
    closeAll(reason: string) {
      for (const set of byAddress.values()) for (const conn of set) conn.close(reason);
      byAddress.clear();
      total = 0;
    },
  };
}

export type Hub = ReturnType<typeof createHub>;
