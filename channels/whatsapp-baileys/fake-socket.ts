import { EventEmitter } from 'node:events';
import { proto, type AuthenticationState, type WAMessage } from '@whiskeysockets/baileys';
import type { WaEvents, WaSocketFactory, WaSocketLike } from './socket-like.ts';

/**
 * A stand-in for a Baileys socket: the test emits the events a real socket would (with real proto
 * messages) and sees what the adapter sent. No WhatsApp server, no network.
 */
export class FakeWaSocket implements WaSocketLike {
  private readonly emitter = new EventEmitter();
  readonly ev = { on: <K extends keyof WaEvents>(event: K, listener: (arg: WaEvents[K]) => void) => void this.emitter.on(event, listener) };
  user: { id: string } | undefined;
  readonly sent: Array<{ jid: string; text: string; id: string }> = [];
  readonly pairingRequests: string[] = [];
  ended = false;
  loggedOut = false;
  /** Make the next sends fail like a dropped connection. */
  failSends = false;
  private seq = 0;

  constructor(readonly auth: AuthenticationState) {}

  emit<K extends keyof WaEvents>(event: K, arg: WaEvents[K]): void {
    this.emitter.emit(event, arg);
  }

  async sendMessage(jid: string, content: { text: string }): Promise<WAMessage> {
    if (this.failSends) throw Object.assign(new Error('Connection Closed'), { output: { statusCode: 428 } });
    const id = `3EB0OUT${String(++this.seq).padStart(4, '0')}`;
    this.sent.push({ jid, text: content.text, id });
    return proto.WebMessageInfo.fromObject({ key: { remoteJid: jid, fromMe: true, id }, message: { conversation: content.text }, status: 'PENDING' }) as WAMessage;
  }

  async requestPairingCode(phone: string): Promise<string> {
    this.pairingRequests.push(phone);
    return 'KOPR1234';
  }

  async logout(): Promise<void> {
    this.loggedOut = true;
  }

  end(): void {
    this.ended = true;
  }
}

export function fakeSocketFactory(): { create: WaSocketFactory; sockets: FakeWaSocket[]; last(): FakeWaSocket } {
  const sockets: FakeWaSocket[] = [];
  return {
    sockets,
    create: (auth) => {
      const s = new FakeWaSocket(auth);
      sockets.push(s);
      return s;
    },
    last: () => {
      const s = sockets.at(-1);
      if (!s) throw new Error('no socket was made');
      return s;
    },
  };
}
