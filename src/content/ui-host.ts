/**
 * The elements the extension's UI hangs on (badges, the card, the large-page badge layer, the
 * screen-reader summary): each a built-in `span` or `div` holding a closed shadow root. A page can
 * define custom elements under any name with a hyphen, and its definition of one of our former tag
 * names (forbidding shadow roots, or with a constructor that throws) made `attachShadow` fail and
 * stopped the whole scan (issue #17). A page's registry cannot claim a plain built-in element:
 * only elements created with `is`, which ours never are. Ours are known by `isOurs`, not by name.
 */
import { attachClosedShadow, setAttribute } from './natives';
import { markOurs, UI_ATTR } from './ours';

export type UiKind = 'badge' | 'card' | 'summary' | 'layer';

/**
 * A new host for one piece of UI, with its closed shadow root: a `span` for what sits in the page's
 * text (a badge), a `div` otherwise. Not yet in the page: the caller fills the root, then inserts it.
 */
export function createUiHost(doc: Document, kind: UiKind): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(kind === 'badge' ? 'span' : 'div');
  setAttribute(host, UI_ATTR, kind);
  const shadow = attachClosedShadow(host);
  markOurs(host);
  return { host, shadow };
}
