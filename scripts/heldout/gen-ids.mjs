#!/usr/bin/env node
// Kimlik numbers for writing held-out SMS: `node gen-ids.mjs <seed> [count]` prints valid IDs, then
// IDs whose checksum fails (for tckn_invalid cases), and 05xx mobile numbers, one per line, by seed.
const [seedArg = '1', countArg = '40'] = process.argv.slice(2);
let seed = Number(seedArg) >>> 0 || 1;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
const digit = () => Math.floor(rand() * 10);
function valid() {
  const d = [1 + Math.floor(rand() * 9), ...Array.from({ length: 8 }, digit)];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return [...d, d10, d11].join('');
}
function invalid() {
  const v = valid();
  const last = (Number(v[10]) + 1 + Math.floor(rand() * 8)) % 10;
  return v.slice(0, 10) + last;
}
const n = Number(countArg);
console.log('# valid');
for (let i = 0; i < n; i++) console.log(valid());
console.log('# invalid checksum');
for (let i = 0; i < Math.ceil(n / 4); i++) console.log(invalid());
console.log('# mobile');
for (let i = 0; i < Math.ceil(n / 4); i++) console.log(`05${3 + Math.floor(rand() * 3)}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`);
