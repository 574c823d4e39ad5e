/** T.C. kimlik no checksum (DESIGN.md): d1 ≠ 0; d10 and d11 are check digits. */
export function isValidTckn(id: string): boolean {
  if (!TCKN_SHAPE.test(id)) return false;
  const odd = digit(id, 0) + digit(id, 2) + digit(id, 4) + digit(id, 6) + digit(id, 8);
  const even = digit(id, 1) + digit(id, 3) + digit(id, 5) + digit(id, 7);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  if (d10 !== digit(id, 9)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digit(id, i);
  return sum % 10 === digit(id, 10);
}
const TCKN_SHAPE = /^[1-9][0-9]{10}$/;
const digit = (id: string, i: number) => id.charCodeAt(i) - 48;

/** `12345678950` → `123******50`: enough for an operator to recognise, not to misuse. */
export function maskTckn(id: string): string {
  if (id.length < 6) return '*'.repeat(id.length);
  return id.slice(0, 3) + '*'.repeat(id.length - 5) + id.slice(-2);
}
