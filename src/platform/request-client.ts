/**
 * How the extension's pages and content scripts ask the background: one typed call each, checked
 * against its contract at compile time (pages: `requests.ts`; content scripts: `messages.ts`). The
 * contracts are imported for their types only, so neither the popup nor the content script bundles
 * zod; the background validates every message on receipt.
 */
import browser from './browser';
import type { ContentMessage, ContentReplies } from './messages';
import type { RequestName, RequestPayload, RequestResponse } from './requests';

/** The payload argument: optional where every field is (`request('get-admin-state')`). */
type PayloadArgument<N extends RequestName> = {} extends RequestPayload<N> ? [payload?: RequestPayload<N>] : [payload: RequestPayload<N>];

/** A page's request to the background, answered with the type the contract gives it. */
export function request<N extends RequestName>(name: N, ...[payload]: PayloadArgument<N>): Promise<RequestResponse<N>> {
  return browser.runtime.sendMessage({ ...payload, type: name }) as Promise<RequestResponse<N>>;
}

/** A content script's message to the background, answered with the type the content contract gives it. */
export function sendToBackground<M extends ContentMessage>(message: M): Promise<ContentReplies[M['type']]> {
  return browser.runtime.sendMessage(message) as Promise<ContentReplies[M['type']]>;
}
