/**
 * The feed registry (`src/core/list/formats.ts`) is the one list of feed kinds: the settings, the
 * options page's labels and the administrators' policy schema all follow it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../src/core/list/detect';
import { FEED_KINDS, LIST_FORMATS, SOURCE_KINDS } from '../../../../src/core/list/formats';
import { sourceSchema } from '../../../../src/core/settings';

const read = (path: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../..', path), 'utf8'));

describe('the feed registry', () => {
  it('is what the managed-storage schema offers administrators: the same kinds, in the same order', () => {
    const schema = read('public/managed-schema.json') as {
      properties: { sources: { items: { properties: { kind: { enum: string[] } } } } };
    };
    expect(schema.properties.sources.items.properties.kind.enum).toEqual(SOURCE_KINDS);
  });

  it('offers the configurable kinds in the settings, each with an English label, and keeps the others internal', () => {
    const messages = read('public/_locales/en/messages.json') as Record<string, { message: string }>;
    expect(SOURCE_KINDS).toEqual(['wro-json', 'cbp', 'dhs-uflpa', 'admin-csv', 'admin-json']);
    for (const kind of SOURCE_KINDS) {
      expect(messages[FEED_KINDS[kind].labelKey]?.message, kind).toBeTruthy();
      expect(sourceSchema.safeParse({ id: 'x', kind, url: 'https://example.org/list', label: '', enabled: true }).success, kind).toBe(true);
    }
    for (const kind of ['cbp-csv', 'auto', 'cbp-csv-link']) {
      expect(sourceSchema.safeParse({ id: 'x', kind, url: 'https://example.org/list', label: '', enabled: true }).success, kind).toBe(false);
    }
  });

  it('recognises each format from its content, trying a file only against formats of its shape', () => {
    const samples: Record<keyof typeof LIST_FORMATS, [text: string, fileName: string]> = {
      'wro-json': ['{"schemaVersion": 1, "records": []}', 'list.json'],
      'admin-json': ['[{"name": "Acme Gloves"}]', 'ours.json'],
      'cbp-csv': ['Entity,Country,WRO/Finding,Effective Date\r\nAcme,Malaysia,WRO,1/2/2024\r\n', 'wro.csv'],
      'admin-csv': ['name,country\r\nAcme,Malaysia\r\n', 'ours.csv'],
      'dhs-uflpa-html': ['<!doctype html><table><tr><th>Name of Entity</th></tr></table>', 'uflpa.html'],
    };
    for (const [format, [text, fileName]] of Object.entries(samples)) expect(detectFormat(text, fileName), format).toBe(format);
    // A web page that is not the UFLPA list is no list at all, though its first line has a comma.
    expect(detectFormat('<html><body>Sign in, please</body></html>', 'feed.csv')).toBeNull();
    expect(detectFormat('just some words')).toBeNull();
  });
});
