/**
 * ASCII-safe, stable URL slugs for names (replying units, members, sessions): the first 10 hex
 * characters of the SHA-256 of the name's UTF-8 bytes. Same name → same slug, on every build.
 */
import { createHash } from 'node:crypto';

/** `鄂尔多斯市人民政府` → `a1b2c3d4e5` (10 lowercase hex characters). */
export function nameSlug(name: string): string {
  return createHash('sha256').update(name.normalize('NFC'), 'utf8').digest('hex').slice(0, 10);
}
