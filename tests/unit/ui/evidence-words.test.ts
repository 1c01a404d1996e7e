/**
 * Evidence problems and sizes in words, and every message the evidence and audit pack code names
 * exists in English (`t()` would show a missing one as its bare key).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const messages = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** `browser.i18n.getMessage` over the English file: placeholders filled from the substitutions. */
function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = subs === undefined ? [] : [subs].flat();
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return values[Number(content.slice(1)) - 1] ?? '';
  });
}
vi.mock('../../../src/platform/browser', () => ({ default: { i18n: { getMessage, getUILanguage: () => 'en-GB' } } }));

const { EvidenceRefused } = await import('../../../src/platform/evidence-store');
const { evidenceProblemText, fileSize } = await import('../../../src/ui/evidence-words');

describe('evidence in words', () => {
  it('sizes in kilobytes below a megabyte, else megabytes', () => {
    expect(fileSize(300)).toBe('1 KB');
    expect(fileSize(5_000)).toBe('5 KB');
    expect(fileSize(25 * 1024 * 1024 + 200_000)).toBe('25.2 MB');
  });

  it('says why a file was not stored, naming it', () => {
    expect(evidenceProblemText(new EvidenceRefused({ reason: 'type', name: 'run.exe' }))).toMatch(/^“run\.exe” was not attached: only PDF/);
    expect(evidenceProblemText(new EvidenceRefused({ reason: 'too-large', name: 'scan.pdf', size: 25 * 1024 * 1024 }))).toBe('“scan.pdf” was not attached: it is 25 MB and a file may be up to 20 MB.');
    expect(evidenceProblemText(new EvidenceRefused({ reason: 'total', name: 'b.pdf', size: 3, stored: 199 * 1024 * 1024 }))).toMatch(/200 MB in all and 199 MB is used/);
    expect(evidenceProblemText(new EvidenceRefused({ reason: 'quota', name: 'c.pdf' }))).toMatch(/^“c\.pdf” was not attached: the browser has no room/);
    expect(evidenceProblemText(new Error('broken'))).toBe('Evidence could not be stored or read: broken');
  });

  it('every message key the evidence and audit pack code names is in the English messages', () => {
    const files = ['src/core/org/audit-pack.ts', 'src/core/org/audit-pack-report.ts', 'src/options/AuditPackSection.tsx', 'src/options/DecisionEvidence.tsx', 'src/options/DeleteDecision.tsx', 'src/popup/PageCapture.tsx', 'src/ui/evidence-words.ts'];
    const keys = files.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/'((?:pack|evidence|capture|delete|decisionDeleted)[A-Za-z]+)'/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => !messages[k])).toEqual([]);
  });
});
