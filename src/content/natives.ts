/**
 * The DOM methods the content script calls to change the page, taken once at start. Content
 * scripts run in an isolated world (Chrome) or behind Xray wrappers (Firefox), so a page replacing
 * `Node.prototype.insertBefore` cannot normally reach us; keeping our own references also holds
 * where a script is injected into a page that has already replaced them in a shared world.
 */
const { apply } = Reflect;
const nodeInsertBefore = Node.prototype.insertBefore;
const nodeRemoveChild = Node.prototype.removeChild;
const elementAttachShadow = Element.prototype.attachShadow;
const elementSetAttribute = Element.prototype.setAttribute;
const elementAddEventListener = EventTarget.prototype.addEventListener;

export function insertBefore(parent: Node, node: Node, before: Node | null): void {
  apply(nodeInsertBefore, parent, [node, before]);
}

export function removeNode(node: Node): void {
  const parent = node.parentNode;
  if (parent) apply(nodeRemoveChild, parent, [node]);
}

export function attachClosedShadow(host: Element): ShadowRoot {
  return apply(elementAttachShadow, host, [{ mode: 'closed' }]) as ShadowRoot;
}

export function setAttribute(element: Element, name: string, value: string): void {
  apply(elementSetAttribute, element, [name, value]);
}

export function listen(target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions): void {
  apply(elementAddEventListener, target, [type, listener, options]);
}
