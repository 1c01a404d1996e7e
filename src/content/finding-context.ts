/**
 * Reads a finding's context from the page (core/finding-context.ts words it): the table row, card
 * or list item its mention sits in. A row is read cell by cell, each named by its column's header,
 * without the cell of the name itself; a card or list item as its text. What the extension added
 * to the page (badges, cards) and what is never read (scripts, styles, editors) is left out.
 */
import { CONTEXT_CHARS, formatContext, type ContextPart } from '../core/finding-context';
import { isInline, isSkipped } from './text-runs';

const ROW = 'tr, [role="row"]';
/** A card: marketplaces and portals mark theirs by class ("card", "product-card"). */
const CARD = '[class~="card"], [class$="-card"], [class*="-card "]';
const CONTAINER = `${ROW}, li, [role="listitem"], article, [role="article"], ${CARD}`;
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);
/** Characters read of one element: a little past the cap, so a long cell still shows its start. */
const READ_CHARS = CONTEXT_CHARS * 2;

/** The text of `root`, our UI and unread elements left out, read up to `max` characters. */
export function visibleText(root: Node, max: number = READ_CHARS): string {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    // A block's start separates words that the markup only separates by a tag.
    else if ((node as Element).localName === 'br' || !isInline(node as Element)) text += ' ';
  }
  return text.slice(0, max);
}

function isCell(element: Element): boolean {
  return element.localName === 'td' || element.localName === 'th' || CELL_ROLES.has(element.getAttribute('role') ?? '');
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter(isCell);
}

/** Each cell's first column (colspan counted). */
function columnsOf(cells: Element[]): number[] {
  let column = 0;
  return cells.map((cell) => {
    const at = column;
    const span = Number(cell.getAttribute('colspan'));
    column += Number.isInteger(span) && span > 1 && span < 1000 ? span : 1;
    return at;
  });
}

/** The header row of the row's table or grid: its thead's first row, else its first row if that is all headers. */
function headerRowOf(row: Element): Element | undefined {
  const table = row.localName === 'tr' ? row.closest('table') : row.closest('[role="table"], [role="grid"], [role="treegrid"]');
  if (!table) return undefined;
  const head = table.localName === 'table' ? (table as HTMLTableElement).tHead?.rows[0] : undefined;
  if (head) return head;
  const first = table.querySelector(ROW);
  if (!first || first === row) return undefined;
  const cells = cellsOf(first);
  const allHeaders = cells.length > 0 && cells.every((c) => c.localName === 'th' || c.getAttribute('role') === 'columnheader');
  return allHeaders ? first : undefined;
}

function rowParts(row: Element, mention: Node): ContextPart[] {
  const cells = cellsOf(row);
  const columns = columnsOf(cells);
  const header = headerRowOf(row);
  const headerCells = header && header !== row ? cellsOf(header) : [];
  const headerColumns = columnsOf(headerCells);
  const labelAt = (column: number): string | undefined => {
    let index = -1;
    headerColumns.forEach((c, i) => {
      if (c <= column) index = i;
    });
    const cell = headerCells[index];
    return cell ? visibleText(cell, 100) : undefined;
  };
  const parts: ContextPart[] = [];
  cells.forEach((cell, i) => {
    if (cell.contains(mention)) return; // the name itself is shown already
    parts.push({ label: labelAt(columns[i] ?? 0), text: visibleText(cell) });
  });
  return parts;
}

/**
 * The context of a mention at `node` (a text node, or a form control): its row's other cells with
 * their headers, or its card's or list item's text; empty when it is in neither. `cache` holds what
 * was read per container for one report (many mentions share a row).
 */
export function contextAt(node: Node, cache: Map<Element, string> = new Map()): string {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const container = start?.closest(CONTAINER);
  if (!container) return '';
  const isRow = container.matches(ROW);
  // A row's context depends on which cell the name is in; a card's does not.
  const cell = isRow ? [...container.children].find((c) => c.contains(node)) : undefined;
  const key = cell ?? container;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const context = formatContext(isRow ? rowParts(container, node) : [{ text: visibleText(container) }]);
  cache.set(key, context);
  return context;
}
