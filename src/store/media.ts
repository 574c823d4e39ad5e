import type { Db } from '../db/client.ts';

export interface MediaRow {
  id: string;
  content_type: string;
  size: number;
  created_at: number;
}

/** Facts about stored media files; the bytes live on disk (src/media/media-store.ts). */
export function createMediaRows(db: Db) {
  const c = db.$client;
  const insert = c.prepare<[string, string, number, number]>(
    'INSERT INTO media (id, content_type, size, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const get = c.prepare<[string], MediaRow>('SELECT id, content_type, size, created_at FROM media WHERE id = ?');
  return {
    insert: (row: { id: string; contentType: string; size: number; now: number }) => void insert.run(row.id, row.contentType, row.size, row.now),
    get: (id: string) => get.get(id),
  };
}
