/** The options page: a section per concern, each in its own file, and a navigation between them. */
import { t } from '../platform/i18n';
import { DecisionsSection } from './DecisionsSection';
import { ImportSection } from './ImportSection';
import { ListSection } from './ListSection';
import { OrganisationSection } from './OrganisationSettings';
import { RefreshSection } from './RefreshSection';
import { SectionNav, type PageSection } from './SectionNav';
import { SitesSection } from './SitesSection';
import { useAdminState } from './use-admin-state';
import { WatchSection } from './WatchSection';

const SECTIONS: PageSection[] = [
  { id: 'list', labelKey: 'sectionList' },
  { id: 'refresh', labelKey: 'sectionRefresh' },
  { id: 'organisation', labelKey: 'sectionOrganisation' },
  { id: 'decisions', labelKey: 'sectionDecisions' },
  { id: 'watch', labelKey: 'sectionWatch' },
  { id: 'sites', labelKey: 'sectionSites' },
  { id: 'import', labelKey: 'sectionImport' },
];

export function Options() {
  const { state, progress, reload } = useAdminState();
  return (
    <div class="options-layout">
      <SectionNav sections={SECTIONS} />
      <main>
        <h1>{t('optionsTitle')}</h1>
        <ListSection state={state} />
        <RefreshSection state={state} progress={progress} reload={reload} />
        <OrganisationSection state={state} reload={reload} />
        <DecisionsSection />
        <WatchSection />
        <SitesSection />
        <ImportSection onChanged={reload} />
      </main>
    </div>
  );
}
