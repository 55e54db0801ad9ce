// Password hashes: argon2id (OWASP's recommended parameters, @node-rs/argon2's defaults) for
// every new hash. Hashes written before it are bcrypt; they still verify, and the sign-in that
// verifies one replaces it with argon2id. argon2 reads the whole password — bcrypt ignored
// everything after its 72nd byte.
import { hash, verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function isLegacyHash(stored: string): boolean {
  return stored.startsWith('$2');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (isLegacyHash(stored)) {
    // bcrypt would accept any password sharing the first 72 bytes; such a long one cannot be what was set.
    if (Buffer.byteLength(password, 'utf8') > 72) return false;
    return bcrypt.compare(password, stored);
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Compared against when the email is unknown or has no password yet, so a miss costs as long as a hit.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hash('no-such-user'));
}
