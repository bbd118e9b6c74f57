// Random tokens and their stored form. Session tokens, reset tokens and API keys are 256-bit random values
// given to the user once; the database keeps only their SHA-256, so a leaked copy of it opens nothing.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(): string {
  return randomUUID();
}
