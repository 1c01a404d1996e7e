import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BRAND, brandFeed, DISTRIBUTOR, MAKER_NAME, unknownTargetFeed } from '../../fixtures/feeds/brand-feed';
import { inProcess } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'wro-brands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('wro-screen with an organisation feed of brands', { timeout: 120_000 }, () => {
  it('explains a brand finding by its chain, given the list the feed leads into', async () => {
    const r = await inProcess(['--json', '--list', 'seeds/default-list.json', '--list', file('brands.json', brandFeed()), file('tender.txt', `Offered: ${BRAND} examination gloves.\n`)]);
    expect(r.status).toBe(0);
    const [f, ...rest] = JSON.parse(r.stdout) as Array<{ recordName: string; matchedText: string; explanation: { summary: string } }>;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ recordName: MAKER_NAME, matchedText: BRAND });
    expect(f!.explanation.summary).toContain(`“${BRAND}” (not itself on an official list), a private label of ${DISTRIBUTOR}, a distributor for ${MAKER_NAME}, as your organisation's feed`);
  });

  it('refuses a feed leading to a record none of the lists holds, alone or with an unknown id', async () => {
    const alone = await inProcess(['--list', file('alone.json', brandFeed()), file('t1.txt', BRAND)]);
    expect(alone.status).not.toBe(0);
    expect(alone.stderr).toContain('lead to records that are in none of the lists in use: "uflpa-hoshine-silicon-industry-shanshan-co-ltd"');
    const unknown = await inProcess(['--list', 'seeds/default-list.json', '--list', file('unknown.json', unknownTargetFeed()), file('t2.txt', BRAND)]);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('"uflpa-no-such-entity"');
  });
});
