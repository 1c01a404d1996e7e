/**
 * Why an input cannot be screened, as a code the page turns into a translated message and the CLI
 * into English. A problem is never a crash: the caller shows it and keeps what it had.
 */
export type InputProblem =
  | 'empty' // no bytes, or only whitespace
  | 'binary' // not text at all (an image, an executable…)
  | 'workbook' // an .xls/.ods/.xlsb workbook: it must be saved as .xlsx or CSV first
  | 'no-text' // a PDF with no text layer on any page (a scan): nothing to screen without OCR
  | 'password' // a password-protected PDF or workbook
  | 'broken' // a damaged PDF or workbook (detail: 'pdf' or 'xlsx')
  | 'too-large' // over MAX_INPUT_BYTES
  | 'no-rows' // a header but no data rows
  | 'unknown-column' // a requested column is not in the header
  | 'no-columns'; // no column chosen

export class ScreeningInputError extends Error {
  constructor(
    readonly problem: InputProblem,
    message: string,
    /** The value the problem is about (a column name), for the translated message. */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'ScreeningInputError';
  }
}

/** Things that did not stop screening but that the person should know. */
export type InputWarningCode =
  | 'windows-1252' // decoded as Windows-1252 (the file was not valid UTF-8)
  | 'utf-16' // decoded as UTF-16 (Excel's "Unicode text")
  | 'ragged-rows' // rows with more or fewer cells than the header
  | 'cell-truncated' // a cell longer than MAX_CELL_CHARS was screened only up to that length
  | 'parse-errors' // the parser reported malformed quoting; rows were kept as read
  | 'pages-without-text' // PDF pages with no text layer (scanned pages among text ones); `rows` are page numbers
  | 'empty-sheets'; // workbook sheets with nothing in them; `count` sheets, no row numbers

export interface InputWarning {
  code: InputWarningCode;
  /** How many rows the warning concerns (0 where it is about the whole file). */
  count: number;
  /** The first few row numbers concerned (spreadsheet numbering: the header is row 1). */
  rows: number[];
}
