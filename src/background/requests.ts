/**
 * Requests from the extension's own pages (popup, options, screening page), answered by name. The
 * contract (`platform/requests.ts`) gives each name its payload schema; each feature declares its
 * handlers in its own file, typed against the contract; this module only validates and dispatches.
 * Content scripts cannot reach these: the caller must be an extension page.
 */
import type { Runtime } from '../platform/browser';
import type { Contract, HandlersOf } from '../platform/requests';

/** Validates `message` against its entry in `contract` and answers it with that name's handler. */
export function dispatch<C extends Contract>(
  contract: C,
  handlers: HandlersOf<C>,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<unknown> {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(contract, type)) {
    return Promise.reject(new Error(`Unknown request ${typeof type === 'string' ? type : typeof type}`));
  }
  const parsed = contract[type]!.payload.safeParse(message);
  if (!parsed.success) return Promise.reject(new Error(`Malformed ${type} request`));
  const handle = handlers[type] as (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
  return handle(parsed.data, sender);
}
