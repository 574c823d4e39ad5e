#!/usr/bin/env node
// Checks a held-out file before it is scored: `node check.mjs file.jsonl`. Each line must be
// {"id","text","expect":{name,tckn,tckn_invalid,request_contains,province,category,urgent,lang}};
// tckn must pass the checksum and appear in the text (digits in order, any separators, any digit
// script); tckn_invalid must fail it and appear likewise; request phrases must occur in the text.
import { readFileSync } from 'node:fs';
const CATS = new Set(['kadin', 'cocuk', 'yasli', 'engelli', 'sehit_gazi', 'genel']);
const LANGS = new Set(['tr', 'ku', 'ar']);
const valid = (t) => {
  if (!/^[1-9]\d{10}$/.test(t)) return false;
  const d = [...t].map(Number);
  const d10 = (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10;
  return d10 === d[9] && d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
};
const digitsOf = (s) => s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x6f0)).replace(/\D/g, '');
let bad = 0;
const ids = new Set();
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim());
lines.forEach((line, i) => {
  const err = (m) => { bad++; console.log(`line ${i + 1}: ${m}`); };
  let o;
  try { o = JSON.parse(line); } catch { return err('not JSON'); }
  const e = o.expect ?? {};
  if (typeof o.id !== 'string' || ids.has(o.id)) err('id missing or repeated');
  ids.add(o.id);
  if (typeof o.text !== 'string' || !o.text.trim()) return err('text missing');
  const all = digitsOf(o.text);
  if (e.tckn !== null && (!valid(e.tckn) || !all.includes(e.tckn))) err(`tckn ${e.tckn} invalid or not in text`);
  if (e.tckn_invalid !== null && (!/^\d{11}$/.test(e.tckn_invalid) || valid(e.tckn_invalid) || !all.includes(e.tckn_invalid))) err(`tckn_invalid ${e.tckn_invalid} bad`);
  if (e.name !== null && typeof e.name !== 'string') err('name');
  if (!Array.isArray(e.request_contains) || e.request_contains.some((p) => !o.text.toLocaleLowerCase('tr').includes(p.toLocaleLowerCase('tr')))) err('request_contains not in text');
  if (!CATS.has(e.category)) err(`category ${e.category}`);
  if (typeof e.urgent !== 'boolean') err('urgent');
  if (!LANGS.has(e.lang)) err(`lang ${e.lang}`);
  if (e.province !== null && typeof e.province !== 'string') err('province');
});
console.log(`${lines.length} lines, ${bad} problems`);
process.exit(bad ? 1 : 0);
