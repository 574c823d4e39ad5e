/**
 * The web chat wire protocol, shared by the server and the browser client (types only, so the
 * client bundle stays small). The same JSON frames travel over the WebSocket and the SSE fallback.
 */

export type Topic = 'kadin' | 'cocuk' | 'yasli' | 'engelli' | 'sehit_gazi' | 'genel';

/** Client → server. */
export type ClientFrame =
  /** First frame on a WebSocket: who the visitor is and the last server message id it holds (0: all). */
  | { type: 'hello'; token: string; after?: number }
  /** `cid` is made by the client, so a resend after a reconnect is recognised and stored once. */
  | { type: 'message'; cid: string; text: string; name?: string; topic?: Topic; lang?: string };

export interface MessageFrame {
  type: 'message';
  /** Server message id: increasing; the client resumes after the last one it saw. */
  id: number;
  /** `in`: written by the visitor; `out`: an operator's reply. */
  dir: 'in' | 'out';
  text: string;
  /** Epoch milliseconds. */
  at: number;
  /** The client's id of a visitor's message, so the tab that wrote it can match it. */
  cid?: string;
}

export type ErrorCode =
  | 'invalid_frame'
  | 'not_ready'
  | 'empty'
  | 'too_long'
  | 'rate_limited'
  | 'conversation_limit'
  | 'too_many_connections'
  | 'unavailable';

/** Server → client. */
export type ServerFrame =
  | MessageFrame
  /** History up to now has been sent; live frames follow. */
  | { type: 'ready'; cursor: number }
  /** A visitor's message is stored (committed): `id` is its server id. */
  | { type: 'ack'; cid: string; id: number }
  | { type: 'error'; code: ErrorCode; cid?: string; max?: number }
  /** An outbound text with no stored message (an automatic notice), shown but not kept in history. */
  | { type: 'notice'; text: string; at: number };

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;
export const CID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;
export const MAX_NAME_CHARS = 80;
