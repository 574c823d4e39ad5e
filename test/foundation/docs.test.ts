import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(resolve(root, f), 'utf8');

describe('documentation stays true', () => {
  const variables = Object.keys(envSchema.entries).sort();

  it.each(variables)('%s is in .env.example and in a README settings table', (name) => {
    expect(read('.env.example')).toMatch(new RegExp(`^${name}=`, 'm'));
    expect(read('README.md')).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it('every npm script the README names exists', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const named = [...read('README.md').matchAll(/npm run ([\w-]+(?::[\w-]+)?)/g)].map((m) => m[1]!);
    for (const name of new Set(named)) expect(scripts, `npm run ${name}`).toContain(name);
  });
});
