/**
 * How many distinct listed companies a tab shows, over all its frames. The toolbar badge and the
 * in-page screen-reader summary both say this number, so both take it from here.
 */

/** Distinct record ids reported anywhere on the tab (any frame) that the current list still holds. */
export function listedOnTab(
  frames: Record<string, ReadonlyArray<{ recordId: string }>> | undefined,
  isListed: (recordId: string) => boolean,
): string[] {
  const ids = new Set<string>();
  for (const findings of Object.values(frames ?? {})) {
    for (const { recordId } of findings) if (isListed(recordId)) ids.add(recordId);
  }
  return [...ids];
}

/** The toolbar badge text for that count: none for zero, capped at "99+". */
export function badgeText(count: number): string | null {
  return count === 0 ? null : count > 99 ? '99+' : String(count);
}
