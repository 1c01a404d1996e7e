/**
 * A translation needs no code change: core returns messages (a `_locales` key and its parameters)
 * and each UI words them from its messages file. The pseudo-locale (`public/_locales/en_XA`, written
 * by `scripts/pseudo-locale.ts`) proves it: a match explanation, a list change and a refresh message
 * rendered with it hold no English but the page's and the list's own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudo, pseudoMessages, PSEUDO_TAG } from '../../../scripts/pseudo-locale';
import { DIFF_KIND_KEYS, DIFF_STATUS_KEYS, diffLists, planReplacement } from '../../../src/core/list/diff';
import { blankRecord } from '../../../src/core/list/make-list';
import { refreshSource } from '../../../src/core/list/refresh';
import { compileMatcher } from '../../../src/core/match/compile';
import { explanationMessage, NORMALISATION_KEYS, ROLE_KEYS } from '../../../src/core/match/explain';
import { loadMatcher } from '../../../src/core/match/matcher';
import { lookupIn, msg, render, type MessagesFile, type Param } from '../../../src/core/message';
import { SCHEMA_VERSION, type ListRecord, type WroList } from '../../../src/core/record';
import { bundledRecords } from '../../corpus/bundled-list';

const root = new URL('../../../', import.meta.url).pathname;
const read = (locale: string) => JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as MessagesFile;
const en = read('en');
const xa = read('en_XA');

const inPseudo = (text: Param) => render(text, { message: lookupIn(xa, en) });
const inEnglish = (text: Param) => render(text, { message: lookupIn(en) });

/** What is left of a rendered text once the given data (names, addresses, dates) is taken out. */
function withoutData(text: string, data: readonly string[]): string {
  return [...data].sort((a, b) => b.length - a.length).reduce((t, d) => (d ? t.split(d).join(' ') : t), text);
}
const ENGLISH_LETTERS = /[A-Za-z]{2,}/;

const placeholdersOf = (message: string) => new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));

describe('the pseudo-locale', () => {
  it('is a locale directory Chrome and Firefox read (language_REGION, with a messages file)', () => {
    expect(readdirSync(join(root, 'public/_locales')).sort()).toContain('en_XA');
    expect(xa.langTag?.message).toBe(PSEUDO_TAG);
  });

  it('only translates English messages, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(xa)) {
      expect(en[key], key).toBeDefined();
      expect(entry.placeholders ?? {}, key).toEqual(en[key]!.placeholders ?? {});
      expect(placeholdersOf(entry.message), key).toEqual(placeholdersOf(en[key]!.message));
    }
  });

  it('is the English accented, as scripts/pseudo-locale.ts writes it (run it after changing the English)', () => {
    const keys = Object.keys(xa).filter((k) => k !== 'langTag');
    expect(xa).toEqual(JSON.parse(JSON.stringify(pseudoMessages(en, keys))));
    expect(pseudo('Match: $WHY$ ($1, $$5).')).toBe('Ṁåţçĥ: $WHY$ ($1, $$5).');
  });
});

