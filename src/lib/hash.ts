import { createHash } from 'node:crypto';

/** The SHA-256 (hex) of several parts, each ended by a NUL, so that ("ab", "c") and ("a", "bc") differ: cache keys. */
export function sha256Parts(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
