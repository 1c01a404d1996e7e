/**
 * Legal-form descriptors ("Sdn. Bhd.", "Co., Ltd.", "S.A. de C.V.", 股份有限公司) as folded token
 * sequences. Most come from OpenSanctions' org_types.yml (MIT; see legal-forms.LICENSE.txt, generated
 * by scripts/build-legal-forms.ts); the additions below cover forms it lacks or that this list uses.
 * Compile time only: the matcher payload carries the sequences the scanner needs.
 */
import table from './legal-forms.json';
import { foldedTokens, type IdeographFold } from './tokenize';

const ADDED = [
  'Sdn Bhd', 'Sdn. Bhd.', 'Bhd', 'Berhad', 'M', 'Co', 'Co.', 'Company', 'Corp', 'Corp.', 'Corporation', 'Group',
  'Corpn', 'Corpn.', 'Holdings', 'Holding', 'Pvt', 'Pvt Ltd', 'Pvt. Ltd.', 'Private Limited', 'P Ltd', 'PCL', 'Tbk', 'PT', 'S.R.L.', 'SRL',
  'd.o.o.', 'DOO', 'L.L.C.', 'LLC', 'Ltda', 'S.A. de C.V.', 'SA de CV', 'Company Limited', 'Incorporated', 'Inc', 'plc',
  'Ltd', 'Ltd.', 'Limited', 'GmbH', 'B.V.', 'S.A.', 'JSC',
  '有限公司', '有限责任公司', '责任有限公司', '股份有限公司', '股份', '集团', '控股', '公司', '总公司', '有限',
  // 股份有限公司 as translations write it ("Huafu Fashion Share Limited Company", "Stock Co., Ltd.").
  'Share Limited Company', 'Shares Limited Company', 'Stock Limited Company', 'Joint Stock Limited Company',
  'Share Co', 'Shares Co', 'Stock Co', 'Joint Stock Co',
];

/**
 * Forms that end a company name for certain, so a name that goes on after one ("Linglong International
 * Europe D.O.O. Zrenjanin", "… Co., Ltd. and Baoding …") is also compiled up to it.
 */
const FIRM_ENDINGS = [
  'Ltd', 'Limited', 'Co Ltd', 'Company Limited', 'd.o.o.', 'Sdn Bhd', 'Bhd', 'Berhad', 'GmbH', 'Inc', 'LLC', 'S.R.L.',
  'S.A. de C.V.', 'Ltda', 'Pvt Ltd', 'plc', '有限公司',
];

export interface LegalForms {
  /** Every form as folded tokens, longest first. */
  sequences: string[][];
  /** Forms by their last token, for stripping from the end of a name. */
  byLast: Map<string, string[][]>;
  firm: string[][];
}

let cached: { fold: IdeographFold; forms: LegalForms } | undefined;

/** The legal-form table, folded with `fold` (built once per fold table). */
export function loadLegalForms(fold: IdeographFold): LegalForms {
  if (cached?.fold !== fold) cached = { fold, forms: buildLegalForms(fold) };
  return cached.forms;
}

function buildLegalForms(fold: IdeographFold): LegalForms {
  const seen = new Set<string>();
  const sequences: string[][] = [];
  const all = [...table.forms.map((f) => f.split(' ')), ...ADDED.map((f) => foldedTokens(f, fold))];
  for (const tokens of all) {
    const key = tokens.join(' ');
    if (tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    sequences.push(tokens);
  }
  sequences.sort((a, b) => b.length - a.length);
  const byLast = new Map<string, string[][]>();
  for (const seq of sequences) {
    const last = seq[seq.length - 1]!;
    const list = byLast.get(last) ?? [];
    list.push(seq);
    byLast.set(last, list);
  }
  return { sequences, byLast, firm: FIRM_ENDINGS.map((f) => foldedTokens(f, fold)) };
}

function endsWith(tokens: readonly string[], end: number, seq: readonly string[]): boolean {
  if (seq.length > end) return false;
  for (let k = 0; k < seq.length; k++) if (tokens[end - seq.length + k] !== seq[k]) return false;
  return true;
}

/**
 * Strips legal forms from the end of a name, repeatedly ("Camel Group Co., Ltd." → "camel"), keeping
 * at least one token. Returns the core and the stripped suffix tokens.
 */
export function stripLegalForms(tokens: readonly string[], forms: LegalForms): { core: string[]; suffix: string[] } {
  let end = tokens.length;
  for (;;) {
    const last = tokens[end - 1];
    const candidates = last === undefined ? undefined : forms.byLast.get(last);
    const hit = candidates?.find((seq) => seq.length < end && endsWith(tokens, end, seq));
    if (!hit) break;
    end -= hit.length;
  }
  return { core: tokens.slice(0, end), suffix: tokens.slice(end) };
}

/** Index just after the first firm ending inside the name (not at its end), or -1. */
export function firstInnerFirmEnding(tokens: readonly string[], forms: LegalForms): { at: number; end: number } | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    for (const seq of forms.firm) {
      if (i + seq.length < tokens.length && seq.every((t, k) => tokens[i + k] === t)) return { at: i, end: i + seq.length };
    }
  }
  return null;
}
