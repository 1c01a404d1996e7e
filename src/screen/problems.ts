/** Input problems and warnings as sentences in the person's language. */
import type { InputWarning } from '../core/screening/input-error';
import { formatNumber, t } from '../platform/i18n';
import type { ScreeningProblem } from './worker-client';

const PROBLEM_KEYS: Record<ScreeningProblem['problem'], string> = {
  empty: 'screenProblemEmpty',
  binary: 'screenProblemBinary',
  workbook: 'screenProblemWorkbook',
  'too-large': 'screenProblemTooLarge',
  'no-rows': 'screenProblemNoRows',
  'unknown-column': 'screenProblemUnknownColumn',
  'no-columns': 'screenProblemNoColumns',
  'no-text': 'screenProblemNoText',
  password: 'screenProblemPasswordPdf',
  broken: 'screenProblemBrokenPdf',
  internal: 'screenProblemInternal',
};

/** Problems whose words depend on the kind of document (the detail says 'pdf' or 'xlsx'). */
const WORKBOOK_KEYS: Partial<Record<ScreeningProblem['problem'], string>> = {
  password: 'screenProblemPasswordXlsx',
  broken: 'screenProblemBrokenXlsx',
};

export function problemText(problem: ScreeningProblem): string {
  const key = (problem.detail === 'xlsx' ? WORKBOOK_KEYS[problem.problem] : undefined) ?? PROBLEM_KEYS[problem.problem];
  return t(key, problem.detail || problem.message);
}

const WARNING_KEYS: Record<InputWarning['code'], string> = {
  'windows-1252': 'screenWarningWindows1252',
  'utf-16': 'screenWarningUtf16',
  'ragged-rows': 'screenWarningRagged',
  'cell-truncated': 'screenWarningTruncated',
  'parse-errors': 'screenWarningParseErrors',
  'pages-without-text': 'screenWarningPagesWithoutText',
  'empty-sheets': 'screenWarningEmptySheets',
};

export function warningText(warning: InputWarning): string {
  const rows = warning.rows.map(formatNumber).join(', ') + (warning.count > warning.rows.length ? '…' : '');
  return t(WARNING_KEYS[warning.code], [formatNumber(warning.count), rows]);
}
