import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { essence, kindOf, typeFromFilename } from '../../src/media/content-types.ts';
import { createMediaStore, MediaError, mediaDirFor } from '../../src/media/media-store.ts';
import { readCapped } from '../../src/media/read-capped.ts';
import { createTestContext, type TestContext } from '../harness/test-deps.ts';

let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function store(maxBytes = 1000) {
  t = createTestContext();
  return createMediaStore({ db: t.deps.db, cipher: t.deps.cipher, dir: mediaDirFor(t.dbPath), maxBytes, now: t.deps.now });
}

describe('content types', () => {
  it.each([
    ['audio/ogg; codecs=opus', 'audio/ogg', 'audio'],
    ['AUDIO/OGG', 'audio/ogg', 'audio'],
    ['audio/mp3', 'audio/mpeg', 'audio'],
    ['image/jpg', 'image/jpeg', 'image'],
    ['video/mp4', 'video/mp4', 'video'],
    ['application/pdf', 'application/pdf', 'document'],
    ['text/html', 'text/html', undefined],
    ['image/svg+xml', 'image/svg+xml', undefined],
    ['application/javascript', 'application/javascript', undefined],
    ['application/x-msdownload', 'application/x-msdownload', undefined],
  ])('%s → %s (%s)', (type, e, kind) => {
    expect(essence(type)).toBe(e);
    expect(kindOf(type)).toBe(kind);
  });

  it('guesses from the file name only for known extensions', () => {
    expect(typeFromFilename('Rapor.PDF')).toBe('application/pdf');
    expect(typeFromFilename('ses.opus')).toBe('audio/opus');
    expect(typeFromFilename('x.html')).toBeUndefined();
    expect(typeFromFilename(undefined)).toBeUndefined();
  });
});

describe('media store', () => {
  it('keeps a file once by its sha256, sealed on disk, and opens it again', async () => {
    const media = store();
    const bytes = Buffer.from('OggS sesli mesaj içeriği');
    const a = await media.put(bytes, 'audio/ogg; codecs=opus');
    const b = await media.put(bytes, 'audio/ogg');
    expect(a).toEqual({ id: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, contentType: 'audio/ogg', kind: 'audio' });
    expect(b.id).toBe(a.id);
    const dir = join(mediaDirFor(t!.dbPath), a.id.slice(0, 2), a.id.slice(2, 4));
    expect(readdirSync(dir)).toEqual([a.id]);
    expect(readFileSync(join(dir, a.id)).includes(Buffer.from('sesli'))).toBe(false);
    const opened = await media.open(a.id);
    expect(opened?.bytes.equals(bytes)).toBe(true);
    expect(opened?.contentType).toBe('audio/ogg');
    expect(t!.deps.db.$client.prepare('SELECT count(*) AS n FROM media').get()).toEqual({ n: 1 });
  });

  it('takes octet-stream documents by their file name', async () => {
    const media = store();
    expect((await media.put(Buffer.from('%PDF-1.4'), 'application/octet-stream', 'rapor.pdf')).contentType).toBe('application/pdf');
  });

  it.each([
    ['too large', Buffer.alloc(1001, 1), 'image/png', 'too_large'],
    ['empty', Buffer.alloc(0), 'image/png', 'empty'],
    ['HTML', Buffer.from('<script>alert(1)</script>'), 'text/html', 'type_not_allowed'],
    ['no type', Buffer.from('x'), undefined, 'type_not_allowed'],
  ])('refuses %s', async (_label, bytes, type, code) => {
    const media = store();
    await expect(media.put(bytes, type)).rejects.toMatchObject({ code });
    expect(t!.deps.db.$client.prepare('SELECT count(*) AS n FROM media').get()).toEqual({ n: 0 });
  });

  it('does not open unknown ids, bad ids, or a file changed on disk', async () => {
    const media = store();
    expect(await media.open('../../etc/passwd')).toBeNull();
    expect(await media.open('a'.repeat(64))).toBeNull();
    const a = await media.put(Buffer.from('JFIF'), 'image/jpeg');
    const other = createMediaStore({ db: t!.deps.db, cipher: t!.deps.cipher, dir: mediaDirFor(t!.dbPath), maxBytes: 1000 });
    await other.put(Buffer.from('JFIF-2'), 'image/jpeg');
    const path = join(mediaDirFor(t!.dbPath), a.id.slice(0, 2), a.id.slice(2, 4), a.id);
    writeFileSync(path, t!.deps.cipher.encrypt(Buffer.from('swapped').toString('base64')));
    expect(await media.open(a.id)).toBeNull();
  });
});

describe('readCapped', () => {
  async function* chunks(n: number, size: number) {
    for (let i = 0; i < n; i++) yield randomBytes(size);
  }
  it('reads under the cap and stops past it', async () => {
    expect((await readCapped(chunks(3, 100), 300)).length).toBe(300);
    await expect(readCapped(chunks(1000, 100), 250)).rejects.toBeInstanceOf(MediaError);
  });
});
