import { describe, expect, it } from 'vitest';
import { isValidTckn, maskTckn } from '../../src/parser/tckn.ts';

describe('isValidTckn', () => {
  it.each([
    ['10000000146', true],
    ['12345678950', true],
    ['11111111110', true],
    ['99713379312', true], // foreign resident (99…) uses the same checksum
    ['12387374476', true],
    ['12387374475', false], // last digit off by one
    ['12387374466', false], // tenth digit wrong
    ['02387374476', false], // leading zero
    ['1238737447', false], // 10 digits
    ['123873744760', false], // 12 digits
    ['1238737447a', false],
    ['', false],
    ['05321234567', false], // a mobile number
  ])('%s → %s', (id, ok) => {
    expect(isValidTckn(id)).toBe(ok);
  });
});

describe('maskTckn', () => {
  it('keeps the first three and last two digits', () => {
    expect(maskTckn('12387374476')).toBe('123******76');
  });
});
