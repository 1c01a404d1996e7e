/** Evidence kept with a decision: a file the buyer attached or a capture of the page it was taken on. */

/** What the page showed when the buyer captured it: taken on their click, never sent anywhere. */
export interface PageCapture {
  url: string;
  title: string;
  /** ISO time of the capture. */
  time: string;
  matchedText: string;
  /** The row, card or list item around the match (core/finding-context.ts). */
  context: string;
}

export interface EvidenceItem {
  /** Stable across profiles and packs (a random UUID). */
  id: string;
  /** The decision's `uid`. */
  decisionUid: string;
  kind: 'file' | 'capture' | 'screenshot';
  /** The file's name as attached, or one made for a capture. */
  name: string;
  /** MIME type. */
  type: string;
  size: number;
  /** ISO time it was attached. */
  addedAt: string;
  /** The file's bytes (absent for a capture without a screenshot). */
  blob?: Blob;
  capture?: PageCapture;
}

/** An evidence item as listed and exported: everything but its bytes. */
export type EvidenceMeta = Omit<EvidenceItem, 'blob'>;

/** Largest file attached to a decision. */
export const MAX_EVIDENCE_FILE_BYTES = 20 * 1024 * 1024;
/** Largest total of every evidence file kept in this profile. */
export const MAX_EVIDENCE_TOTAL_BYTES = 200 * 1024 * 1024;

/**
 * What may be attached, by file extension, with the type it is kept as: documents a supplier or
 * auditor sends (PDF, office files, saved emails, text) and images. Anything else (scripts,
 * archives, executables) is refused: a pack is opened by other people.
 */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  txt: 'text/plain',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** Why a file cannot be attached, as a message key and its parameters. */
export type EvidenceRefusal =
  | { reason: 'type'; name: string }
  | { reason: 'empty'; name: string }
  | { reason: 'too-large'; name: string; size: number }
  | { reason: 'total'; name: string; size: number; stored: number };

/**
 * Checks a file before it is kept: its kind (by extension, never by the type the browser guessed),
 * its size and the total it would bring the profile to. The type it is kept as comes from the table.
 */
export function checkEvidenceFile(
  file: { name: string; size: number },
  storedBytes: number,
): { ok: true; type: string } | { ok: false; refusal: EvidenceRefusal } {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const type = Object.hasOwn(EVIDENCE_TYPES, extension) ? EVIDENCE_TYPES[extension] : undefined;
  if (!type) return { ok: false, refusal: { reason: 'type', name: file.name } };
  if (file.size === 0) return { ok: false, refusal: { reason: 'empty', name: file.name } };
  if (file.size > MAX_EVIDENCE_FILE_BYTES) return { ok: false, refusal: { reason: 'too-large', name: file.name, size: file.size } };
  if (storedBytes + file.size > MAX_EVIDENCE_TOTAL_BYTES) {
    return { ok: false, refusal: { reason: 'total', name: file.name, size: file.size, stored: storedBytes } };
  }
  return { ok: true, type };
}
