/**
 * CBP-format CSV text from the rows of CBP's file of 2026-06-23 as captured in
 * `cbp_csv_rows_2026-06-23.json` (two independent parses; no raw bytes exist). Entity cells are
 * the verbatim Dec-2025 cells where captured (with their no-break spaces). Remarks line breaks,
 * lost by the source parse, are restored where words run together ("T.D. 92-27See China WRO.").
 * Press Release and Calendar Year were not captured: N/A and the year of the Effective Date.
 */

export interface CbpSourceRow {
  effective_date_raw: string;
  country_code: string;
  country: string;
  merchandise: string;
  wro_finding: string;
  industry: string;
  status: string;
  entity_verbatim_dec2025: string | null;
  entity_parsed_name: string;
  remarks_linebreaks_removed: string;
}

/** The column order of CBP's June 2026 file (formats.md). */
export const CBP_HEADER = ['Effective Date', 'Calendar Year', 'Country Code', 'Country', 'Merchandise', 'WRO/Finding', 'Industry', 'Status', 'Press Release', 'Entity', 'Remarks'];

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function restoreLineBreaks(remarks: string): string {
  return remarks.replace(/(?<=[0-9a-z.:])(?=See |Customs Bulletin|"U\.S\.|Everest |Limbe |Alliance |Premium )/g, '\n').replace(/following: (?=[A-Z])/g, 'following:\n');
}

export function cbpCsvFromRows(rows: CbpSourceRow[]): string {
  const lines = [CBP_HEADER.join(',')];
  for (const r of rows) {
    const entity = r.entity_verbatim_dec2025 ?? r.entity_parsed_name;
    const year = r.effective_date_raw.split('/')[2] ?? '';
    const cells = [r.effective_date_raw, year, r.country_code, r.country, r.merchandise, r.wro_finding, r.industry, r.status, 'N/A', entity, restoreLineBreaks(r.remarks_linebreaks_removed ?? '')];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
