import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface InboxAssets {
  js: string;
  css: string;
  /** Content hash, in the asset URLs so they can be cached for good. */
  version: string;
}

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const CSS = fileURLToPath(new URL('./client/inbox.css', import.meta.url));

let pending: Promise<InboxAssets> | null = null;

/** The browser script (bundled by esbuild into memory, once) and the stylesheet; same-origin files, no inline code. */
export function inboxAssets(): Promise<InboxAssets> {
  pending ??= (async () => {
    const [result, css] = await Promise.all([
      build({
        entryPoints: [ENTRY],
        bundle: true,
        minify: true,
        write: false,
        format: 'iife',
        target: ['chrome100', 'firefox100', 'safari15'],
        charset: 'utf8',
        legalComments: 'none',
        logLevel: 'silent',
      }),
      readFile(CSS, 'utf8'),
    ]);
    const js = result.outputFiles[0]!.text;
    return { js, css, version: createHash('sha256').update(js).update(css).digest('base64url').slice(0, 16) };
  })();
  pending.catch(() => {
    pending = null; // a failed build is retried on the next request
  });
  return pending;
}
