import { int } from '../env-helpers.ts';

/** The media store's settings (files citizens send on WhatsApp and MMS). */
export const mediaEnv = {
  /** Largest file kept, in bytes (WhatsApp's own limit for most media is 16 MB). */
  MEDIA_MAX_BYTES: int(16 * 1024 * 1024, 1024, 100 * 1024 * 1024),
};

export interface MediaConfig {
  maxBytes: number;
}

export function mediaConfig(env: { MEDIA_MAX_BYTES: number }): MediaConfig {
  return { maxBytes: env.MEDIA_MAX_BYTES };
}
