/**
 * The audit pack's printable report (`report.html`): per supplier, the findings (what the page
 * named, where), the decisions (what was asked and answered: the notes), and the evidence, with
 * the lists in force. One self-contained file: no script, no outside resource (its own policy
 * forbids both), every text escaped. Words come from the caller, in the user's language.
 */
import type { Decision, Outcome } from '../decision';
import type { PackContents } from './audit-pack';
import { evidencePath } from './pack-paths';

export interface ReportWords {
  /** The message `key` with its substitutions, in the user's language. */
  t(key: string, ...substitutions: string[]): string;
  outcome(outcome: Outcome): string;
  dateTime(iso: string): string;
  size(bytes: number): string;
  /** The report's language tag (`en-GB`). */
  lang: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;color:#1a1a1a;margin:2rem;max-width:60rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #8a8a8a;padding:.25rem .4rem;text-align:left;vertical-align:top}
section{break-inside:avoid-page;border-top:2px solid #1a1a1a;margin-top:1.5rem}h1{font-size:1.6rem}h2{font-size:1.3rem}h3{font-size:1.05rem}
.muted{color:#4a4a4a}@media print{body{margin:0}a{color:inherit}}`;

function row(cells: string[], header = false): string {
  const tag = header ? 'th' : 'td';
  return `<tr>${cells.map((c) => `<${tag}${header ? ' scope="col"' : ''}>${c}</${tag}>`).join('')}</tr>`;
}

/** Decisions grouped by listed company, companies in name order. */
function bySupplier(decisions: readonly Decision[]): Array<[string, Decision[]]> {
  const groups = new Map<string, Decision[]>();
  for (const d of decisions) {
    const group = groups.get(d.recordId) ?? [];
    group.push(d);
    groups.set(d.recordId, group);
  }
  return [...groups.values()].map((g) => [g[0]!.recordId, g] as [string, Decision[]]).sort((a, b) => a[1][0]!.recordName.localeCompare(b[1][0]!.recordName));
}

export function packReportHtml(pack: PackContents, w: ReportWords): string {
  const e = escapeHtml;
  const out: string[] = [];
  const title = w.t('packReportTitle');
  out.push(
    `<!doctype html><html lang="${e(w.lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${e(title)}</title><style>${STYLE}</style></head><body><main>`,
    `<h1>${e(title)}</h1>`,
    `<p>${e(w.t('packReportExported', w.dateTime(pack.exportedAt), String(pack.decisions.length), String(pack.evidence.length)))}</p>`,
  );
  const filter = [
    pack.filter.from ? `${w.t('packFilterFrom')}: ${pack.filter.from}` : '',
    pack.filter.to ? `${w.t('packFilterTo')}: ${pack.filter.to}` : '',
    pack.filter.supplier ? `${w.t('packFilterSupplier')}: ${pack.filter.supplier}` : '',
    pack.filter.contractRef ? `${w.t('packFilterContract')}: ${pack.filter.contractRef}` : '',
  ].filter(Boolean);
  out.push(`<p>${e(w.t('packReportFilter', filter.length ? filter.join('; ') : w.t('packReportEverything')))}</p>`);

  out.push(`<h2>${e(w.t('packReportLists'))}</h2><table>`);
  out.push(row([w.t('packReportListVersion'), w.t('packReportListTitle'), w.t('packReportListSince'), w.t('packReportListSources')].map(e), true));
  for (const list of pack.lists.known) {
    const sources = list.sources.map((s) => `${e(s.label)}${s.retrieved ? ` (${e(s.retrieved.slice(0, 10))})` : ''}<br><span class="muted">${e(s.url)}</span>`).join('<br>');
    out.push(row([e(list.version), e(list.title), e(w.dateTime(list.since)), sources]));
  }
  for (const version of pack.lists.unknown) out.push(row([e(version), e(w.t('packReportListUnknown')), '', '']));
  out.push('</table>');

  const evidenceOf = new Map<string, PackContents['evidence']>();
  for (const item of pack.evidence) evidenceOf.set(item.meta.decisionUid, [...(evidenceOf.get(item.meta.decisionUid) ?? []), item]);

  for (const [recordId, decisions] of bySupplier(pack.decisions)) {
    out.push(`<section><h2>${e(decisions[0]!.recordName)} <span class="muted">(${e(recordId)})</span></h2>`);
    out.push(`<h3>${e(w.t('packReportFindings'))}</h3><ul>`);
    const findings = new Set<string>();
    for (const d of decisions) {
      const key = `${d.matchedText}\u0000${d.pageUrl}`;
      if (findings.has(key)) continue;
      findings.add(key);
      const where = d.pageTitle || d.pageUrl;
      out.push(`<li>“${e(d.matchedText)}” — ${e(where)}${d.pageUrl && d.pageUrl !== where ? ` <span class="muted">${e(d.pageUrl)}</span>` : ''}${d.context ? `<br><span class="muted">${e(d.context)}</span>` : ''}</li>`);
    }
    out.push(`</ul><h3>${e(w.t('packReportDecisions'))}</h3><table>`);
    out.push(
      row(
        ['packReportColTime', 'packReportColOutcome', 'packReportColBy', 'packReportColStatus', 'packReportColContract', 'packReportListVersion', 'packReportColNote'].map((k) => e(w.t(k))),
        true,
      ),
    );
    for (const d of decisions) {
      const by = [d.by, d.owner && d.owner !== d.by ? `${w.t('packReportOwner')}: ${d.owner}` : ''].filter(Boolean).join('; ');
      const status = [d.status, d.reviewDate ? `${w.t('packReportReview')}: ${d.reviewDate}` : '', d.undoneAt ? w.t('packReportUndone', w.dateTime(d.undoneAt)) : '']
        .filter(Boolean)
        .join('; ');
      out.push(row([w.dateTime(d.time), w.outcome(d.outcome), by, status, d.contractRef ?? '', d.listVersion, d.note].map(e)));
    }
    out.push('</table>');
    const items = decisions.flatMap((d) => evidenceOf.get(d.uid) ?? []);
    out.push(`<h3>${e(w.t('packReportEvidence'))}</h3>`);
    if (items.length === 0) out.push(`<p>${e(w.t('packReportNoEvidence'))}</p>`);
    else {
      out.push('<ul>');
      for (const { meta, bytes } of items) {
        const name = bytes ? `<a href="${e(evidencePath(meta))}">${e(meta.name)}</a>` : e(meta.name);
        const capture = meta.capture
          ? `<br>${e(w.t('packReportCapture', meta.capture.url, w.dateTime(meta.capture.time)))}<br>“${e(meta.capture.matchedText)}”${meta.capture.context ? ` — <span class="muted">${e(meta.capture.context)}</span>` : ''}`
          : '';
        out.push(`<li>${name} <span class="muted">(${e(meta.type)}, ${e(w.size(meta.size))}, ${e(w.dateTime(meta.addedAt))})</span>${capture}</li>`);
      }
      out.push('</ul>');
    }
    out.push('</section>');
  }
  out.push('</main></body></html>\n');
  return out.join('\n');
}
