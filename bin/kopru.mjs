#!/usr/bin/env node
// The `kopru` command: TypeScript sources run through tsx, so there is no build step to forget.
// `kopru parse` is the exception: bulk input wants speed, so it runs from an esbuild bundle of the
// parser (rebuilt when a source changes, cached under node_modules/.cache) on worker threads.

if (process.argv[2] === 'parse') {
  const bundle = await parseBundle().catch(() => null);
  if (bundle) {
    const { start } = await import(bundle);
    await start(bundle);
  } else await viaTsx();
} else await viaTsx();

async function viaTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}

async function parseBundle() {
  const { createHash } = await import('node:crypto');
  const { existsSync, mkdirSync, readdirSync, renameSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const sources = [join(root, 'src/cli/parse-command.ts'), join(root, 'src/cli/parse-parallel.ts'), join(root, 'src/cli/parse-entry.ts')];
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : sources.push(join(dir, e.name))));
  walk(join(root, 'src/parser'));
  const key = createHash('sha256');
  for (const f of sources.sort()) {
    const s = statSync(f);
    key.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  const dir = join(root, 'node_modules/.cache/kopru');
  const file = join(dir, `parse-${key.digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    const { build } = await import('esbuild');
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [join(root, 'src/cli/parse-entry.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: tmp,
      // The lexicon loader finds its data files next to its own source.
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'src/parser/lexicon/index.ts')).href) },
      logLevel: 'silent',
    });
    renameSync(tmp, file);
  }
  return pathToFileURL(file).href;
}
