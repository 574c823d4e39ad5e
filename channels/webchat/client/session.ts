import type { Topic } from '../protocol.ts';
import { randomId } from './dom.ts';

export interface PendingMessage {
  cid: string;
  text: string;
  name?: string;
  topic?: Topic;
  lang?: string;
  at: number;
}

interface Saved {
  token: string;
  pending: PendingMessage[];
  started: boolean;
}

const KEY = 'kopru-webchat:v1';

/**
 * What the browser keeps: the visitor token (32 random bytes), messages not yet confirmed by the
 * server (so a reload or a lost connection loses nothing), and whether the chat has begun.
 * Falls back to memory when storage is blocked (private windows, strict settings).
 */
export function loadSession() {
  let saved: Saved | null = null;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
    const raw = storage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Saved>) : null;
    if (parsed && typeof parsed.token === 'string' && /^[A-Za-z0-9_-]{22,128}$/.test(parsed.token))
      saved = { token: parsed.token, pending: Array.isArray(parsed.pending) ? parsed.pending : [], started: parsed.started === true };
  } catch {
    storage = null;
  }
  const state: Saved = saved ?? { token: randomId(32), pending: [], started: false };
  const save = () => {
    try {
      storage?.setItem(KEY, JSON.stringify(state));
    } catch {
      /* full or blocked: memory still holds it for this page */
    }
  };
  save();
  return {
    get token() {
      return state.token;
    },
    get pending(): readonly PendingMessage[] {
      return state.pending;
    },
    get started() {
      return state.started;
    },
    start() {
      if (!state.started) {
        state.started = true;
        save();
      }
    },
    add(p: PendingMessage) {
      state.pending.push(p);
      save();
    },
    /** true when it was pending. */
    settle(cid: string) {
      const before = state.pending.length;
      state.pending = state.pending.filter((p) => p.cid !== cid);
      if (state.pending.length !== before) save();
      return state.pending.length !== before;
    },
  };
}

export type Session = ReturnType<typeof loadSession>;
