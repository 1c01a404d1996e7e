/** Precision and recall of a matcher over the labelled corpus. */
import type { Finding } from '../../src/core/match/types';
import type { CorpusPage, LabelledMention } from './corpus';

export interface CorpusScore {
  mentions: number;
  decoys: number;
  findings: number;
  truePositives: number;
  found: number;
  /** False alarms that name a labelled mention's firm, only with the other confidence (sure for possible, or the reverse). */
  otherConfidence: number;
  precision: number;
  recall: number;
  misses: Array<{ file: string; text: string; label: string; got: string }>;
  falseAlarms: Array<{ file: string; text: string; record: string; decoy: boolean }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function sameFirm(f: Finding, m: LabelledMention): boolean {
  const ids = [f.recordId, ...(f.relatedRecordIds ?? [])];
  return overlaps(f, m) && ids.some((id) => m.recordIds.has(id));
}

function agrees(f: Finding, m: LabelledMention): boolean {
  return sameFirm(f, m) && f.confidence === m.confidence;
}

/**
 * `companies`: count only mentions of companies and findings of company records, leaving out region
 * orders (a place named is a different question from a listed firm named).
 */
export function evaluate(pages: CorpusPage[], scan: (text: string) => Finding[], companies = false): CorpusScore {
  const score: CorpusScore = {
    mentions: 0, decoys: 0, findings: 0, truePositives: 0, found: 0, otherConfidence: 0, precision: 0, recall: 0, misses: [], falseAlarms: [],
  };
  for (const whole of pages) {
    const page = companies ? { ...whole, mentions: whole.mentions.filter((m) => !m.region) } : whole;
    const findings = scan(page.text).filter((f) => !companies || f.kind !== 'region');
    score.mentions += page.mentions.length;
    score.decoys += page.decoys.length;
    score.findings += findings.length;
    for (const f of findings) {
      if (page.mentions.some((m) => agrees(f, m))) score.truePositives++;
      else {
        if (page.mentions.some((m) => sameFirm(f, m))) score.otherConfidence++;
        const decoy = page.decoys.some((d) => overlaps(f, d));
        score.falseAlarms.push({ file: page.file, text: f.matchedText, record: `${f.recordName} (${f.confidence})`, decoy });
      }
    }
    for (const m of page.mentions) {
      if (findings.some((f) => agrees(f, m))) score.found++;
      else {
        const got = findings.filter((f) => overlaps(f, m)).map((f) => `${f.recordName} (${f.confidence})`).join('; ');
        score.misses.push({ file: page.file, text: page.text.slice(m.start, m.end), label: m.label, got });
      }
    }
  }
  score.precision = score.findings === 0 ? 0 : score.truePositives / score.findings;
  score.recall = score.mentions === 0 ? 0 : score.found / score.mentions;
  return score;
}
