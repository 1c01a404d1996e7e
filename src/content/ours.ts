/**
 * What this script added to the page, known from its own private record: a WeakSet of the elements
 * it made (each held by the component that made it while it is in the page), never from a name or
 * an attribute. A page could give its own text our tag name or our attribute, and so hide that
 * text from the scan; it cannot add to this set. No DOM is touched here (the unit tests run without one).
 */

/**
 * Labels every element the extension adds to a page, by kind (`badge`, `card`, `summary`, `layer`,
 * `style`): for people and tests, and so that a newer copy of this script can take away what an
 * older copy left behind. Not how the scanner knows its own (`isOurs`).
 */
export const UI_ATTR = 'data-wro-check-ui';

const ours = new WeakSet<Node>();

/** Records an element this script made, before it goes into the page. */
export function markOurs<T extends Node>(node: T): T {
  ours.add(node);
  return node;
}

/** Whether this script made `node` (its UI hosts, the style elements it adds to page shadow roots). */
export function isOurs(node: Node): boolean {
  return ours.has(node);
}
