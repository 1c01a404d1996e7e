/** Import an organisation's list file (CSV or JSON); the background checks and applies it like a refresh. */
import { useState } from 'preact/hooks';
import { request } from '../platform/request-client';
import { t } from '../platform/i18n';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function AdminImport({ onChanged }: { onChanged: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError('');
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await request('import-list', { fileName: file.name, base64: toBase64(bytes) });
    } catch (err) {
      setError(t('importFailed', err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importHeading')}</h3>
      <p class="hint" id="import-hint">{t('importHint')}</p>
      <label for="import-file">{t('importFileLabel')}</label>
      <input id="import-file" type="file" accept=".csv,.json,text/csv,application/json" aria-describedby="import-hint"
        onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
      <div>
        <button type="submit" disabled={!file || busy}>{t('importButton')}</button>
      </div>
      {error ? <p role="alert" class="warning">{error}</p> : null}
    </form>
  );
}
