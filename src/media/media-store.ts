import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { PersonalDataCipher } from '../crypto/personal-data.ts';
import type { Db } from '../db/client.ts';
import { createMediaRows } from '../store/media.ts';
import { essence, kindOf, typeFromFilename, type MediaKind } from './content-types.ts';

export interface StoredMedia {
  /** sha256 of the plain bytes, hex. */
  id: string;
  size: number;
  contentType: string;
  kind: MediaKind;
}

export interface OpenedMedia {
  bytes: Buffer;
  size: number;
  contentType: string;
}

export type MediaErrorCode = 'too_large' | 'type_not_allowed' | 'empty';

export class MediaError extends Error {
  constructor(
    readonly code: MediaErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MediaError';
  }
}

export interface MediaStore {
  readonly maxBytes: number;
  /** Checks the type and size, then keeps the file once (content-addressed). Throws MediaError. */
  put(bytes: Uint8Array, contentType: string | undefined, filename?: string): Promise<StoredMedia>;
  /** The file's bytes, or null when there is no such media (or it was tampered with). */
  open(id: string): Promise<OpenedMedia | null>;
  /** Whether a type would be accepted, so a download can be skipped before it starts. */
  accepts(contentType: string | undefined, filename?: string): string | null;
}

export interface MediaStoreOptions {
  db: Db;
  cipher: PersonalDataCipher;
  /** Folder for the files (`<data folder>/media`). */
  dir: string;
  maxBytes: number;
  now?: () => number;
}

const ID = /^[0-9a-f]{64}$/;

/** The data folder is the database's folder; an in-memory database (tests) gets a temp folder. */
export function mediaDirFor(databasePath: string): string {
  return databasePath === ':memory:' ? join(tmpdir(), `kopru-media-${process.pid}`) : join(dirname(resolve(databasePath)), 'media');
}

/**
 * Files citizens send (voice notes, photos of an injury, documents) are personal data of the most
 * sensitive kind: they are sealed with DATA_KEY on disk like every other personal field, and served
 * only behind /api auth. Named by the sha256 of the plain bytes, so a file sent twice is kept once.
 */
export function createMediaStore(options: MediaStoreOptions): MediaStore {
  const rows = createMediaRows(options.db);
  const now = options.now ?? Date.now;
  const pathOf = (id: string) => join(options.dir, id.slice(0, 2), id.slice(2, 4), id);

  const accepts = (contentType: string | undefined, filename?: string): string | null => {
    const declared = contentType ? essence(contentType) : '';
    // Providers often say octet-stream for documents; the file name then tells the type.
    const type = declared && declared !== 'application/octet-stream' ? declared : typeFromFilename(filename);
    return type && kindOf(type) ? type : null;
  };

  return {
    maxBytes: options.maxBytes,
    accepts,
    async put(bytes, contentType, filename) {
      if (bytes.byteLength === 0) throw new MediaError('empty', 'the file is empty');
      if (bytes.byteLength > options.maxBytes) throw new MediaError('too_large', `the file is larger than ${options.maxBytes} bytes`);
      const type = accepts(contentType, filename);
      if (!type) throw new MediaError('type_not_allowed', `files of type ${contentType ?? 'unknown'} are not kept`);
      const id = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(id);
      if (!(await exists(path))) {
        await mkdir(dirname(path), { recursive: true });
        // Write then rename: a crash never leaves a half file under the final name.
        const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(tmp, options.cipher.encrypt(Buffer.from(bytes).toString('base64')), { mode: 0o600 });
        await rename(tmp, path);
      }
      rows.insert({ id, contentType: type, size: bytes.byteLength, now: now() });
      return { id, size: bytes.byteLength, contentType: type, kind: kindOf(type)! };
    },
    async open(id) {
      if (!ID.test(id)) return null;
      const row = rows.get(id);
      if (!row) return null;
      let bytes: Buffer;
      try {
        bytes = Buffer.from(options.cipher.decrypt(await readFile(pathOf(id), 'utf8')), 'base64');
      } catch {
        return null;
      }
      if (createHash('sha256').update(bytes).digest('hex') !== id) return null;
      return { bytes, size: bytes.byteLength, contentType: row.content_type };
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
