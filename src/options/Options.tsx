/** The options page: one section per concern, each in its own file. */
import { t } from '../platform/i18n';
import { DecisionsSection } from './DecisionsSection';
import { AdminSection } from './AdminSection';
import { ListSection } from './ListSection';
import { ScreeningNotice } from './ScreeningNotice';

export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <ListSection />
      <DecisionsSection />
      <ScreeningNotice />
      <AdminSection />
    </main>
  );
}
