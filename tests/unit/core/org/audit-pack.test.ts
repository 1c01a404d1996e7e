import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../src/core/decision';
import { buildPack, PACK_LIMITS, readPack, selectForPack, type PackContents } from '../../../../src/core/org/audit-pack';
import type { ReportWords } from '../../../../src/core/org/audit-pack-report';
import { evidencePath, safeFileName } from '../../../../src/core/org/pack-paths';
import { decision } from '../../platform/decision-fixtures';

const words: ReportWords = {
  t: (key, ...subs) => [key, ...subs].join(' '),
  outcome: (o) => `outcome:${o}`,
  dateTime: (iso) => iso,
  size: (n) => `${n} B`,
  lang: 'en',
};

const UID_A = '0a6f3b1c-1111-4c1e-9a57-5d0c2b7e4f10';
const UID_B = '0a6f3b1c-2222-4c1e-9a57-5d0c2b7e4f10';

function contents(): PackContents {
  const a = decision({ id: 7, uid: UID_A, note: 'Asked for the mill certificate <script>alert(1)</script>', contractRef: 'CT-2026-14', by: 'Ana', owner: 'Ben' });
  const b = decision({ id: 8, uid: UID_B, time: '2026-12-02T10:00:00.000Z', recordId: 'uflpa-hoshine', recordName: 'Hoshine Silicon Industry Co., Ltd.', matchedText: 'Hoshine', listVersion: 'v-old' });
  return {
    exportedAt: '2026-12-06T10:00:00.000Z',
    filter: {},
    decisions: [a, b],
    evidence: [
      {
        meta: { id: 'e1e1e1e1-0000-4000-8000-000000000001', decisionUid: UID_A, kind: 'file', name: 'Déclaration fournisseur.pdf', type: 'application/pdf', size: 5, addedAt: '2026-12-01T00:00:00.000Z' },
        bytes: new Uint8Array([37, 80, 68, 70, 45]),
      },
      {
        meta: {
          id: 'e1e1e1e1-0000-4000-8000-000000000002',
          decisionUid: UID_A,
          kind: 'capture',
          name: 'Page capture',
          type: 'text/plain',
          size: 0,
          addedAt: '2026-12-01T00:00:00.000Z',
          capture: { url: 'https://example.com/q', title: 'Quote', time: '2026-12-01T00:00:00.000Z', matchedText: 'Supermax', context: 'Bidder: Northgate' },
        },
      },
      {
        meta: { id: 'e1e1e1e1-0000-4000-8000-000000000003', decisionUid: UID_B, kind: 'screenshot', name: 'screenshot.png', type: 'image/png', size: 3, addedAt: '2026-12-02T00:00:00.000Z' },
        bytes: new Uint8Array([1, 2, 3]),
      },
    ],
    lists: {
      known: [{ version: 'v1-1cc7f088b0686519', generated: '2026-11-01T00:00:00Z', title: 'WRO Check list', since: '2026-11-02T00:00:00Z', sources: [{ label: 'CBP', url: 'https://www.cbp.gov/x.csv', retrieved: '2026-11-02' }] }],
      unknown: ['v-old'],
    },
  };
}

const withoutId = (d: Decision) => {
  const { id: _id, ...rest } = d;
  return rest;
};

/** The pack's files, changed by `edit`, zipped again. */
async function tampered(edit: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(await buildPack(contents(), words));
  edit(files);
  return zipSync(files as Zippable);
}

describe('audit pack', () => {
  it('reads back what it was built from: decisions, evidence bytes, captures and lists', async () => {
    const source = contents();
    const result = await readPack(await buildPack(source, words));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.pack.decisions).toEqual(source.decisions.map(withoutId));
    expect(result.pack.evidence).toEqual(source.evidence);
    expect(result.pack.lists).toEqual(source.lists);
    expect(result.pack.exportedAt).toBe(source.exportedAt);
  });

  it('holds the CSV, a report with every text escaped, and a manifest with each file’s hash', async () => {
    const files = unzipSync(await buildPack(contents(), words));
    expect(Object.keys(files).sort()).toEqual(
      ['decisions.csv', 'decisions.json', 'evidence.json', 'lists.json', 'manifest.json', 'report.html', evidencePath(contents().evidence[0]!.meta), evidencePath(contents().evidence[2]!.meta)].sort(),
    );
    expect(strFromU8(files['decisions.csv']!)).toContain('Asked for the mill certificate');
    const report = strFromU8(files['report.html']!);
    expect(report).not.toContain('<script');
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).toContain(`href="${evidencePath(contents().evidence[0]!.meta)}"`);
    expect(report).toContain('Hoshine Silicon Industry Co., Ltd.');
    expect(report).toContain('packReportListUnknown');
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.counts).toEqual({ decisions: 2, evidence: 3, lists: 1 });
    expect(manifest.files['decisions.json'].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names evidence files safely', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileName('Déclaration fournisseur.pdf')).toBe('De_claration_fournisseur.pdf');
    expect(evidencePath({ decisionUid: UID_A, id: 'abc', name: 'a/b\\c.pdf' })).toBe(`evidence/${UID_A}/abc-a_b_c.pdf`);
  });

  it('selects by date range, supplier and contract reference, oldest first', () => {
    const all = contents().decisions;
    expect(selectForPack(all, {}).map((d) => d.uid)).toEqual([UID_A, UID_B]);
    expect(selectForPack(all, { from: '2026-12-01' }).map((d) => d.uid)).toEqual([UID_B]);
    expect(selectForPack(all, { to: '2026-11-30' }).map((d) => d.uid)).toEqual([UID_A]);
    expect(selectForPack(all, { supplier: 'hoshine' }).map((d) => d.uid)).toEqual([UID_B]);
    expect(selectForPack(all, { supplier: 'supermax corporation' }).map((d) => d.uid)).toEqual([UID_A]);
    expect(selectForPack(all, { contractRef: 'ct-2026' }).map((d) => d.uid)).toEqual([UID_A]);
  });
});

