/**
 * The supply chain around a screening hit (issue #18): the other screened tier columns of its row
 * ("Supplier: Northgate Medical Supplies Ltd"), and the row's direct supplier, the company the
 * buyer contracts with, behind which a listed manufacturer or sub-supplier sits.
 */
import { capText, collapseSpace, formatContext } from '../finding-context';

/** A column of the direct supplier: the bidder, vendor or supplier, not a manufacturer or a deeper tier. */
const SUPPLIER = /supplier|vendor|bidder|tender|contractor|seller|distributor|reseller|wholesaler|fournisseur|lieferant|proveedor|fornitore/i;
const DEEPER = /sub|tier\s*[2-9]|2nd|3rd|second|third|manufactur|maker|producer|factory|mill|fabricant|hersteller|fabricante|produttore/i;

/**
 * Which of the screened columns (`indices` into `headers`) names the direct supplier: the first
 * whose header says supplier, vendor, bidder… and not a deeper tier; else, with several screened
 * columns, the first of them (files list the supplier before its makers). None for one column that
 * does not say so.
 */
export function directSupplierIndex(headers: readonly string[], indices: readonly number[]): number | undefined {
  const named = indices.find((i) => SUPPLIER.test(headers[i] ?? '') && !DEEPER.test(headers[i] ?? ''));
  return named ?? (indices.length > 1 ? indices[0] : undefined);
}

export interface HitContext {
  /** The row's other screened columns, "Column: text" joined (empty: none has text). */
  context: string;
  /** The row's direct supplier (its own cell when the hit is in that column); absent when unknown. */
  supplier?: string;
}

/** The context of a hit in column `at` of `row`. */
export function rowContext(row: readonly string[], headers: readonly string[], indices: readonly number[], at: number, supplierIndex: number | undefined): HitContext {
  const context = formatContext(indices.filter((i) => i !== at).map((i) => ({ label: headers[i], text: row[i] ?? '' })));
  const supplier = supplierIndex === undefined ? '' : capText(collapseSpace(row[supplierIndex] ?? ''));
  return supplier === '' ? { context } : { context, supplier };
}
