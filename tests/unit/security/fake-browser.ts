/**
 * A stand-in for the WebExtension API in Node: every namespace and method exists, methods resolve
 * to nothing, and `addListener` records the listener so a test can call it as the browser would.
 */
export const EXTENSION_ID = 'wroextensionidfortests';

export interface FakeBrowser {
  api: unknown;
  listeners: Map<string, Array<(...args: unknown[]) => unknown>>;
}

export function fakeBrowser(): FakeBrowser {
  const listeners = new Map<string, Array<(...args: unknown[]) => unknown>>();
  const fixed: Record<string, unknown> = {
    'runtime.id': EXTENSION_ID,
    'runtime.getURL': (path: string) => `chrome-extension://${EXTENSION_ID}/${path.replace(/^\//, '')}`,
    'storage.local.get': async () => ({}),
    'storage.session.get': async () => ({}),
    'storage.managed.get': async () => ({}),
    'tabs.query': async () => [],
    'alarms.get': async () => undefined,
    'permissions.contains': async () => false,
    'scripting.getRegisteredContentScripts': async () => [],
  };
  const node = (path: string[]): unknown =>
    new Proxy(() => undefined, {
      get(_target, key) {
        if (typeof key === 'symbol') return undefined;
        if (key === 'then') return undefined; // not a promise
        const at = [...path, key].join('.');
        if (at in fixed) return fixed[at];
        if (key === 'addListener') {
          const name = path.join('.');
          return (fn: (...args: unknown[]) => unknown) => listeners.set(name, [...(listeners.get(name) ?? []), fn]);
        }
        return node([...path, key]);
      },
      apply: () => Promise.resolve(undefined),
    });
  return { api: node([]), listeners };
}
