import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encryptedStream, type MediaType } from '@whiskeysockets/baileys';

export interface CdnFile {
  plain: Buffer;
  mediaKey: Buffer;
  url: string;
}

/**
 * WhatsApp's media CDN on loopback: files encrypted by Baileys' own `encryptedStream` (as a sender's
 * phone does), served over HTTP, so the adapter's download goes through Baileys' real download and
 * decryption code.
 */
export async function startFakeMediaCdn(files: Record<string, { plain: Buffer; type: MediaType }>): Promise<{ files: Record<string, CdnFile>; base: string; close(): Promise<void> }> {
  const encrypted = new Map<string, Buffer>();
  const out: Record<string, CdnFile> = {};
  const server: Server = createServer((req, res) => {
    const body = encrypted.get(req.url?.slice(1) ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [name, f] of Object.entries(files)) {
    const enc = await encryptedStream(f.plain, f.type);
    encrypted.set(name, await readFile(enc.encFilePath));
    await rm(enc.encFilePath, { force: true });
    out[name] = { plain: f.plain, mediaKey: enc.mediaKey, url: `${base}/${name}` };
  }
  return {
    files: out,
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
