/** T.C. kimlik no checksum (DESIGN.md): d1 ≠ 0; d10 and d11 are check digits. */
export function isValidTckn(id: string): boolean {
  if (!/^[1-9][0-9]{10}$/.test(id)) return false;
  const d = Array.from(id, Number) as number[];
  const at = (i: number) => d[i] as number;
  const odd = at(0) + at(2) + at(4) + at(6) + at(8);
  const even = at(1) + at(3) + at(5) + at(7);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  if (d10 !== at(9)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += at(i);
  return sum % 10 === at(10);
}

/** `12345678950` → `123******50`: enough for an operator to recognise, not to misuse. */
export function maskTckn(id: string): string {
  if (id.length < 6) return '*'.repeat(id.length);
  return id.slice(0, 3) + '*'.repeat(id.length - 5) + id.slice(-2);
}
