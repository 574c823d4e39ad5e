import type { Attachment } from '../channel.ts';
import { MediaError, type MediaStore } from './media-store.ts';

export interface MediaPart {
  kind: string;
  contentType?: string;
  filename?: string;
}

/**
 * The attachment for one media part a citizen sent: kept in the media store, or marked with why it was
 * not. A message is never lost for its media, so none of these throws for the caller.
 */
export function attachmentFor(media: MediaStore, part: MediaPart, extra: Record<string, unknown>) {
  const failed = (error: string, size?: number): Attachment => ({
    kind: part.kind,
    ...(part.contentType ? { contentType: part.contentType } : {}),
    ...(part.filename ? { filename: part.filename } : {}),
    ...(size ? { size } : {}),
    meta: { ...extra, error },
  });
  return {
    failed,
    async kept(bytes: Buffer, contentType: string): Promise<Attachment> {
      const stored = await media.put(bytes, contentType, part.filename);
      return {
        kind: part.kind,
        contentType: stored.contentType,
        mediaId: stored.id,
        ...(part.filename ? { filename: part.filename } : {}),
        size: stored.size,
        ...(Object.keys(extra).length ? { meta: extra } : {}),
      };
    },
    failure: (err: unknown): Attachment => failed(err instanceof MediaError && err.code === 'too_large' ? 'too large' : 'download failed'),
  };
}