describe('a hostile or damaged pack is refused whole, saying why', () => {
  const refused = async (zip: Uint8Array, limits = PACK_LIMITS) => {
    const result = await readPack(zip, limits);
    if (result.ok) throw new Error('accepted');
    return result.error;
  };

  it('not a zip', async () => {
    expect(await refused(strToU8('PK not really'))).toEqual({ key: 'packErrNotZip' });
  });

  it('a name that climbs out of its folder, or an absolute one', async () => {
    for (const name of ['../evil.txt', 'evidence/../../evil.txt', '/etc/cron.d/x', 'C:\\x.txt', 'evidence\\x']) {
      const zip = await tampered((files) => void (files[name] = strToU8('x')));
      expect(await refused(zip)).toEqual({ key: 'packErrUnsafeName', params: [name] });
    }
  });

  it('too many files, a file or a total larger than allowed, before anything is inflated', async () => {
    const zip = await buildPack(contents(), words);
    expect((await refused(zip, { ...PACK_LIMITS, maxFiles: 3 })).key).toBe('packErrTooManyFiles');
    expect((await refused(zip, { ...PACK_LIMITS, maxEvidenceBytes: 4 })).key).toBe('packErrFileTooLarge');
    expect((await refused(zip, { ...PACK_LIMITS, maxTotalBytes: 1000 })).key).toBe('packErrTooLarge');
  });

  it('an evidence file whose bytes do not match the manifest', async () => {
    const path = evidencePath(contents().evidence[0]!.meta);
    const zip = await tampered((files) => void (files[path] = new Uint8Array([37, 80, 68, 70, 46])));
    expect(await refused(zip)).toEqual({ key: 'packErrHash', params: [path] });
  });

  it('a decision changed after export', async () => {
    const zip = await tampered((files) => void (files['decisions.json'] = strToU8(strFromU8(files['decisions.json']!).replace('mill certificate', 'mill certificates'))));
    expect((await refused(zip)).key).toBe('packErrHash');
  });

  it('a file the manifest names is missing, or one it does not name is there', async () => {
    const path = evidencePath(contents().evidence[2]!.meta);
    expect(await refused(await tampered((files) => void delete files[path]))).toEqual({ key: 'packErrMissing', params: [path] });
    expect(await refused(await tampered((files) => void delete files['manifest.json']))).toEqual({ key: 'packErrMissing', params: ['manifest.json'] });
    expect(await refused(await tampered((files) => void (files['evidence/extra.exe'] = strToU8('MZ'))))).toEqual({ key: 'packErrExtra', params: ['evidence/extra.exe'] });
  });

  it('a manifest of another format', async () => {
    const zip = await tampered((files) => void (files['manifest.json'] = strToU8(JSON.stringify({ format: 'something-else' }))));
    expect((await refused(zip)).key).toBe('packErrManifest');
  });

  it('an evidence file of a kind never kept as evidence, or of another type than its name says, with a consistent manifest', async () => {
    for (const meta of [{ name: 'invoice.html', type: 'text/html' }, { name: 'photo.svg', type: 'image/svg+xml' }, { name: 'scan.pdf', type: 'text/html' }]) {
      const source = contents();
      Object.assign(source.evidence[0]!.meta, meta);
      expect(await refused(await buildPack(source, words))).toEqual({ key: 'packErrEvidence', params: [`${meta.name}: not a kind of file kept as evidence`] });
    }
  });

  it('evidence for a decision the pack does not hold, with a consistent manifest', async () => {
    const source = contents();
    source.evidence[0]!.meta.decisionUid = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
    expect((await refused(await buildPack(source, words))).key).toBe('packErrEvidence');
  });
});
