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
