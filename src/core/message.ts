/**
 * Sentences for people, as data: a key of `_locales/<lang>/messages.json` and its parameters. Core
 * returns these (match explanations, list changes, refresh results) instead of English text; each UI
 * renders them in its own language, pages through the browser's messages (`tr` in
 * `platform/i18n.ts`), the CLI from the English messages file (`cli/english.ts`). A parameter is
 * text as found (a company name, a date, an address) or a message of its own.
 */

export interface Message {
  key: string;
  params?: Param[];
}

export type Param = string | number | Message;

/** What is stored and shown: a message, or text written before messages were stored (old English). */
export type Text = string | Message;

export function msg(key: string, ...params: Param[]): Message {
  return params.length > 0 ? { key, params } : { key };
}

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && typeof (x as Message).key === 'string';
}

/**
 * Items joined as the language joins them, through a two-place message: `pair` is "$FIRST$, $REST$"
 * (or "; ", or a space between sentences), applied from the right, so a translation chooses its own
 * separators. One item is itself; none is the empty string.
 */
export function joined(pair: string, items: readonly Text[]): Text {
  if (items.length === 0) return '';
  let out: Text = items[items.length - 1]!;
  for (let i = items.length - 2; i >= 0; i--) out = msg(pair, items[i]!, out);
  return out;
}

/** Looks a message up with its substitutions filled in, as `browser.i18n.getMessage` does. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

export interface Renderer {
  message: MessageLookup;
  /** Numbers in the language's digits and grouping; plain digits when not given. */
  number?: (n: number) => string;
}

/**
 * A text in the renderer's language: parameters first, then the message they fill in. A
 * parameter ending a sentence's full stop where the message ends its own ("… Bhd." + ".") gives
 * one full stop, not two; an ellipsis is left alone.
 */
export function render(text: Param, r: Renderer): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'number') return r.number ? r.number(text) : String(text);
  return singleStops(r.message(text.key, (text.params ?? []).map((p) => render(p, r))));
}

const DOUBLED_STOP = /(?<!\.)\.\.(?!\.)/g;

/** One full stop where a filled-in name's own ("Bhd.") meets the sentence's; an ellipsis stays. */
export function singleStops(text: string): string {
  return text.replace(DOUBLED_STOP, '.');
}

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessagesFile = Record<string, MessageEntry>;

/**
 * `getMessage` over a parsed `messages.json`, for code without the browser's (the CLI, tests):
 * named placeholders ($NAME$, any case) become their content, then $1…$9 the substitutions and $$ a
 * dollar sign. A key missing from `messages` is taken from `fallback` (the default locale), as the
 * browser does; a key in neither is returned as is, as `t()` shows it.
 */
export function lookupIn(messages: MessagesFile, fallback?: MessagesFile): MessageLookup {
  const expanded = new Map<string, string | null>();
  return (key, substitutions) => {
    let text = expanded.get(key);
    if (text === undefined) {
      const entry = Object.hasOwn(messages, key) ? messages[key] : fallback && Object.hasOwn(fallback, key) ? fallback[key] : undefined;
      const placeholders = new Map(Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
      text = entry ? entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole) : null;
      expanded.set(key, text);
    }
    if (text === null) return key;
    return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
  };
}
