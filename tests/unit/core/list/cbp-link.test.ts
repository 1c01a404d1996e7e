import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCbpCsvLink, findCbpLinks } from '../../../../src/core/list/cbp-link';

const LANDING = 'https://www.cbp.gov/document/stats/withhold-release-orders-findings';
const FILES = 'https://www.cbp.gov/sites/default/files';
const page = (name: string) => readFileSync(new URL(`../../../fixtures/cbp-landing/${name}`, import.meta.url), 'utf8');
const links = (name: string) => findCbpLinks(page(name), LANDING);

/** One Drupal file link, as CBP's file field writes it. */
const fileLink = (href: string, text: string, type = 'text/csv') =>
  `<div class="field__item"><span class="file file--mime-text-csv file--text"><a href="${href}" type="${type}">${text}</a></span>\n  <span>(22.43 KB)</span>\n</div>`;

describe('findCbpLinks on variants of CBP\'s landing page', () => {
  it('takes the one CSV of the page as published on 2026-06-23', () => {
    expect(links('current.html')).toEqual({
      csv: { url: `${FILES}/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv`, kind: 'csv', date: '2026-06-23', text: 'Withhold Release Orders & Findings Dataset' },
      spreadsheet: null,
    });
  });

  it('takes the newest release when archived files are linked first', () => {
    expect(links('archived-first.html').csv).toMatchObject({ url: `${FILES}/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv`, date: '2026-06-23' });
  });

  it('finds the current file by its name when the link text no longer says "Dataset", and not the archived link that does', () => {
    expect(links('renamed-link-text.html').csv).toMatchObject({ url: `${FILES}/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv`, text: 'Download the WRO and Findings data' });
  });

  it('never takes the spreadsheet for the CSV: beside it, newer than it, or alone', () => {
    expect(links('xlsx-beside-csv.html')).toMatchObject({
      csv: { url: `${FILES}/2026-09/withhold-release-orders-findings-fy26-2026-09-29.csv`, kind: 'csv' },
      spreadsheet: { url: `${FILES}/2026-09/withhold-release-orders-findings-fy26-2026-09-29.xlsx`, kind: 'spreadsheet', date: '2026-09-29' },
    });
    expect(links('xlsx-newer-than-csv.html')).toMatchObject({ csv: { date: '2026-06-23' }, spreadsheet: { date: '2026-09-29' } });
    expect(links('xlsx-only.html')).toMatchObject({ csv: null, spreadsheet: { url: `${FILES}/2026-09/withhold-release-orders-findings-fy26-2026-09-29.xlsx` } });
    expect(findCbpCsvLink(page('xlsx-only.html'), LANDING)).toBeNull();
  });

  it('dates undated file names by their labels, ISO or US', () => {
    expect(links('dates-in-labels.html').csv).toMatchObject({ url: `${FILES}/2026-06/withhold-release-orders-findings-dataset_0.csv`, date: '2026-06-23' });
  });

  it('resolves document-relative and protocol-relative links against the page', () => {
    expect(links('relative-links.html').csv?.url).toBe(`${FILES}/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv`);
  });
});

