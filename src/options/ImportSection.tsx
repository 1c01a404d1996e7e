/** Options page section: an organisation's own list file, imported and checked like a download. */
import { t } from '../platform/i18n';
import { AdminImport } from './AdminImport';

export function ImportSection({ onChanged }: { onChanged: () => void }) {
  return (
    <section id="import" aria-labelledby="import-section-heading">
      <h2 id="import-section-heading" tabIndex={-1}>{t('sectionImport')}</h2>
      <AdminImport onChanged={onChanged} />
    </section>
  );
}
