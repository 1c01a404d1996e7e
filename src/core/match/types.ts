import type { NameRole, RecordKind, Status } from '../record';

/** How sure the matcher is: a `possible` match is a near miss (typo) or weakly supported. */
export type Confidence = 'match' | 'possible';

export interface MatchExplanation {
  /** The list name (alias, subsidiary…) that matched, as the list spells it. */
  matchedName: string;
  role: NameRole;
  /** Normalisations that made the text equal to the name ("case", "legal form", "diacritics", "typo"…). */
  normalisations: string[];
  /** What nearby text supported a weak name (legal form, product, full name), empty when none was needed. */
  context: string[];
  /** One sentence for people: "Alias of Hoshine Silicon Industry Co. Ltd.; legal form 'Co., Ltd.' nearby". */
  summary: string;
}

/** One mention of a listed record in a text. Offsets are UTF-16 indices into the scanned text. */
export interface Finding {
  recordId: string;
  recordName: string;
  kind: RecordKind;
  status: Status;
  matchedText: string;
  start: number;
  end: number;
  confidence: Confidence;
  /** 0..1; higher is surer. */
  score: number;
  explanation: MatchExplanation;
  /** Other records the same name maps to (a WRO and its later Finding, a WRO and a UFLPA listing). */
  relatedRecordIds?: string[];
}
