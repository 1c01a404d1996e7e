/**
 * "Import colleagues’ decisions": a JSON export from another profile, merged by the background
 * (a refused file changes nothing), then the conflicts it left, side by side, until resolved.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ConflictChoice, DecisionConflict } from '../core/org/merge';
import { formatNumber, t } from '../platform/i18n';
import { request } from '../platform/request-client';
import { DecisionConflicts } from './DecisionConflicts';

export function DecisionsImport({ onChanged }: { onChanged(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [conflicts, setConflicts] = useState<DecisionConflict[]>([]);

  const loadConflicts = useCallback(() => {
    request('list-decision-conflicts').then(setConflicts, () => setConflicts([]));
  }, []);
  useEffect(loadConflicts, [loadConflicts]);

  /** Runs one change (an import, a resolution), busy meanwhile; what it says, or why it failed, is shown. */
  async function change(task: () => Promise<{ text: string; error: boolean }>) {
    setBusy(true);
    try {
      const said = await task();
      setMessage(said);
      if (!said.error) {
        onChanged();
        loadConflicts();
      }
    } catch (err) {
      setMessage({ text: t('decisionFailed', err instanceof Error ? err.message : String(err)), error: true });
    } finally {
      setBusy(false);
    }
  }

  function submit(e: Event) {
    e.preventDefault();
    if (!file) return;
    void change(async () => {
      const answer = await request('import-decisions', { text: await file.text() });
      if (!answer.ok) return { text: t('decisionsImportRefused', [file.name, answer.error]), error: true };
      const counts = [file.name, formatNumber(answer.added), formatNumber(answer.duplicates)];
      const result = answer.conflicts === 1 ? t('decisionsImportedOneConflict', counts) : t('decisionsImported', [...counts, formatNumber(answer.conflicts)]);
      const undone = answer.undone > 0 ? ` ${t('decisionsImportUndone', formatNumber(answer.undone))}` : '';
      return { text: `${result}${undone}`, error: false };
    });
  }

  function resolve(conflict: DecisionConflict, choice: ConflictChoice) {
    void change(async () => {
      await request('resolve-decision-conflict', { uid: conflict.mine.uid, choice });
      // Gone with the message that says so, not a moment later when the list is read again: its
      // buttons would still offer a choice already made.
      setConflicts((all) => all.filter((c) => c.mine.uid !== conflict.mine.uid));
      return { text: t('conflictResolved', conflict.mine.recordName), error: false };
    });
  }

  return (
    <div class="decisions-import">
      <form onSubmit={submit} aria-labelledby="decisions-import-heading">
        <h3 id="decisions-import-heading">{t('decisionsImportHeading')}</h3>
        <p class="hint" id="decisions-import-hint">
          {t('decisionsImportHint')}
        </p>
        <label for="decisions-import-file">{t('decisionsImportFile')}</label>
        <input
          id="decisions-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="decisions-import-hint"
          onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null)}
        />
        <div>
          <button type="submit" disabled={!file || busy}>
            {t('decisionsImportButton')}
          </button>
        </div>
      </form>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'warning decisions-import-result' : 'hint decisions-import-result'}>
          {message.text}
        </p>
      ) : null}
      <DecisionConflicts conflicts={conflicts} busy={busy} onResolve={resolve} />
    </div>
  );
}
