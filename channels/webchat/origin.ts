import type { WebchatConfig } from './config.ts';

/**
 * May a page at `origin` use the chat? Same origin always; others only when listed. Requests with no
 * Origin do not come from a page (curl, a load test), so there is no site to hold them back for.
 */
export function originAllowed(
  config: Pick<WebchatConfig, 'allowedOrigins' | 'anyOrigin'>,
  origin: string | undefined,
  host: string | undefined,
  publicOrigin?: string,
): boolean {
  if (origin === undefined || origin === '') return true;
  if (config.anyOrigin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null" (sandboxed frames, file:)
  }
  if (host && url.host === host.toLowerCase()) return true;
  if (publicOrigin && url.origin === publicOrigin) return true;
  return config.allowedOrigins.includes(url.origin);
}
