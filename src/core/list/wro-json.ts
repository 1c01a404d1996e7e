/** The project's own JSON feed format: a `WroList`, validated by `list-schema.ts`. */
import { validateList } from './list-schema';
import type { ParseResult } from './types';

export type JsonRead = { ok: true; value: unknown } | { ok: false; error: string };

/** JSON.parse with a human message; a cut-off download is the usual cause. */
export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    // V8 words a cut-off file several ways; an error at the very end of the text means truncation.
    const position = Number(/at position (\d+)/.exec(detail)?.[1] ?? NaN);
    const truncated = /end of (?:JSON )?input|unterminated/i.test(detail) || position >= text.trimEnd().length - 1;
    return { ok: false, error: `Not valid JSON${truncated ? ' (the file ends too early: truncated download?)' : ''}: ${detail.slice(0, 200)}` };
  }
}

export function parseWroJsonText(text: string): ParseResult {
  const json = readJson(text);
  if (!json.ok) return { ok: false, format: 'wro-json', error: json.error };
  const result = validateList(json.value);
  return result.ok ? { ok: true, format: 'wro-json', list: result.list, warnings: [] } : { ok: false, format: 'wro-json', error: result.error };
}
