/** How old the list's official data is, per source: shared by the popup and the options page. */
import type { ListInfo, OfficialDate } from '../platform/request-types';
import { daysSince, formatDate, formatNumber, t } from '../platform/i18n';

const OFFICIAL_KEYS: Record<OfficialDate['kind'], [downloaded: string, bundled: string]> = {
  cbp: ['officialCbpDownloaded', 'officialCbpBundled'],
  'dhs-uflpa': ['officialDhsDownloaded', 'officialDhsBundled'],
};

/** The list's age in days: that of its oldest official data (a merge or a feed makes nothing official newer). */
export const listAgeDays = (list: Pick<ListInfo, 'asOf'>): number => daysSince(list.asOf);

export function OfficialDates({ list }: { list: Pick<ListInfo, 'asOf' | 'official'> }) {
  const age = formatNumber(listAgeDays(list));
  return (
    <p class="list-official">
      {list.official.length > 0
        ? `${t('listOfficialAsOf', [formatDate(list.asOf), age])} ${list.official
            .map((o) => t(OFFICIAL_KEYS[o.kind][o.downloaded ? 0 : 1], formatDate(o.asOf)))
            .join('; ')}.`
        : t('listNoOfficialData', [formatDate(list.asOf), age])}
    </p>
  );
}