describe('rendered through the pseudo-locale, core’s messages hold no English', () => {
  const matcher = loadMatcher(compileMatcher(bundledRecords()));

  it('a match explanation', () => {
    const [f] = matcher.scan('Supplier: Maxter Glove Manufacturing Sdn. Bhd., Klang');
    const e = f!.explanation;
    expect(inEnglish(explanationMessage(e))).toBe(
      'Match: “Maxter Glove Manufacturing Sdn. Bhd.”, a subsidiary listed under Supermax Corporation Bhd.; supported by legal form “Sdn. Bhd.”.',
    );
    expect(inPseudo(explanationMessage(e))).toBe(
      'Ṁåţçĥ: “Maxter Glove Manufacturing Sdn. Bhd.”, å šûƀšîðîåŕý ļîšţéð ûñðéŕ Supermax Corporation Bhd.; šûþþöŕţéð ƀý ļéĝåļ ƒöŕɱ “Sdn. Bhd.”.',
    );
    // Possible matches, normalisations and supporting context too.
    let checked = 0;
    for (const text of ['Supplier: Supermex Corporation gloves', 'SUPERMAX CORPORATION BERHAD', 'Camel Group Co., Ltd. batteries']) {
      for (const { explanation: x } of matcher.scan(text)) {
        const data = [x.matchedName, x.recordName, ...x.context.map((c) => ('text' in c ? c.text : ''))];
        const rendered = inPseudo(explanationMessage(x));
        expect(withoutData(rendered, data), rendered).not.toMatch(ENGLISH_LETTERS);
        expect(rendered).not.toBe(inEnglish(explanationMessage(x)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('a list change and its summary', () => {
    const record = (id: string, name: string, extra: Partial<ListRecord> = {}): ListRecord => ({
      ...blankRecord(id, 'wro', name),
      status: 'active',
      issued: '2026-01-02',
      sources: [{ label: 'Feed', url: 'https://feed.example/list.json', retrieved: null }],
      ...extra,
    });
    const list = (records: ListRecord[]): WroList => ({ schemaVersion: SCHEMA_VERSION, version: records.map((r) => r.id + r.status).join(), generated: '2026-12-01T00:00:00.000Z', title: 'Feed', sources: [], records });
    const old = list([record('a', 'Widget Co'), record('b', 'Gadget Ltd')]);
    const next = list([record('a', 'Widget Co', { status: 'modified', statusDate: '2026-11-10' }), record('c', 'Sprocket Works', { kind: 'finding' })]);
    const diff = diffLists(old, next);
    expect(diff.lines.map(inEnglish)).toEqual(['Added: Sprocket Works (Finding, effective 2026-01-02)', 'Removed: Gadget Ltd (WRO)', 'Widget Co: WRO modified, effective 2026-11-10']);
    expect(diff.lines.map(inPseudo)).toEqual(['Åððéð: Sprocket Works (Ƒîñðîñĝ, éƒƒéçţîṽé 2026-01-02)', 'Ŕéɱöṽéð: Gadget Ltd (ŴŔÖ)', 'Widget Co: ŴŔÖ ɱöðîƒîéð, éƒƒéçţîṽé 2026-11-10']);
    expect(inEnglish(diff.summary)).toBe('1 record added, 1 removed, 1 status change');
    expect(inPseudo(diff.summary)).toBe('1 ŕéçöŕð åððéð, 1 ŕéɱöṽéð, 1 šţåţûš çĥåñĝé');
    expect(inPseudo(diffLists(old, old).summary)).toBe('Ñö çĥåñĝéš.');
    const plan = planReplacement(old, list([record('z', 'Other')]));
    expect(plan.action === 'confirm' && inPseudo(plan.reason)).toBe(
      'Ţĥîš ûþðåţé ŵöûļð ŕéɱöṽé 2 öƒ 2 ŕéçöŕðš (100%). Îţ ŵåš ñöţ åþþļîéð: çöñƒîŕɱ îţ îƒ ţĥé šöûŕçé ŕéåļļý ðŕöþþéð ţĥéɱ.',
    );
  });

  it('a refresh message', async () => {
    const fetch = (async () => new Response('gone', { status: 404 })) as typeof globalThis.fetch;
    const bad = await refreshSource({ id: 'org', kind: 'wro-json', url: 'not a url' }, { fetch });
    expect(bad.status === 'failed' && inEnglish(bad.message)).toBe('“not a url” is not a valid URL.');
    expect(bad.status === 'failed' && inPseudo(bad.message)).toBe('“not a url” îš ñöţ å ṽåļîð ÛŔĻ.');
    const missing = await refreshSource({ id: 'org', kind: 'wro-json', url: 'https://feed.example/list.json' }, { fetch });
    expect(missing.status === 'failed' && inPseudo(missing.message)).toBe(
      'Ţĥé šéŕṽéŕ åñšŵéŕéð 404 Not Found ƒöŕ https://feed.example/list.json. Ţĥé çûŕŕéñţ ļîšţ ŵåš ķéþţ.',
    );
    expect(inPseudo(msg('refreshSourceSays', 'Organisation feed', msg('runUpToDate')))).toBe('Organisation feed: Ţĥé ļîšţ îš ûþ ţö ðåţé: ñö šöûŕçé çĥåñĝéð îţ.');
  });
});

describe('the English messages', () => {
  const srcFiles = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? srcFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
    );

  it('hold every key core and the background pass to msg(), and every key of the key tables', () => {
    const literal = srcFiles('src').flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/\bmsg\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(literal.length).toBeGreaterThan(60);
    const tables = [NORMALISATION_KEYS, ROLE_KEYS, DIFF_KIND_KEYS, DIFF_STATUS_KEYS].flatMap((t) => Object.values(t));
    const keys = [...literal, ...tables, 'normSpellingOne', 'listItems', 'listClauses', 'listSentences'];
    expect(keys.filter((k) => !en[k]?.message)).toEqual([]);
  });

  it('are read as the browser reads them: named placeholders, $1…$9, $$ for a dollar', () => {
    const lookup = lookupIn({ a: { message: 'Pay $$$AMOUNT$ to $who$', placeholders: { amount: { content: '$1' }, who: { content: '$2' } } } });
    expect(lookup('a', ['5', 'Jo'])).toBe('Pay $5 to Jo');
    expect(lookup('missing', [])).toBe('missing');
    expect(lookupIn({}, { b: { message: 'from the default' } })('b', [])).toBe('from the default');
  });
});
