import { Hono } from 'hono';
import type { AppDeps } from '../../deps.ts';
import { isInline } from '../../media/content-types.ts';
import { createMediaStore, mediaDirFor } from '../../media/media-store.ts';
import type { AuthEnv } from '../auth.ts';
import { HttpError } from '../errors.ts';

/** Files citizens sent (voice notes, photos, documents), for logged-in operators and API tokens only. */
export function mediaRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const media = createMediaStore({
    db: deps.db,
    cipher: deps.cipher,
    dir: mediaDirFor(deps.config.databasePath),
    maxBytes: deps.config.channels.media.maxBytes,
    now: deps.now,
  });

  app.get('/media/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{64}$/.test(id)) throw new HttpError(400, 'invalid_id', 'a media id is 64 lower-case hex characters (its sha256)');
    const file = await media.open(id);
    if (!file) throw new HttpError(404, 'not_found', 'no such media');
    const inline = isInline(file.contentType);
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      // Pictures, voice notes and videos play in the inbox; documents download and never render here.
      'Content-Disposition': inline ? 'inline' : `attachment; filename="${id.slice(0, 12)}"`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      // Same id, same bytes forever; but personal data: never in a shared cache.
      'Cache-Control': 'private, max-age=86400, immutable',
    });
  });
  return app;
}
