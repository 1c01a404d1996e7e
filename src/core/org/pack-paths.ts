/** Where things sit inside an audit pack (core/org/audit-pack.ts), and names safe in any file system. */
import type { EvidenceMeta } from './evidence';

/** A file name that is safe in any file system and zip tool: letters, digits, dot, dash, underscore. */
export function safeFileName(name: string): string {
  const cleaned = name.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return (cleaned || 'file').slice(-100);
}

/** Where an evidence file sits in the pack: `evidence/<decision uid>/<evidence id>-<name>`. */
export function evidencePath(meta: Pick<EvidenceMeta, 'decisionUid' | 'id' | 'name'>): string {
  return `evidence/${safeFileName(meta.decisionUid)}/${safeFileName(meta.id)}-${safeFileName(meta.name)}`;
}
