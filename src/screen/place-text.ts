/** Where a result is, in the person's words: "page 2, line 5", "Suppliers D14", or the row number. */
import type { ReportRow } from '../core/screening/report';
import { formatNumber, t } from '../platform/i18n';

export function placeText(row: Pick<ReportRow, 'row' | 'place'>): string {
  const { place } = row;
  if (!place) return String(row.row);
  return 'page' in place ? t('screenAtPageLine', [formatNumber(place.page), formatNumber(place.line)]) : t('screenAtSheetCell', [place.sheet, place.cell]);
}

/** “Found in row 12, column “Manufacturer”.” or, in a document, “Found at page 2, line 5, …”. */
export function foundAtText(row: Pick<ReportRow, 'row' | 'place' | 'column'>): string {
  return row.place ? t('screenFoundAtPlace', [placeText(row), row.column]) : t('screenFoundAt', [String(row.row), row.column]);
}