describe('findCbpLinks: dates and link forms', () => {
  const pick = (...items: string[]) => findCbpLinks(items.join('\n'), LANDING).csv;

  it('reads the date from the file name, the label (US, long or ISO), the fiscal month or the upload folder', () => {
    const dateOf = (href: string, text = 'Withhold Release Orders &amp; Findings Dataset') => pick(fileLink(href, text))?.date;
    expect(dateOf('/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv')).toBe('2026-06-23');
    expect(dateOf('/sites/default/files/2026-06/withhold-release-orders-findings-20260623.csv')).toBe('2026-06-23');
    expect(dateOf('/sites/default/files/2026-06/withhold-release-orders-findings-06-23-2026.csv')).toBe('2026-06-23');
    expect(dateOf('/sites/default/files/2026-06/wro.csv', 'Withhold Release Orders &amp; Findings Dataset (June 23, 2026)')).toBe('2026-06-23');
    expect(dateOf('/sites/default/files/2026-06/wro.csv', 'Withhold Release Orders &amp; Findings Dataset 6/23/2026')).toBe('2026-06-23');
    expect(dateOf('/sites/default/files/2026-06/wro.csv', 'Withhold Release Orders &amp; Findings Dataset, updated 2026-06-23')).toBe('2026-06-23');
    expect(dateOf('/sites/default/files/2026-01/withhold-release-orders-findings-fy26-dec.csv')).toBe('2025-12');
    expect(dateOf('/sites/default/files/2025-07/withhold-release-orders-findings-fy25-jun.csv')).toBe('2025-06');
    expect(dateOf('/sites/default/files/2026-06/wro.csv', 'Withhold Release Orders &amp; Findings Dataset (December 2025)')).toBe('2025-12');
    expect(dateOf('/sites/default/files/2026-06/withhold-release-orders-findings.csv')).toBe('2026-06');
    expect(dateOf('/files/withhold-release-orders-findings.csv')).toBeNull();
  });

  it('orders by date whatever the page order; a full date beats its own month; undated links come last', () => {
    const dec = fileLink('/sites/default/files/2026-01/withhold-release-orders-findings-fy26-dec.csv', 'Withhold Release Orders &amp; Findings Dataset');
    const june = fileLink('/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv', 'Withhold Release Orders &amp; Findings Dataset');
    const undated = fileLink('/files/withhold-release-orders-findings.csv', 'Withhold Release Orders &amp; Findings Dataset');
    expect(pick(dec, june)?.date).toBe('2026-06-23');
    expect(pick(june, dec)?.date).toBe('2026-06-23');
    expect(pick(undated, dec)?.date).toBe('2025-12');
    const early = fileLink('/sites/default/files/2026-06/withhold-release-orders-findings.csv', 'Withhold Release Orders &amp; Findings Dataset');
    expect(pick(early, fileLink('/sites/default/files/2026-06/withhold-release-orders-findings_0.csv', 'Withhold Release Orders &amp; Findings Dataset (2026-06-02)'))?.date).toBe('2026-06-02');
    // Same date: the page's order decides.
    expect(pick(fileLink('/a/withhold-release-orders-2026-06-23.csv', 'A'), fileLink('/b/withhold-release-orders-2026-06-23.csv', 'B'))?.text).toBe('A');
  });

  it('accepts the misspelt "Withold", a CSV known by its type or Drupal wrapper only, and a <base href>', () => {
    expect(pick('<p><a href="https://www.cbp.gov/f/x.csv">Withold Release Orders and Findings Dataset</a></p>')?.url).toBe('https://www.cbp.gov/f/x.csv');
    expect(pick('<a href="/media/1234/download" type="text/csv">Withhold Release Orders &amp; Findings Dataset</a>')?.url).toBe('https://www.cbp.gov/media/1234/download');
    expect(pick('<span class="file file--mime-text-csv file--text"><a href="/media/1234/download">Withhold Release Orders &amp; Findings Dataset</a></span>')?.url).toBe('https://www.cbp.gov/media/1234/download');
    expect(findCbpLinks('<base href="https://www.cbp.gov/sites/default/files/2026-06/"><a href="withhold-release-orders-findings-fy26-2026-06-23.csv">Dataset</a>', LANDING).csv?.url).toBe(`${FILES}/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv`);
  });

  it('ignores links that are not the dataset\'s CSV', () => {
    // The page links CBP's list page (the words, but not a file) and a PDF about the dataset.
    expect(pick('<a href="/trade/forced-labor/withhold-release-orders-and-findings">Withhold Release Orders and Findings List</a>', '<a href="/sites/default/files/2026-06/withhold-release-orders-findings-data-dictionary.pdf">Withhold Release Orders &amp; Findings Dataset dictionary</a>')).toBeNull();
    expect(pick('<a href="javascript:alert(1)">Withhold Release Orders Dataset</a>')).toBeNull();
    expect(pick('<a href="mailto:x@cbp.dhs.gov?subject=withhold-release-orders.csv">Withhold Release Orders Dataset</a>')).toBeNull();
    expect(pick('<a href="/other.pdf">Report</a>')).toBeNull();
  });

  it('takes the page\'s only CSV when no link names the dataset (the parser still checks its columns), but not one of several', () => {
    expect(pick('<a href="/sites/default/files/2026-09/data.csv">Download (CSV)</a>')?.url).toBe(`${FILES}/2026-09/data.csv`);
    expect(pick('<a href="/sites/default/files/2026-09/data.csv">Download (CSV)</a>', '<a href="/sites/default/files/2026-09/other.csv">Other</a>')).toBeNull();
  });

  it('returns http links too: the refresh refuses them by its https rule', () => {
    expect(pick('<a href="http://www.cbp.gov/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv">Dataset</a>')?.url).toBe('http://www.cbp.gov/sites/default/files/2026-06/withhold-release-orders-findings-fy26-2026-06-23.csv');
  });
});
