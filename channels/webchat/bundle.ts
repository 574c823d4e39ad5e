import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { ClientSettings } from './client/chat.ts';

export interface ClientBundle {
  js: string;
  gzip: Buffer;
  etag: string;
}

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** The browser script, bundled and minified into memory at start-up; the settings are baked in. */
export async function buildClientBundle(settings: ClientSettings): Promise<ClientBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['chrome90', 'firefox90', 'safari15'],
    charset: 'utf8',
    legalComments: 'none',
    define: { __KOPRU_WEBCHAT__: JSON.stringify(settings) },
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]!.text;
  return { js, gzip: gzipSync(js, { level: 9 }), etag: `"${createHash('sha256').update(js).digest('base64url').slice(0, 20)}"` };
}
