import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption of personal data (KVKK): AES-256-GCM for values, a keyed HMAC as a blind index so equal
 * values can be found without decrypting. Both keys are derived from DATA_KEY, so one secret is kept.
 */
export interface PersonalDataCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  blindIndex(plain: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;

/** Random IVs drawn from a pooled buffer: one call to the kernel's CSPRNG per 256 encryptions, not one each. */
function ivSource(): () => Buffer {
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + IV_BYTES > pool.length) {
      pool = randomBytes(IV_BYTES * 256);
      at = 0;
    }
    at += IV_BYTES;
    return pool.subarray(at - IV_BYTES, at);
  };
}

export function createPersonalDataCipher(dataKey: Buffer): PersonalDataCipher {
  if (dataKey.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'kopru/encrypt', 32));
  const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'kopru/blind-index', 32));
  const nextIv = ivSource();
  return {
    encrypt(plain) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(sealed) {
      const [version, payload] = sealed.split(':');
      if (version !== VERSION || !payload) throw new Error('unknown sealed value format');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return createHmac('sha256', macKey).update(plain).digest('base64url');
    },
  };
}

export function parseDataKey(text: string): Buffer {
  const t = text.trim();
  return /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
}
