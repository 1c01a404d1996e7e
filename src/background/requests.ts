/**
 * Requests from the extension's own pages (popup, options, screening page), by type. Each feature
 * declares its requests in its own file as `{ type, schema, handle }`; this module only dispatches.
 * Content scripts cannot reach these: the caller must be an extension page.
 */
import type { z } from 'zod';
import type { Runtime } from '../platform/browser';

export interface RequestHandler<S extends z.ZodType = z.ZodType> {
  type: string;
  schema: S;
  handle(message: z.infer<S>, sender: Runtime.MessageSender): Promise<unknown>;
}

export function defineRequest<S extends z.ZodType>(
  type: string,
  schema: S,
  handle: (message: z.infer<S>, sender: Runtime.MessageSender) => Promise<unknown>,
): RequestHandler<S> {
  return { type, schema, handle };
}

export function dispatch(
  handlers: RequestHandler[],
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<unknown> {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  const handler = handlers.find((h) => h.type === type);
  if (!handler) return Promise.reject(new Error(`Unknown request ${String(type)}`));
  const parsed = handler.schema.safeParse(message);
  if (!parsed.success) return Promise.reject(new Error(`Malformed ${handler.type} request`));
  return handler.handle(parsed.data, sender);
}
