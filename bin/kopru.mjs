#!/usr/bin/env node
// The `kopru` command: TypeScript sources run through tsx, so there is no build step to forget.
// `kopru parse` is the exception: bulk input wants speed, so it runs from an esbuild bundle of the
// parser (rebuilt when a source changes, cached under node_modules/.cache) on worker threads.

if (process.argv[2] === 'parse') {
  const bundle = await parseBundle().catch(() => null);
  if (bundle) {
    const { start } = await import(bundle.main);
    await start(bundle.worker);
  } else await viaTsx();
} else await viaTsx();

async function viaTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}

/** Two bundles: the main thread's (reading, writing, worker threads) and the parser's (each worker loads it). */
async function parseBundle() {
  const { createHash } = await import('node:crypto');
  const { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const entries = ['parse-entry', 'parse-worker'];
  const sources = ['parse-command', 'parse-input', 'parse-parallel', ...entries].map((e) => join(root, `src/cli/${e}.ts`));
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : sources.push(join(dir, e.name))));
  walk(join(root, 'src/parser'));
  const key = createHash('sha256');
  for (const f of sources.sort()) {
    const s = statSync(f);
    key.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  const cache = join(root, 'node_modules/.cache/kopru');
  const dir = join(cache, `parse-${key.digest('hex').slice(0, 16)}`);
  const file = (e) => join(dir, `${e}.mjs`);
  if (!existsSync(file('parse-worker'))) {
    const { build } = await import('esbuild');
    mkdirSync(cache, { recursive: true });
    const tmp = `${dir}.${process.pid}.tmp`;
    await build({
      entryPoints: entries.map((e) => join(root, `src/cli/${e}.ts`)),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      // The lexicon loader finds its data files next to its own source.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'src/parser/lexicon/index.ts')).href) },
      logLevel: 'silent',
    });
    try {
      renameSync(tmp, dir);
    } catch {
      // Another run built the same bundles at the same time.
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { main: pathToFileURL(file('parse-entry')).href, worker: pathToFileURL(file('parse-worker')).href };
}
