/**
 * Every string the popup, the shared UI and the decision record show comes from the English
 * messages: `t()` falls back to the bare key, so a missing message would show as code, silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DISMISSAL_REASONS, DISMISSAL_SCOPES, OUTCOMES } from '../../../src/core/decision';
import { DISMISSAL_REASON_KEYS, DISMISSAL_SCOPE_KEYS, KIND_KEYS, kindKey, STATUS_KEYS, STATUS_MEANING_KEYS } from '../../../src/core/labels';
import { OUTCOME_KEYS } from '../../../src/ui/outcomes';

// The labels import the i18n helpers, which import the WebExtension API: not needed here.
vi.mock('../../../src/platform/browser', () => ({ default: {} }));

const root = new URL('../../../', import.meta.url).pathname;
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

const sources = [
  ...readdirSync(join(root, 'src/popup')).map((f) => join('src/popup', f)),
  ...readdirSync(join(root, 'src/ui')).map((f) => join('src/ui', f)),
  'src/options/DecisionsSection.tsx',
  'src/platform/i18n.ts',
].filter((f) => /\.tsx?$/.test(f));

/** Literal keys passed to t(): `t('key'` and `t("key"`. */
function literalKeys(): Array<{ file: string; key: string }> {
  return sources.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/\bt\(\s*['"]([A-Za-z0-9_]+)['"]/g)].map((m) => ({ file, key: m[1] as string })),
  );
}

describe('English messages for the popup and decision record', () => {
  it('exist for every literal key the code passes to t()', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(50);
    const missing = keys.filter(({ key }) => !messages[key]?.message);
    expect(missing).toEqual([]);
  });

  it('exist for every kind, status, status meaning, outcome and dismissal scope and reason', () => {
    const keys = [...Object.values(KIND_KEYS), ...Object.values(STATUS_KEYS), ...Object.values(STATUS_MEANING_KEYS), 'statusModifiedMeaningDhs', 'statusDelistedMeaningDhs'];
    // A region or vessel order names its instrument: "CBP Finding on a fishing vessel".
    for (const kind of ['region', 'vessel'] as const) for (const instrument of ['wro', 'finding'] as const) keys.push(kindKey({ kind, instrument }));
    expect(messages[kindKey({ kind: 'vessel', instrument: 'finding' })]?.message).toBe('CBP Finding on a fishing vessel');
    keys.push(...OUTCOMES.map((o) => OUTCOME_KEYS[o]));
    keys.push(...DISMISSAL_SCOPES.map((s) => DISMISSAL_SCOPE_KEYS[s]), ...DISMISSAL_REASONS.map((r) => DISMISSAL_REASON_KEYS[r]));
    expect(keys.filter((k) => !messages[k]?.message)).toEqual([]);
  });

  it('declare a placeholder for every $NAME$ they use', () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const [, name] of entry.message.matchAll(/\$([A-Z_]+)\$/g)) {
        expect(entry.placeholders?.[(name as string).toLowerCase()], `${key} uses $${name}$`).toBeDefined();
      }
    }
  });

  it('name the translation’s language for the pages’ lang attribute', () => {
    expect(messages.langTag?.message).toBe('en-GB');
  });
});
