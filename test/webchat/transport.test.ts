import { afterEach, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../channels/webchat/protocol.ts';
import { connect, isType, newToken, startWebchat, type WebchatTest } from './helpers.ts';

/** The web chat's transports against real `ws` and HTTP clients on loopback. */
let w: WebchatTest | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const count = (w: WebchatTest, sql: string) => (w.t.deps.db.$client.prepare(sql).get() as { n: number }).n;
const firstTicket = async (w: WebchatTest) => ((await (await w.t.api('GET', '/api/tickets')).json()) as { tickets: Array<{ id: number }> }).tickets[0]!.id;
const reply = (w: WebchatTest, ticketId: number, text: string) => w.t.api('POST', `/api/tickets/${ticketId}/replies`, { text });
const messages = (frames: ServerFrame[]) => frames.filter((f): f is Extract<ServerFrame, { type: 'message' }> => f.type === 'message');
const post = (w: WebchatTest, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${w.served.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('WebSocket', () => {
  it('a message opens a ticket, the ack carries its id, a resend of the same client id is stored once', async () => {
    w = await startWebchat();
    const token = newToken();
    const a = await connect(w.served.url);
    await a.hello(token);
    a.send({ type: 'message', cid: 'msg-0001', text: 'merhaba', topic: 'engelli' });
    const ack = await a.waitFor(isType('ack'));
    a.close();
    // After a reconnect the client sends what it has not seen acknowledged again.
    const b = await connect(w.served.url);
    await b.hello(token, ack.id);
    b.send({ type: 'message', cid: 'msg-0001', text: 'merhaba' });
    expect(await b.waitFor(isType('ack'))).toEqual(ack);
    expect(count(w, 'SELECT count(*) AS n FROM messages')).toBe(1);
    expect(count(w, 'SELECT count(*) AS n FROM tickets')).toBe(1);
    expect(w.t.deps.db.$client.prepare('SELECT category FROM tickets').get()).toEqual({ category: 'engelli' });
    b.close();
  });

  it('resumes after the last id it saw: replies sent while away arrive once, in order', async () => {
    w = await startWebchat();
    const token = newToken();
    const a = await connect(w.served.url);
    await a.hello(token);
    a.send({ type: 'message', cid: 'msg-0001', text: 'ilk' });
    await a.waitFor(isType('message', (f) => f.dir === 'in'));
    const ticketId = await firstTicket(w);
    expect((await reply(w, ticketId, 'yanıt 1')).status).toBe(201);
    const first = await a.waitFor(isType('message', (f) => f.text === 'yanıt 1'));
    a.close();
    await a.closed;

    for (const text of ['yanıt 2', 'yanıt 3']) expect((await reply(w, ticketId, text)).status).toBe(201);
    // Let the outbox send them to nobody: they are stored and marked sent.
    await expect.poll(() => count(w!, `SELECT count(*) AS n FROM outbox WHERE state = 'sent'`), { timeout: 5000 }).toBe(3);

    const b = await connect(w.served.url);
    const ready = await b.hello(token, first.id);
    expect(messages(b.frames).map((f) => f.text)).toEqual(['yanıt 2', 'yanıt 3']);
    expect(ready.cursor).toBe(messages(b.frames).at(-1)!.id);
    // A page that reloads (cursor 0) gets the whole conversation, the visitor's own lines with their client ids.
    const c = await connect(w.served.url);
    await c.hello(token, 0);
    expect(messages(c.frames).map((f) => [f.dir, f.text, f.cid ?? null])).toEqual([
      ['in', 'ilk', 'msg-0001'],
      ['out', 'yanıt 1', null],
      ['out', 'yanıt 2', null],
      ['out', 'yanıt 3', null],
    ]);
    b.close();
    c.close();
  });

  it('a committed reply reaches a connected visitor at once; the outbox still sends it and marks it sent', async () => {
    w = await startWebchat({}, { outbox: false });
    const a = await connect(w.served.url);
    await a.hello(newToken());
    a.send({ type: 'message', cid: 'msg-0001', text: 'merhaba' });
    await a.waitFor(isType('ack'));
    await reply(w, await firstTicket(w), 'hemen');
    expect(await a.waitFor(isType('message', (f) => f.dir === 'out'))).toMatchObject({ text: 'hemen' });
    expect(w.t.deps.db.$client.prepare('SELECT state FROM outbox').get()).toEqual({ state: 'pending' });
    w.t.deps.outbox.start();
    await expect.poll(() => w!.t.deps.db.$client.prepare('SELECT state, provider_id FROM outbox').get(), { timeout: 5000 }).toEqual({ state: 'sent', provider_id: 'webchat-out-1' });
    await expect.poll(() => w!.t.deps.db.$client.prepare(`SELECT status FROM messages WHERE direction = 'out'`).get()).toEqual({ status: 'sent' });
    // Sending it did not show it twice.
    expect(messages(a.frames).filter((f) => f.dir === 'out')).toHaveLength(1);
    a.close();
  });

  it('a second tab of the same visitor sees the message written in the first', async () => {
    w = await startWebchat();
    const token = newToken();
    const [a, b] = [await connect(w.served.url), await connect(w.served.url)];
    await a.hello(token);
    await b.hello(token);
    a.send({ type: 'message', cid: 'tab-a-01', text: 'iki sekme' });
    expect(await b.waitFor(isType('message'))).toMatchObject({ dir: 'in', text: 'iki sekme', cid: 'tab-a-01' });
    a.close();
    b.close();
  });

  it('a token only ever reads its own conversation', async () => {
    w = await startWebchat();
    const a = await connect(w.served.url);
    await a.hello(newToken());
    a.send({ type: 'message', cid: 'secret01', text: 'özel bilgi' });
    await a.waitFor(isType('ack'));
    const stranger = await connect(w.served.url);
    await stranger.hello(newToken(), 0);
    const ticketId = await firstTicket(w);
    await reply(w, ticketId, 'yalnız ilk ziyaretçiye');
    await a.waitFor(isType('message', (f) => f.dir === 'out'));
    expect(messages(stranger.frames)).toEqual([]);
    expect((await (await post(w, '/webchat/history', { token: newToken(), after: 0 })).json()) as unknown).toEqual({ messages: [] });
    a.close();
    stranger.close();
  });

  it('operator notes never reach the visitor', async () => {
    w = await startWebchat();
    const token = newToken();
    const a = await connect(w.served.url);
    await a.hello(token);
    a.send({ type: 'message', cid: 'msg-0001', text: 'merhaba' });
    await a.waitFor(isType('ack'));
    const ticketId = await firstTicket(w);
    w.t.deps.db.$client
      .prepare(`INSERT INTO messages (ticket_id, direction, channel, body, attachments, status, created_at) VALUES (?, 'note', 'webchat', 'iç not', '[]', 'received', 0)`)
      .run(ticketId);
    await reply(w, ticketId, 'görünen yanıt');
    await a.waitFor(isType('message', (f) => f.dir === 'out'));
    const c = await connect(w.served.url);
    await c.hello(token, 0);
    expect(messages(c.frames).map((f) => f.text)).toEqual(['merhaba', 'görünen yanıt']);
    a.close();
    c.close();
  });

  it.each<[string, unknown, Partial<ServerFrame>]>([
    ['a message before hello', { type: 'message', cid: 'early001', text: 'x' }, { type: 'error', code: 'not_ready', cid: 'early001' }],
    ['not JSON', '{{{', { type: 'error', code: 'invalid_frame' }],
    ['an unknown frame', { type: 'subscribe' }, { type: 'error', code: 'invalid_frame' }],
  ])('%s is answered with an error, the connection stays usable', async (_label, frame, expected) => {
    w = await startWebchat();
    const a = await connect(w.served.url);
    a.send(frame);
    expect(await a.waitFor(isType('error'))).toEqual(expected);
    await a.hello(newToken());
    a.close();
  });

  it('a binary frame and a frame over the size limit are refused; the server keeps running', async () => {
    w = await startWebchat({ WEBCHAT_MAX_MESSAGE_CHARS: '100' });
    const a = await connect(w.served.url);
    a.ws.send(Buffer.from([1, 2, 3]));
    expect(await a.waitFor(isType('error'))).toEqual({ type: 'error', code: 'invalid_frame' });
    a.send({ type: 'message', cid: 'big00001', text: 'x'.repeat(100_000) });
    expect((await a.closed).code).toBe(1009);
    const b = await connect(w.served.url);
    await b.hello(newToken());
    b.send({ type: 'message', cid: 'long0001', text: 'y'.repeat(101) });
    expect(await b.waitFor(isType('error'))).toEqual({ type: 'error', code: 'too_long', cid: 'long0001', max: 100 });
    b.close();
  });

  it('messages per minute per visitor: over the limit is refused until the window moves on', async () => {
    w = await startWebchat({ WEBCHAT_MESSAGES_PER_MINUTE: '3' });
    const a = await connect(w.served.url);
    await a.hello(newToken());
    for (let i = 1; i <= 4; i++) a.send({ type: 'message', cid: `rate-00${i}`, text: `mesaj ${i}` });
    expect(await a.waitFor(isType('error'))).toEqual({ type: 'error', code: 'rate_limited', cid: 'rate-004' });
    w.t.clock.now += 61_000;
    a.send({ type: 'message', cid: 'rate-004', text: 'mesaj 4' });
    await a.waitFor(isType('ack', (f) => f.cid === 'rate-004'));
    expect(count(w, 'SELECT count(*) AS n FROM messages')).toBe(4);
    a.close();
  });

  it('new conversations per IP: the next new visitor from the same address is refused, known ones go on', async () => {
    w = await startWebchat({ WEBCHAT_MAX_CONVERSATIONS_PER_IP: '2' });
    const visitors = [newToken(), newToken(), newToken()];
    const frames: ServerFrame[] = [];
    for (const [i, token] of visitors.entries()) {
      const c = await connect(w.served.url);
      await c.hello(token);
      c.send({ type: 'message', cid: `conv-00${i}`, text: 'merhaba' });
      frames.push(await c.waitFor((f): f is ServerFrame => f.type === 'ack' || f.type === 'error'));
      c.close();
    }
    expect(frames.map((f) => f.type === 'error' ? f.code : 'ack')).toEqual(['ack', 'ack', 'conversation_limit']);
    // The first visitor writes again: not a new conversation.
    const again = await connect(w.served.url);
    await again.hello(visitors[0]!);
    again.send({ type: 'message', cid: 'conv-010', text: 'bir daha' });
    await again.waitFor(isType('ack'));
    expect(count(w, 'SELECT count(*) AS n FROM tickets')).toBe(2);
    again.close();
  });

  it('too many tabs of one visitor are refused', async () => {
    w = await startWebchat({ WEBCHAT_MAX_CONNECTIONS_PER_VISITOR: '2' });
    const token = newToken();
    const open = [await connect(w.served.url), await connect(w.served.url)];
    for (const c of open) await c.hello(token);
    const third = await connect(w.served.url);
    third.send({ type: 'hello', token });
    expect(await third.waitFor(isType('error'))).toEqual({ type: 'error', code: 'too_many_connections' });
    expect((await third.closed).code).toBe(1008);
    for (const c of open) c.close();
  });

  it.each([
    ['an origin that is not allowed is refused at the upgrade', 'https://evil.example', false],
    ['an allowed origin', 'https://www.aile.gov.tr', true],
  ])('%s', async (_label, origin, ok) => {
    w = await startWebchat({ WEBCHAT_ALLOWED_ORIGINS: 'https://www.aile.gov.tr' });
    if (ok) (await connect(w.served.url, { origin })).close();
    else await expect(connect(w.served.url, { origin })).rejects.toThrow('upgrade refused: 403');
  });

  it('an outbox row with no stored message (an automatic notice) goes to live connections as a notice', async () => {
    w = await startWebchat();
    const token = newToken();
    const a = await connect(w.served.url);
    await a.hello(token);
    a.send({ type: 'message', cid: 'msg-0001', text: 'merhaba' });
    await a.waitFor(isType('ack'));
    const address = (w.t.deps.db.$client.prepare(`SELECT address FROM contacts`).get() as { address: string }).address;
    w.t.deps.db.$client
      .prepare(`INSERT INTO outbox (message_id, channel, recipient, body, kind, state, attempts, next_attempt_at, created_at, updated_at) VALUES (NULL, 'webchat', ?, 'Talebiniz alındı: 183-2026-000001', 'ack', 'pending', 0, 0, 0, 0)`)
      .run(address);
    w.t.deps.outbox.kick();
    expect(await a.waitFor(isType('notice'))).toMatchObject({ text: 'Talebiniz alındı: 183-2026-000001' });
    await expect.poll(() => w!.t.deps.db.$client.prepare(`SELECT state, provider_id FROM outbox`).get(), { timeout: 5000 }).toEqual({ state: 'sent', provider_id: 'webchat-out-1' });
    a.close();
  });
});

describe('SSE + POST fallback', () => {
  async function openStream(w: WebchatTest, token: string, after = 0) {
    const ctrl = new AbortController();
    const res = await fetch(`${w.served.url}/webchat/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, after }), signal: ctrl.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const frames: ServerFrame[] = [];
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const data = buffer.slice(0, end).split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
            buffer = buffer.slice(end + 2);
            if (data) frames.push(JSON.parse(data) as ServerFrame);
          }
        }
      } catch {
        /* aborted */
      }
    })();
    return { frames, close: () => ctrl.abort() };
  }

  it('history, then live frames on the stream; messages by POST, acknowledged after commit', async () => {
    w = await startWebchat();
    const token = newToken();
    const stream = await openStream(w, token);
    await expect.poll(() => stream.frames.map((f) => f.type)).toEqual(['ready']);
    const res = await post(w, '/webchat/messages', { token, cid: 'sse-0001', text: 'akış üzerinden', lang: 'ku' });
    expect(res.status).toBe(200);
    const ack = (await res.json()) as { type: string; id: number };
    expect(ack).toEqual({ type: 'ack', cid: 'sse-0001', id: expect.any(Number) });
    // The same message again (a retry after a lost response) is stored once.
    expect(await (await post(w, '/webchat/messages', { token, cid: 'sse-0001', text: 'akış üzerinden' })).json()).toEqual(ack);
    await reply(w, await firstTicket(w), 'akışa yanıt');
    await expect.poll(() => messages(stream.frames).map((f) => f.text), { timeout: 5000 }).toEqual(['akış üzerinden', 'akışa yanıt']);
    stream.close();
    // Resume on a new stream after the last id seen: nothing again.
    const again = await openStream(w, token, messages(stream.frames).at(-1)!.id);
    await expect.poll(() => again.frames.map((f) => f.type)).toEqual(['ready']);
    again.close();
    expect(count(w, 'SELECT count(*) AS n FROM messages')).toBe(2);
  });

  it.each<[string, unknown, number, string]>([
    ['no token', { cid: 'abc12345', text: 'x' }, 400, 'invalid_frame'],
    ['a bad token', { token: 'x', cid: 'abc12345', text: 'x' }, 400, 'invalid_frame'],
    ['empty text', { token: 'T'.repeat(43), cid: 'abc12345', text: '   ' }, 400, 'empty'],
    ['text over the limit', { token: 'T'.repeat(43), cid: 'abc12345', text: 'x'.repeat(2001) }, 400, 'too_long'],
    ['not an object', [1, 2], 400, 'invalid_frame'],
  ])('POST /webchat/messages with %s → %i %s', async (_label, body, status, code) => {
    w ??= await startWebchat();
    const res = await post(w, '/webchat/messages', body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(count(w, 'SELECT count(*) AS n FROM messages')).toBe(0);
  });

  it('a body far over the limit is refused before it is read', async () => {
    w = await startWebchat();
    const res = await post(w, '/webchat/messages', { token: 'T'.repeat(43), cid: 'abc12345', text: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
  });

  it('rate limits answer 429 with Retry-After', async () => {
    w = await startWebchat({ WEBCHAT_MESSAGES_PER_MINUTE: '1' });
    const token = newToken();
    expect((await post(w, '/webchat/messages', { token, cid: 'rate-001', text: 'bir' })).status).toBe(200);
    const res = await post(w, '/webchat/messages', { token, cid: 'rate-002', text: 'iki' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it('cross-origin: allowed origins get CORS headers, others a 403 and nothing stored', async () => {
    w = await startWebchat({ WEBCHAT_ALLOWED_ORIGINS: 'https://www.aile.gov.tr' });
    const preflight = await fetch(`${w.served.url}/webchat/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.aile.gov.tr', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.aile.gov.tr');
    const ok = await post(w, '/webchat/messages', { token: newToken(), cid: 'cors-001', text: 'izinli' }, { origin: 'https://www.aile.gov.tr' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://www.aile.gov.tr');
    // text/plain skips the preflight: the server itself must refuse.
    const evil = await fetch(`${w.served.url}/webchat/messages`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: JSON.stringify({ token: newToken(), cid: 'cors-002', text: 'izinsiz' }),
    });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(count(w, 'SELECT count(*) AS n FROM messages')).toBe(1);
  });
});

describe('pages and the script', () => {
  it('widget.js: gzip, cacheable, loadable from another origin, ≤ 30 KB on the wire', async () => {
    w = await startWebchat();
    const res = await fetch(`${w.served.url}/webchat/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(Number(res.headers.get('content-length') ?? (await res.clone().arrayBuffer()).byteLength)).toBeLessThanOrEqual(30 * 1024);
    const etag = res.headers.get('etag')!;
    expect((await fetch(`${w.served.url}/webchat/widget.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it.each([
    ['?lang=ar', {}, 'ar', 'rtl'],
    ['?lang=ku', {}, 'ku', 'ltr'],
    ['', { 'accept-language': 'ar-SA,ar;q=0.9' }, 'ar', 'rtl'],
    ['', { 'accept-language': 'en-US' }, 'tr', 'ltr'],
    ['?lang=xx', {}, 'tr', 'ltr'],
  ])('/webchat%s with %j → lang=%s dir=%s, a strict CSP', async (query, headers, lang, dir) => {
    w ??= await startWebchat();
    const res = await fetch(`${w.served.url}/webchat${query}`, { headers });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
    expect(html).toContain(`data-lang="${lang}"`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('the KVKK page is in the asked language', async () => {
    w = await startWebchat();
    const html = await (await fetch(`${w.served.url}/webchat/kvkk?lang=ku`)).text();
    expect(html).toContain('Parastina daneyên kesane');
  });

  it('health reports live connections', async () => {
    w = await startWebchat();
    const a = await connect(w.served.url);
    await a.hello(newToken());
    const health = (await (await fetch(`${w.served.url}/healthz`)).json()) as { channels: Record<string, { state: string; detail: string }> };
    expect(health.channels.webchat).toMatchObject({ state: 'up', detail: '1 live connections' });
    a.close();
  });
});
