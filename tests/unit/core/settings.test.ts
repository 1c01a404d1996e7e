import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, effectiveSettings, originPattern, SETTING_KEYS, withLockedFields } from '../../../src/core/settings';

const feed = { id: 'org', kind: 'wro-json', url: 'https://lists.example.org/wro.json', label: 'Our list', enabled: true };

describe('effectiveSettings', () => {
  it('starts from the defaults: daily, 30 days, half the list, the official sources on', () => {
    const { settings, locked, policyErrors } = effectiveSettings(undefined, undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect([settings.refreshHours, settings.maxListAgeDays, settings.maxRemovalFraction]).toEqual([24, 30, 0.5]);
    expect(settings.sources.map((s) => [s.kind, s.enabled])).toEqual([['cbp', true], ['dhs-uflpa', true]]);
    expect([locked, policyErrors]).toEqual([[], []]);
  });

  it('lets an administrator switch the official sources off by policy, locked', () => {
    const off = DEFAULT_SETTINGS.sources.map((s) => ({ ...s, enabled: false }));
    const { settings, locked } = effectiveSettings({ sources: DEFAULT_SETTINGS.sources }, { sources: off });
    expect(settings.sources.map((s) => s.enabled)).toEqual([false, false]);
    expect(locked).toEqual(['sources']);
  });

  it('lets policy values win over saved ones, field by field, and locks exactly those fields', () => {
    const { settings, locked } = effectiveSettings({ refreshHours: 6, maxListAgeDays: 10 }, { sources: [feed], maxListAgeDays: 14 });
    expect(settings).toMatchObject({ refreshHours: 6, maxListAgeDays: 14, sources: [feed] });
    expect(locked.sort()).toEqual(['maxListAgeDays', 'sources']);
  });

  it('ignores invalid values with a reason instead of failing or applying them', () => {
    const { settings, locked, policyErrors } = effectiveSettings({ refreshHours: 'often' }, { sources: [{ ...feed, url: 'http://lists.example.org/wro.json' }], maxRemovalFraction: 0.3 });
    expect(settings.refreshHours).toBe(24);
    expect(settings.sources).toEqual(DEFAULT_SETTINGS.sources);
    expect(settings.maxRemovalFraction).toBe(0.3);
    expect(locked).toEqual(['maxRemovalFraction']);
    expect(policyErrors).toEqual([expect.stringMatching(/^Policy setting "sources" ignored: Only https addresses are allowed\.$/)]);
  });

  it('refuses duplicate source ids', () => {
    expect(effectiveSettings({ sources: [feed, feed] }, {}).settings.sources).toEqual(DEFAULT_SETTINGS.sources);
  });
});

describe('withLockedFields', () => {
  it('puts policy values back over an edit from the options page', () => {
    const effective = effectiveSettings({}, { refreshHours: 12 });
    expect(withLockedFields({ ...effective.settings, refreshHours: 1, maxListAgeDays: 9 }, effective)).toMatchObject({ refreshHours: 12, maxListAgeDays: 9 });
  });
});

describe('originPattern', () => {
  it('asks for the host on https, any port', () => {
    expect(originPattern('https://127.0.0.1:8443/feed.json')).toBe('https://127.0.0.1/*');
    expect(originPattern('https://www.cbp.gov/document/stats/x')).toBe('https://www.cbp.gov/*');
  });
});

describe('the policy files and the managed-storage schema', () => {
  const read = (path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8'));
  const schema = read('public/managed-schema.json') as { properties: Record<string, unknown> };

  it('declares every setting in the managed schema', () => {
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(SETTING_KEYS));
  });

  it('keeps to what Chrome accepts: minimum and maximum on integers only (else the extension fails to load)', () => {
    const bounded: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (('minimum' in n || 'maximum' in n) && n.type !== 'integer') bounded.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
    };
    walk(schema, 'schema');
    expect(bounded).toEqual([]);
  });

  it.each([
    ['docs/policy/chrome-policy.json', (p: any) => p['3rdparty'].extensions.REPLACE_WITH_EXTENSION_ID],
    ['docs/policy/firefox-policies.json', (p: any) => p.policies['3rdparty'].Extensions['wro-check@wro-check.org']],
  ])('%s sets every setting validly, so all are locked', (path, pick) => {
    const policy = pick(read(path));
    const { locked, policyErrors, settings } = effectiveSettings({}, policy);
    expect(policyErrors).toEqual([]);
    expect(locked.sort()).toEqual([...SETTING_KEYS].sort());
    expect(settings.sources.map((s) => s.kind)).toEqual(['wro-json', 'cbp', 'dhs-uflpa']);
    // Only keys the schema declares: a typo in an example would be silently ignored by browsers.
    expect(Object.keys(policy).filter((k) => !(k in schema.properties))).toEqual([]);
  });
});

describe('product notes on pages', () => {
  it('are off by default, switched on by the options page, and a policy wins and is locked', () => {
    expect(DEFAULT_SETTINGS.productNotesOnPages).toBe(false);
    expect(effectiveSettings({ productNotesOnPages: true }, {}).settings.productNotesOnPages).toBe(true);
    const policy = effectiveSettings({ productNotesOnPages: true }, { productNotesOnPages: false });
    expect(policy.settings.productNotesOnPages).toBe(false);
    expect(policy.locked).toEqual(['productNotesOnPages']);
    expect(effectiveSettings({}, { productNotesOnPages: 'yes' }).policyErrors).toEqual([expect.stringMatching(/"productNotesOnPages" ignored/)]);
  });
});

describe("the organisation's settings", () => {
  it('send nothing and name nobody by default', () => {
    expect([DEFAULT_SETTINGS.userName, DEFAULT_SETTINGS.decisionsFeedUrl, DEFAULT_SETTINGS.submissionUrl]).toEqual(['', '', '']);
  });

  it('take an https address or nothing, and refuse any other address', () => {
    const set = effectiveSettings({}, { decisionsFeedUrl: 'https://intranet.example.org/wro/decisions.json', submissionUrl: '' });
    expect(set.settings.decisionsFeedUrl).toBe('https://intranet.example.org/wro/decisions.json');
    expect(set.locked.sort()).toEqual(['decisionsFeedUrl', 'submissionUrl']);
    const bad = effectiveSettings({}, { submissionUrl: 'http://intranet.example.org/cases', decisionsFeedUrl: 'javascript:alert(1)' });
    expect(bad.settings.submissionUrl).toBe('');
    expect(bad.policyErrors).toHaveLength(2);
  });

  it('lock the name a policy sets', () => {
    const set = effectiveSettings({ userName: 'Sam' }, { userName: '  Category team  ' });
    expect(set.settings.userName).toBe('Category team');
    expect(set.locked).toEqual(['userName']);
  });
});
