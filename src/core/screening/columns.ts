/**
 * Which columns hold names to screen. Exports from e-procurement suites name them differently
 * ("Supplier Name", "Vendor", "Manufacturer", "Sub-supplier", "Tier 2 supplier", "Fabricant"…); the person picks,
 * and we only suggest. The column's name is the tier label shown with every result.
 */
import { ScreeningInputError } from './input-error';

const NAME_COLUMN = /supplier|vendor|manufactur|maker|producer|factory|mill|subcontract|contractor|distributor|importer|exporter|reseller|wholesaler|brand|company|organi[sz]ation|entity|party|seller|tier|source|origin|legal name|trading name|business name|^name$|fournisseur|fabricant|lieferant|hersteller|proveedor|fabricante|fornitore|produttore/i;
/** Columns that name something but hold no organisation name: ids, contacts, places, money, dates. */
const NOT_A_NAME = /\b(id|no|number|code|ref|reference|duns|vat|tax|email|e-mail|phone|tel|fax|address|street|city|town|post ?code|zip|country|region|state|date|amount|value|price|currency|qty|quantity|status|category|url|website|contact)\b|#/i;

/** The headers that look like organisation names, in file order; the first header when none does. */
export function suggestColumns(headers: string[]): string[] {
  const picked = headers.filter((h) => NAME_COLUMN.test(h) && !NOT_A_NAME.test(h));
  return picked.length > 0 ? picked : headers.slice(0, 1);
}

/**
 * Indices of the requested columns, by header name: exact first, then ignoring case and surrounding
 * spaces. Unknown names are an error naming the columns the file has.
 */
export function resolveColumns(headers: string[], requested: string[]): number[] {
  if (requested.length === 0) throw new ScreeningInputError('no-columns', 'Choose at least one column to screen.');
  const folded = headers.map((h) => h.trim().toLowerCase());
  const indices = requested.map((name) => {
    const exact = headers.indexOf(name);
    const index = exact >= 0 ? exact : folded.indexOf(name.trim().toLowerCase());
    if (index < 0) {
      throw new ScreeningInputError(
        'unknown-column',
        `No column named "${name}". The file's columns are: ${headers.join(', ')}.`,
        name,
      );
    }
    return index;
  });
  return [...new Set(indices)];
}
