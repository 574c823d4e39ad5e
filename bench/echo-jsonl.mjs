#!/usr/bin/env node
// Baseline for the parse benchmark: read JSON lines, write JSON.stringify of each (same I/O, no parsing).
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
let buf = '';
for await (const line of rl) {
  if (!line.trim()) continue;
  let out;
  try {
    out = JSON.stringify(JSON.parse(line));
  } catch {
    out = JSON.stringify({ id: null, error: 'invalid JSON' });
  }
  buf += out + '\n';
  if (buf.length >= 65536) {
    if (!process.stdout.write(buf)) await once(process.stdout, 'drain');
    buf = '';
  }
}
if (buf) process.stdout.write(buf);
