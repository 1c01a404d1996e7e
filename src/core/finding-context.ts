/**
 * The context of a finding: the words around a listed name that say whose supply chain it is in
 * (issue #18). On a page, the table row, card or list item the mention sits in ("Bidder: Northgate
 * Medical Supplies Ltd · Product: Nitrile gloves"); in screening, the other tier columns of the
 * row. Pure: the content script and the screening code hand in the parts they read.
 */

/** Characters kept of a context: enough for a row of a tender table, and what a page can make us store. */
export const CONTEXT_CHARS = 200;

/** Between the parts of a context (cells, columns). */
export const CONTEXT_SEPARATOR = ' · ';

/** One part of a context: a cell's text and, where the table names it, its column. */
export interface ContextPart {
  label?: string;
  text: string;
}

/** Whitespace (any run, line breaks and non-breaking spaces included) as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** A label without its trailing colon, so "Bidder:" in a header does not become "Bidder::". */
function cleanLabel(label: string | undefined): string {
  return collapseSpace(label ?? '').replace(/[:：]\s*$/, '');
}

/** Cut to `max` characters at most, ending in "…" when cut (never in the middle of a surrogate pair). */
export function capText(text: string, max: number = CONTEXT_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * The parts joined as one line: "Label: text" where there is a label, empty parts left out,
 * whitespace collapsed, capped at `max` characters. Empty when nothing is left.
 */
export function formatContext(parts: readonly ContextPart[], max: number = CONTEXT_CHARS): string {
  const out: string[] = [];
  for (const part of parts) {
    const text = collapseSpace(part.text);
    if (text === '') continue;
    const label = cleanLabel(part.label);
    out.push(label !== '' && label.toLowerCase() !== text.toLowerCase() ? `${label}: ${text}` : text);
  }
  return capText(out.join(CONTEXT_SEPARATOR), max);
}
