/**
 * The options page's audit pack (a part of its Decisions section): export the decisions a date range, a supplier or a contract
 * reference selects, with their evidence, as one zip; import a pack made here or elsewhere. The
 * pack is built and read in this page (platform/audit-pack-store.ts says why); its decisions are
 * merged by the background like any colleague's export.
 */
import { useState } from 'preact/hooks';
import { decisionsToJson } from '../core/decision-export';
import type { PackFilter } from '../core/org/audit-pack';
import type { ReportWords } from '../core/org/audit-pack-report';
import { render } from '../core/message';
import { importListHistory } from '../platform/list-history-store';
import { formatDateTime, formatNumber, t } from '../platform/i18n';
import { request } from '../platform/request-client';
import { downloadBlob } from '../ui/download';
import { evidenceProblemText, fileSize } from '../ui/evidence-words';
import { outcomeLabel } from '../ui/outcomes';

const words: ReportWords = {
  t: (key, ...substitutions) => t(key, substitutions),
  outcome: outcomeLabel,
  dateTime: formatDateTime,
  size: fileSize,
  lang: t('langTag'),
};

/** The zip and its checks (fflate, zod), loaded only when a pack is made or read. */
const packCode = () => Promise.all([import('../core/org/audit-pack'), import('../platform/audit-pack-store')]);

const FILTERS: Array<{ key: keyof PackFilter; label: string; type: 'date' | 'text' }> = [
  { key: 'from', label: 'packFilterFrom', type: 'date' },
  { key: 'to', label: 'packFilterTo', type: 'date' },
  { key: 'supplier', label: 'packFilterSupplier', type: 'text' },
  { key: 'contractRef', label: 'packFilterContract', type: 'text' },
];

export function AuditPackSection({ onImported }: { onImported(): void }) {
  const [filter, setFilter] = useState<PackFilter>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function exportPack() {
    setBusy(true);
    setMessage(t('packExporting'));
    try {
      const [{ buildPack, packFileName }, { collectPack }] = await packCode();
      const now = new Date().toISOString();
      const contents = await collectPack(filter, now);
      if (contents.decisions.length === 0) {
        setMessage(t('packNothing'));
        return;
      }
      const zip = await buildPack(contents, words, { outcomeLabel });
      downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), packFileName(now));
      setMessage(t('packExported', [formatNumber(contents.decisions.length), formatNumber(contents.evidence.length)]));
    } catch (e) {
      setMessage(evidenceProblemText(e));
    } finally {
      setBusy(false);
    }
  }

  async function importPack(chooser: HTMLInputElement) {
    const file = chooser.files?.[0];
    chooser.value = '';
    if (!file) return;
    setBusy(true);
    setMessage(t('packImporting'));
    const failed = (reason: string) => setMessage(t('packImportFailed', reason));
    try {
      const [{ readPack }, { evidenceRoomFor, importEvidence, newEvidence }] = await packCode();
      const read = await readPack(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) return failed(render(read.error, { message: (key, subs) => t(key, subs) }));
      const fresh = await newEvidence(read.pack.evidence);
      const room = await evidenceRoomFor(fresh.bytes);
      if (!room.ok) return failed('used' in room ? t('packImportFull', [fileSize(room.used), fileSize(fresh.bytes)]) : t('packImportNoRoom', fileSize(fresh.bytes)));
      // Decisions first, so that files are never kept for a decision this profile refused.
      const merged = await request('import-decisions', { text: decisionsToJson(read.pack.decisions, read.pack.exportedAt) });
      if (!merged.ok) return failed(merged.error);
      const added = await importEvidence(fresh.items).catch((e: unknown) => {
        // The decisions are in: say so, rather than that nothing changed.
        setMessage(t('packImportPartly', evidenceProblemText(e)));
        onImported();
        return undefined;
      });
      if (added === undefined) return;
      await importListHistory(read.pack.lists.known);
      const kept = merged.duplicates + merged.undone + merged.conflicts;
      setMessage(
        [
          t('packImported', [formatNumber(merged.added), formatNumber(kept), formatNumber(added)]),
          merged.conflicts > 0 ? t('packImportConflicts', formatNumber(merged.conflicts)) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      onImported();
    } catch (e) {
      failed(evidenceProblemText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section id="audit-pack" aria-labelledby="audit-pack-heading">
      <h3 id="audit-pack-heading">{t('sectionAuditPack')}</h3>
      <p>{t('packIntro')}</p>
      <form class="toolbar" aria-label={t('packFilters')} onSubmit={(e) => (e.preventDefault(), void exportPack())}>
        {FILTERS.map(({ key, label, type }) => (
          <div key={key}>
            <label for={`pack-filter-${key}`}>{t(label)}</label>
            {(() => {
              const field = {
                id: `pack-filter-${key}`,
                value: filter[key] ?? '',
                onInput: (e: Event) => {
                  const value = (e.currentTarget as HTMLInputElement).value;
                  setFilter({ ...filter, [key]: value === '' ? undefined : value });
                },
              };
              return type === 'date' ? <input type="date" {...field} /> : <input type="text" {...field} />;
            })()}
          </div>
        ))}
        <div>
          <button type="submit" disabled={busy}>
            {t('packExport')}
          </button>
        </div>
      </form>
      <div class="toolbar">
        <div>
          <label for="pack-import">{t('packImport')}</label>
          <input id="pack-import" type="file" accept=".zip,application/zip" disabled={busy} onChange={(e) => void importPack(e.currentTarget as HTMLInputElement)} />
        </div>
      </div>
      <p role="status" class="decision-message" id="pack-message">
        {message}
      </p>
    </section>
  );
}
