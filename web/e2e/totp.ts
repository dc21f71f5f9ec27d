import { createHmac } from 'node:crypto';

/** RFC 6238 defaults, as the server uses them: HMAC-SHA1, 30-second steps, 6 digits. */
export const STEP_SECONDS = 30;
const DIGITS = 6;

/** The 30-second step `unixMillis` falls in. */
export function stepAt(unixMillis: number = Date.now()): number {
  return Math.floor(unixMillis / 1000 / STEP_SECONDS);
}

/** The code for `step` from a base32 secret (RFC 4648 alphabet; spaces, padding and case ignored). */
export function totp(secret: string, step: number): string {
  const key = base32Decode(secret);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac('sha1', key).update(counter).digest();
  // RFC 4226 dynamic truncation.
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS;
  return String(binary).padStart(DIGITS, '0');
}

export function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${JSON.stringify(char)}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/**
 * A step whose code the server will take now, later than `lastUsed` (each code works once). The
 * server accepts one step of drift either way, so the next step is fine early; a step further
 * ahead is waited for.
 */
export async function usableStep(lastUsed: number | null): Promise<number> {
  const wanted = Math.max(stepAt(), (lastUsed ?? -1) + 1);
  while (wanted > stepAt() + 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return wanted;
}
