// One-time secrets (setup token, invitation links): 32 random bytes, shown once, and only
// their SHA-256 kept, so a copy of the database cannot be turned into a working link. Pure.
import crypto from 'node:crypto';

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}
